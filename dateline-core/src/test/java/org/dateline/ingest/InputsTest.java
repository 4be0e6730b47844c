package org.dateline.ingest;

import org.dateline.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InputsTest {
    private static final String ARTICLE = "Harbour talks resume\n\nVELMORA, March 3 (Coastwire) -- Envoys met again on Tuesday.\n";
    private static final String RUSSIAN = "Переговоры возобновились\n\nМинистр иностранных дел заявил во вторник, что стороны "
            + "договорились продолжить переговоры о границе. По его словам, следующая встреча состоится в столице "
            + "в начале следующего месяца, а эксперты подготовят проект соглашения.\n";

    @TempDir
    Path dir;

    private final List<RawPage> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(Path... roots) {
        Inputs.read(List.of(roots), pages::add, problems::add);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code stem.txt} with the article and its sidecar {@code stem.meta.json} holding {@code json}; returns the sidecar. */
    private Path articleWithSidecar(String stem, String json) throws IOException {
        write(stem + ".txt", ARTICLE);
        return write(stem + ".meta.json", json);
    }

    @Test
    void readsATextFileAsOneTextPageNamedByItsPath() throws IOException {
        Path file = write("a.txt", ARTICLE);
        read(file);
        assertThat(problems).isEmpty();
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.source()).isEqualTo(file.toString());
            assertThat(page.format()).isEqualTo(RawPage.Format.TEXT);
            assertThat(page.content()).isEqualTo(ARTICLE);
            assertThat(page.warnings()).isEmpty();
        });
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderAndSkipsHiddenFiles() throws IOException {
        write("b.txt", ARTICLE);
        write("a/z.txt", ARTICLE);
        write("a.txt", ARTICLE);
        write(".hidden.txt", ARTICLE);
        read(dir, dir.resolve("a.txt"));
        assertThat(pages).extracting(RawPage::source)
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("a/z.txt").toString(), dir.resolve("b.txt").toString());
    }

    @Test
    void attachesSidecarsInBothNamingFormsAndNeverReadsThemAsInputs() throws IOException {
        write("one.txt", ARTICLE);
        write("one.meta.json", "{\"outlet\": \"Coastwire\", \"published\": \"2021-03-03\", \"title\": \"Given title\"}");
        write("two.txt", ARTICLE);
        write("two.txt.meta.json", "{\"url\": \"https://example.org/two\", \"fetched\": \"2021-03-04T10:00:00Z\"}");
        read(dir);
        assertThat(problems).isEmpty();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).meta().outlet()).isEqualTo("Coastwire");
        assertThat(pages.get(0).meta().published()).isEqualTo("2021-03-03");
        assertThat(pages.get(0).meta().title()).isEqualTo("Given title");
        assertThat(pages.get(1).meta().url()).isEqualTo("https://example.org/two");
        assertThat(pages.get(1).meta().fetched()).isEqualTo("2021-03-04T10:00:00Z");
    }

    @Test
    void malformedSidecarIsAWarningNamingItAndThePageIsStillRead() throws IOException {
        Path sidecar = articleWithSidecar("one", "{\"outlet\": \"Coastwire\",");
        articleWithSidecar("two", "{\"published\": 2021}");
        read(dir);
        assertThat(problems).isEmpty();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).meta().isEmpty()).isTrue();
        assertThat(pages.get(0).warnings()).singleElement().asString().contains("malformed sidecar").contains(sidecar.toString());
        assertThat(pages.get(1).warnings()).singleElement().asString().contains("two.meta.json").contains("'published'");
    }

    @Test
    void readsJsonlLinesWithMetadataAndReportsABadLineByFileAndLine() throws IOException {
        Path file = write("batch.jsonl", """
                {"text": "Harbour talks resume\\n\\nEnvoys met.", "outlet": "Coastwire", "published": "2021-03-03", "url": "https://example.org/1"}
                {"text": "broken
                
                {"html": "<html><head><title>T</title></head><body><p>Body.</p></body></html>", "title": "Given"}
                ["not", "an", "object"]
                {"outlet": "No body"}
                """);
        read(file);
        assertThat(pages).extracting(RawPage::source).containsExactly(file + "#1", file + "#4");
        assertThat(pages.get(0).format()).isEqualTo(RawPage.Format.TEXT);
        assertThat(pages.get(0).meta().outlet()).isEqualTo("Coastwire");
        assertThat(pages.get(0).meta().url()).isEqualTo("https://example.org/1");
        assertThat(pages.get(1).format()).isEqualTo(RawPage.Format.HTML);
        assertThat(pages.get(1).meta().title()).isEqualTo("Given");
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith(file + ":2: skipped, not valid JSON");
        assertThat(problems.get(1)).startsWith(file + ":5: skipped, not a JSON object");
        assertThat(problems.get(2)).startsWith(file + ":6: skipped").contains("'text'");
    }

    @Test
    void emptyFileIsAProblemAndSkipped() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        write("fine.txt", ARTICLE);
        read(dir);
        assertThat(problems).singleElement().asString().isEqualTo(file + ": skipped, empty file");
        assertThat(pages).hasSize(1);
    }

    @Test
    void binaryFilesAreProblemsAndSkipped() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        Path picture = write("picture.txt", png);
        byte[] controls = new byte[300];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < controls.length; i += 10) {
            controls[i] = 0x03;
        }
        Path noisy = write("noisy.txt", controls);
        read(picture, noisy);
        assertThat(pages).isEmpty();
        assertThat(problems).containsExactly(picture + ": skipped, binary content (NUL bytes), not text",
                noisy + ": skipped, binary content (control characters), not text");
    }

    @Test
    void decodesWindows1251WithAWarningSayingItWasDetected() throws IOException {
        write("ru.txt", RUSSIAN.getBytes(Charset.forName("windows-1251")));
        read(dir);
        assertThat(problems).isEmpty();
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.content()).isEqualTo(RUSSIAN);
            assertThat(page.warnings()).singleElement().asString().matches("decoded as windows-1251 \\(detected, confidence \\d+\\)");
        });
    }

    @Test
    void decodesLatinSingleByteTextWithAWarning() throws IOException {
        String french = "Négociations à Genève\n\nLes délégués ont déclaré mardi qu'ils étaient prêts à reprendre les "
                + "négociations après l'été, selon le ministère des Affaires étrangères, qui a précisé que la réunion aurait lieu à Genève.\n";
        write("fr.txt", french.getBytes(Charset.forName("windows-1252")));
        read(dir);
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.content()).isEqualTo(french);
            assertThat(page.warnings()).singleElement().asString().startsWith("decoded as ").contains("(detected, confidence ");
        });
    }

    @Test
    void jsonlLineThatIsNotUtf8IsAProblemAndTheOtherLinesAreRead() throws IOException {
        byte[] good = "{\"text\": \"Title\\n\\nBody.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(good);
        bytes.writeBytes(bad);
        bytes.writeBytes(good);
        Path file = write("mixed.jsonl", bytes.toByteArray());
        read(file);
        assertThat(pages).extracting(RawPage::source).containsExactly(file + "#1", file + "#3");
        assertThat(pages).extracting(RawPage::content).containsOnly("Title\n\nBody.");
        assertThat(problems).containsExactly(file + ":2: skipped, not UTF-8");
    }

    @Test
    void decodesUtf16WithAndWithoutByteOrderMark() throws IOException {
        byte[] le = RUSSIAN.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        write("a-bom.txt", withBom);
        write("b-nobom.txt", ARTICLE.getBytes(StandardCharsets.UTF_16BE));
        read(dir);
        assertThat(problems).isEmpty();
        assertThat(pages).extracting(RawPage::content).containsExactly(RUSSIAN, ARTICLE);
        assertThat(pages.get(0).warnings()).containsExactly("decoded as UTF-16LE (byte-order mark)");
        assertThat(pages.get(1).warnings()).singleElement().asString().startsWith("decoded as UTF-16BE (detected");
    }

    @Test
    void utf8ByteOrderMarkIsDroppedSilently() throws IOException {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        read(write("bom.txt", bytes));
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.content()).isEqualTo(ARTICLE);
            assertThat(page.warnings()).isEmpty();
        });
    }

    @Test
    void veryLargeFileIsTruncatedAtTheLimitWithAWarning() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] block = "Ещё один абзац текста о переговорах.\n\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 12L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        read(file);
        assertThat(problems).isEmpty();
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.content().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(InputFile.MAX_TEXT_BYTES);
            assertThat(page.content()).startsWith("Ещё один").doesNotContain("\uFFFD");
            assertThat(page.warnings()).containsExactly("truncated: read the first 5 MiB of 12.0 MiB");
        });
    }

    @Test
    void unreadableAndMissingInputsAreProblemsNamingThem() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Path missing = dir.resolve("missing-folder");
        write("fine.txt", ARTICLE);
        read(missing, dir);
        assertThat(problems).containsExactly(missing + ": no such file or folder",
                dangling + ": cannot be read, no such file (a dangling link?)");
        assertThat(pages).hasSize(1);
    }

    @Test
    void aNamedPipeIsSkippedUnopenedAndLinkLoopsAreNamedInWords() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path self = Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        Path up = Files.createSymbolicLink(Files.createDirectories(dir.resolve("cycle")).resolve("up"), Path.of(".."));
        write("fine.txt", ARTICLE);
        read(dir);
        assertThat(problems).containsExactlyInAnyOrder(up + ": cannot be read: a symbolic link loop",
                pipe + ": skipped, not a regular file (a named pipe, socket or device)",
                self + ": cannot be read: too many levels of symbolic links or unable to access attributes of symbolic link");
        assertThat(pages).hasSize(1);
    }

    @Test
    void aSidecarPublishedDateInTheFutureIsDroppedWithAWarningAndOneInThePastKept() throws IOException {
        Path later = articleWithSidecar("later", "{\"outlet\": \"Coastwire\", \"published\": \"9999-12-31\"}");
        articleWithSidecar("earlier", "{\"outlet\": \"Coastwire\", \"published\": \"2023-03-03\"}");
        ReadResult read = ReadResult.of(dir.resolve("earlier.txt"), dir.resolve("later.txt"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.pages()).satisfiesExactly(kept -> {
            assertThat(kept.meta().published()).isEqualTo("2023-03-03");
            assertThat(kept.warnings()).isEmpty();
        }, dropped -> {
            assertThat(dropped.meta().published()).isNull();
            assertThat(dropped.meta().outlet()).isEqualTo("Coastwire");
            assertThat(dropped.warnings()).containsExactly("ignored published date '9999-12-31' of sidecar " + later + ": it lies in the future");
        });
    }

    @Test
    void fileNoReaderRecognisesIsAProblem() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.7 something");
        Path notJsonl = write("rows.jsonl", "plain words, not JSON");
        read(pdf, notJsonl);
        assertThat(pages).isEmpty();
        assertThat(problems).containsExactly(pdf + ": skipped, not a recognised input (no reader for its name and first bytes)",
                notJsonl + ": skipped, not a recognised input (no reader for its name and first bytes)");
    }

    @Test
    void readingWithSeveralThreadsGivesThePagesAndProblemsInTheOrderOfAOneThreadRead() throws IOException {
        for (int i = 0; i < 40; i++) {
            write(String.format("d%02d/page%02d.txt", i % 7, i), ARTICLE.replace("Tuesday", "day " + i));
            if (i % 9 == 0) {
                write(String.format("d%02d/empty%02d.txt", i % 7, i), new byte[0]);
            }
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append(i % 10 == 3 ? "not json\n" : "{\"text\": \"Title\\n\\nLine " + i + ".\"}\n");
        }
        write("d03/many.jsonl", lines.toString());
        List<String> sequential = new ArrayList<>();
        Inputs.read(List.of(dir), Optional.empty(), 1, p -> sequential.add(p.source() + " " + p.content()), s -> sequential.add("problem " + s));
        List<String> parallel = new ArrayList<>();
        Inputs.read(List.of(dir), Optional.empty(), 4, p -> parallel.add(p.source() + " " + p.content()), s -> parallel.add("problem " + s));
        assertThat(sequential).hasSize(40 + 5 + 100);
        assertThat(parallel).containsExactlyElementsOf(sequential);
    }
}
