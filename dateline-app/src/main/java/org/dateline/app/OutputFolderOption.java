package org.dateline.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --in DIR} option of the commands that read a {@code dateline analyze --out} folder. */
final class OutputFolderOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "A `dateline analyze --out` folder.")
    Path in;

    /** The folder, or a usage error naming it when it is not a folder. */
    Path folder() {
        if (!Files.isDirectory(in)) {
            throw new ParameterException(spec.commandLine(), "--in '" + in + "' is not a folder");
        }
        return in;
    }
}
