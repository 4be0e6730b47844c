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
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlInputsTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Harbour talks</title></head>"
            + "<body><article><h1>Harbour talks</h1><p>Envoys of Velmora met again on Tuesday, the ministry said.</p>"
            + "</article></body></html>\n";
    private static final String JAPANESE = "港湾都市ベルモラで水曜日、両国の代表団が国境問題をめぐる協議を再開した。"
            + "外務省の報道官は記者会見で、次回の会合は来月首都で開かれる予定だと述べた。"
            + "専門家らは合意文書の草案を準備しており、双方は停戦の維持を確認したという。"
            + "一方、野党は政府の交渉方針を批判し、議会での説明を求めている。";

    @TempDir
    Path dir;

    private final List<RawPage> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(Path... roots) {
        Inputs.read(List.of(roots), pages::add, problems::add);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void htmlFileIsOneHtmlPage() throws IOException {
        Path file = Files.writeString(dir.resolve("talks.html"), PAGE);
        read(file);
        assertThat(problems).isEmpty();
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.source()).isEqualTo(file.toString());
            assertThat(page.format()).isEqualTo(RawPage.Format.HTML);
            assertThat(page.content()).isEqualTo(PAGE);
            assertThat(page.warnings()).isEmpty();
        });
    }

    @Test
    void htmlIsRecognisedByContentInAFileWithoutExtension() throws IOException {
        read(Files.writeString(dir.resolve("index"), "  <!-- saved page -->\n" + PAGE));
        assertThat(pages).singleElement().extracting(RawPage::format).isEqualTo(RawPage.Format.HTML);
    }

    @Test
    void gzipIsRecognisedByMagicBytesWithOrWithoutTheExtension() throws IOException {
        byte[] compressed = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Path named = Files.write(dir.resolve("a.html.gz"), compressed);
        Path bare = Files.write(dir.resolve("b"), compressed);
        Path lines = Files.write(dir.resolve("c.jsonl.gz"), gzip("{\"html\": \"<p>From a line.</p>\", \"url\": \"https://coastwire.example/1\"}\n"
                .getBytes(StandardCharsets.UTF_8)));
        read(named, bare, lines);
        assertThat(problems).isEmpty();
        assertThat(pages).extracting(RawPage::source).containsExactly(named.toString(), bare.toString(), lines + "#1");
        assertThat(pages).extracting(RawPage::format).containsOnly(RawPage.Format.HTML);
        assertThat(pages.get(0).content()).isEqualTo(PAGE);
        assertThat(pages.get(1).content()).isEqualTo(PAGE);
        assertThat(pages.get(2).content()).isEqualTo("<p>From a line.</p>");
        assertThat(pages.get(2).meta().url()).isEqualTo("https://coastwire.example/1");
    }

    @Test
    void gzipThatEndsEarlyGivesAWarningAndWhatWasReadIsUsed() throws IOException {
        StringBuilder long_ = new StringBuilder("<html><head><title>Long</title></head><body>");
        for (int i = 0; long_.length() < 200_000; i++) {
            long_.append("<p>Paragraph ").append(i).append(" of the report on the harbour talks, number ").append(i * 7919 % 1000).append(".</p>\n");
        }
        byte[] compressed = gzip(long_.toString().getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(compressed, compressed.length / 2));
        read(file);
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.content()).startsWith("<html><head><title>Long</title>").contains("Paragraph 100 ");
            assertThat(page.content().length()).isLessThan(long_.length());
            assertThat(page.warnings()).singleElement().asString().startsWith(org.dateline.model.Article.TRUNCATED + "gzip data ends early or is corrupt");
        });
    }

    @Test
    void gzipWithNothingDecompressibleIsAProblemNamingIt() throws IOException {
        byte[] compressed = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("stub.html.gz"), Arrays.copyOf(compressed, 6));
        read(file);
        assertThat(pages).isEmpty();
        assertThat(problems).singleElement().asString().startsWith(file + ": skipped");
    }

    @Test
    void shiftJisPageWithoutAnyCharsetDeclarationIsDecodedByDetection() throws IOException {
        String page = "<html><head><title>協議再開</title></head><body><p>" + JAPANESE + "</p><p>" + JAPANESE + "</p></body></html>";
        read(Files.write(dir.resolve("jp.html"), page.getBytes(Charset.forName("Shift_JIS"))));
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo(page);
            assertThat(p.warnings()).singleElement().asString().startsWith("decoded as Shift_JIS (detected");
        });
    }

    @Test
    void metaCharsetAndHttpEquivDeclarationsAreHonoured() throws IOException {
        String russian = "<p>Министр иностранных дел заявил во вторник, что стороны договорились продолжить переговоры.</p>";
        String meta = "<html><head><meta charset='windows-1251'></head><body>" + russian + "</body></html>";
        String equiv = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=KOI8-R\"></head><body>" + russian + "</body></html>";
        Path a = Files.write(dir.resolve("a.htm"), meta.getBytes(Charset.forName("windows-1251")));
        Path b = Files.write(dir.resolve("b.htm"), equiv.getBytes(Charset.forName("KOI8-R")));
        read(a, b);
        assertThat(pages).extracting(RawPage::content).containsExactly(meta, equiv);
        assertThat(pages).allSatisfy(p -> assertThat(p.warnings()).isEmpty());
    }

    @Test
    void declaredLatin1OnUtf8BytesIsReadAsUtf8WithAWarning() throws IOException {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Négociations à Genève, déclare le ministère.</p></body></html>";
        read(Files.writeString(dir.resolve("fr.html"), page));
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo(page);
            assertThat(p.warnings()).containsExactly("declared windows-1252 but the bytes are UTF-8; decoded as UTF-8");
        });
    }

    @Test
    void byteOrderMarkWinsOverADeclaration() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Café crème</p></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        read(Files.write(dir.resolve("bom.html"), bytes));
        assertThat(pages).singleElement().extracting(RawPage::content).isEqualTo(page);
    }

    @Test
    void pageOfTwentyMegabytesIsCutAtTheLimitWithAWarning() throws IOException {
        Path file = dir.resolve("huge.html");
        byte[] block = "<p>Ещё один абзац текста о переговорах в гавани.</p>\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><head><title>Huge</title></head><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 20L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        read(file);
        assertThat(problems).isEmpty();
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.content().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(HtmlPages.MAX_HTML_BYTES);
            assertThat(page.content()).startsWith("<html><head><title>Huge</title>").doesNotContain("\uFFFD");
            assertThat(page.warnings()).containsExactly("truncated: read the first 8 MiB of 20.0 MiB");
        });
    }

    @Test
    void pageWithoutBodyGetsAWarningAndBlankPageIsAProblem() throws IOException {
        Path headOnly = Files.writeString(dir.resolve("head-only.html"), "<html><head><title>Nothing here</title></head></html>");
        Path blank = Files.writeString(dir.resolve("blank.html"), " \n\t\n");
        Path lines = Files.writeString(dir.resolve("lines.jsonl"), "{\"html\": \"<html><head><title>T</title></head></html>\"}\n");
        read(headOnly, blank, lines);
        assertThat(pages).extracting(RawPage::source).containsExactly(headOnly.toString(), lines + "#1");
        assertThat(pages).allSatisfy(p -> assertThat(p.warnings()).containsExactly("the page has no <body>: there may be no article text"));
        assertThat(problems).containsExactly(blank + ": skipped, empty page (only whitespace)");
    }
}
