package org.dateline.ingest;

import org.dateline.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WarcFileReaderTest {
    private static final Instant FETCHED = Instant.parse("2023-05-04T08:15:30Z");
    private static final String RUSSIAN_PAGE = "<html><head><title>Переговоры</title></head><body><p>Министр заявил во вторник,"
            + " что стороны договорились продолжить переговоры о границе.</p></body></html>";
    private static final String ENGLISH_PAGE = "<!DOCTYPE html><html><head><title>Harbour talks</title></head><body>"
            + "<p>Envoys of Velmora and Ostrany met again on Tuesday in the harbour town, the ministry said.</p></body></html>";

    @TempDir
    Path dir;

    private final List<RawPage> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** A WARC written with jwarc; {@code offsets} receives each record's start. */
    private Path warc(String name, WarcCompression compression, List<WarcRecord> records, List<Long> offsets) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
    }

    private static WarcRequest request(String url) throws IOException {
        return new WarcRequest.Builder(URI.create(url)).date(FETCHED).body(new HttpRequest.Builder("GET", URI.create(url)).build()).build();
    }

    private List<WarcRecord> fourRecords() throws IOException {
        return List.of(
                request("https://velmora.example/news/1"),
                response("https://velmora.example/news/1", 200, "text/html; charset=windows-1251", RUSSIAN_PAGE.getBytes(Charset.forName("windows-1251"))),
                response("https://velmora.example/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}),
                response("https://velmora.example/news/2", 200, "text/html", ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@link #fourRecords()} written to {@code cut.warc} and cut to {@code keep} applied to the whole length. */
    private Path cutFourRecords(WarcCompression compression, List<Long> offsets, IntUnaryOperator keep)
            throws IOException {
        Path whole = warc("whole.warc", compression, fourRecords(), offsets);
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, keep.applyAsInt(bytes.length)));
    }

    private void read(Path... roots) {
        Inputs.read(List.of(roots), pages::add, problems::add);
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void htmlResponsesBecomePagesAndOtherRecordsAreCountedInOneProblem(WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        Path file = warc(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression, fourRecords(), offsets);
        read(file);
        assertThat(pages).extracting(RawPage::source).containsExactly(file + "#" + offsets.get(1), file + "#" + offsets.get(3));
        RawPage russian = pages.get(0);
        assertThat(russian.format()).isEqualTo(RawPage.Format.HTML);
        assertThat(russian.content()).isEqualTo(RUSSIAN_PAGE);
        assertThat(russian.warnings()).isEmpty();
        assertThat(russian.meta().url()).isEqualTo("https://velmora.example/news/1");
        assertThat(russian.meta().fetched()).isEqualTo("2023-05-04T08:15:30Z");
        assertThat(pages.get(1).content()).isEqualTo(ENGLISH_PAGE);
        assertThat(problems).containsExactly(file + ": skipped 2 records without an HTML page (1 non-HTML response, 1 request record)");
    }

    @Test
    void warcIsRecognisedByContentWhateverItsName() throws IOException {
        Path file = warc("capture-0001", WarcCompression.GZIP, fourRecords(), new ArrayList<>());
        read(file);
        assertThat(pages).hasSize(2);
    }

    @Test
    void nonSuccessResponsesAreSkippedAndCounted() throws IOException {
        Path file = warc("errors.warc", WarcCompression.NONE, List.of(
                response("https://velmora.example/gone", 404, "text/html", ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8)),
                response("https://velmora.example/news/2", 200, "text/html", ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8))), new ArrayList<>());
        read(file);
        assertThat(pages).hasSize(1);
        assertThat(problems).containsExactly(file + ": skipped 1 record without an HTML page (1 HTTP 4xx response)");
    }

    @Test
    void contentEncodedBodiesAreDecodedAndUntypedHtmlIsRecognisedByItsContent() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse encoded = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=utf-8"), gz.toByteArray()).build();
        HttpResponse untyped = new HttpResponse.Builder(200, "OK")
                .body(MediaType.OCTET_STREAM, RUSSIAN_PAGE.getBytes(StandardCharsets.UTF_8)).build();
        Path file = warc("encoded.warc.gz", WarcCompression.GZIP, List.of(
                new WarcResponse.Builder(URI.create("https://velmora.example/gz")).date(FETCHED).body(encoded).build(),
                new WarcResponse.Builder(URI.create("https://velmora.example/untyped")).date(FETCHED).body(untyped).build()), new ArrayList<>());
        read(file);
        assertThat(problems).isEmpty();
        assertThat(pages).extracting(RawPage::content).containsExactly(ENGLISH_PAGE, RUSSIAN_PAGE);
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void truncatedFinalRecordIsAProblemWithItsOffsetAndEarlierRecordsAreRead(WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        Path file = cutFourRecords(compression, offsets, length -> length - 60);
        Path other = Files.writeString(dir.resolve("other.html"), ENGLISH_PAGE);
        read(file, other);
        assertThat(pages).extracting(RawPage::source).containsExactly(file + "#" + offsets.get(1), other.toString());
        assertThat(pages.get(0).content()).isEqualTo(RUSSIAN_PAGE);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(file + ": record at offset " + offsets.get(3) + " is truncated or corrupt: ");
        assertThat(problems.get(1)).startsWith(file + ": skipped 2 records");
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void corruptRecordInTheMiddleIsAProblemAndReadingResumesAtTheNextRecord(WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        Path file = warc("bad.warc", compression, fourRecords(), offsets);
        byte[] bytes = Files.readAllBytes(file);
        int from = offsets.get(1).intValue();
        for (int i = from + 10; i < from + 40; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(file, bytes);
        read(file);
        assertThat(pages).extracting(RawPage::source).containsExactly(file + "#" + offsets.get(3));
        assertThat(problems.get(0)).startsWith(file + ": record at offset " + offsets.get(1) + " is truncated or corrupt: ");
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void aFileCutInsideTheLastRecordsHeaderIsAProblem(WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        Path file = cutFourRecords(compression, offsets, length -> offsets.get(3).intValue() + 25);
        read(file);
        assertThat(pages).extracting(RawPage::source).containsExactly(file + "#" + offsets.get(1));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith(file + ": record at offset " + offsets.get(3) + " is truncated or corrupt: "));
    }

    @Test
    void aWarcGzippedAsOneWholeAndCutInsideItsLastRecordKeepsTheCompleteRecords() throws IOException {
        Path plain = warc("plain.warc", WarcCompression.NONE, fourRecords(), new ArrayList<>());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(compressed)) {
            out.write(Files.readAllBytes(plain));
        }
        Files.delete(plain);
        byte[] bytes = compressed.toByteArray();
        Path file = Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));
        read(file);
        assertThat(pages).as("problems: %s", problems).extracting(p -> p.meta().url()).containsExactly("https://velmora.example/news/1");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + ": record at offset ")
                .contains(" of the decompressed content is truncated or corrupt"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + ": gzip data ends early or is corrupt"));
    }
}
