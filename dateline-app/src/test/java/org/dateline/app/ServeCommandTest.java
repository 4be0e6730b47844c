package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline serve} refuses, before listening, what would serve nothing or serve it to the network. */
class ServeCommandTest {
    @TempDir
    Path work;

    @Test
    void bindingBeyondThisMachineWithoutATokenIsAUsageError() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        CliRun run = CliRun.of("serve", "--out", out.toString(), "--store", work.resolve("index").toString(),
                "--bind", "0.0.0.0", "--port", "0");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("0.0.0.0").contains("--token-file");
    }

    @Test
    void anOutFolderThatIsNotThereIsNamed() {
        Path missing = work.resolve("nothing");
        CliRun run = CliRun.of("serve", "--out", missing.toString(), "--port", "0");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(missing.toString()).contains("not a folder");
    }

    @Test
    void aShortTokenIsRefused() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        Path token = Files.writeString(work.resolve("token"), "abc");
        CliRun run = CliRun.of("serve", "--out", out.toString(), "--token-file", token.toString(), "--port", "0");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(token.toString());
    }

    @Test
    void anUploadLimitBelowOneMebibyteIsRefused() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        CliRun run = CliRun.of("serve", "--out", out.toString(), "--max-upload", "0", "--port", "0");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("upload limit");
    }
}
