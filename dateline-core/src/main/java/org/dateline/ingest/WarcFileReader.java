package org.dateline.ingest;

import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * WARC files, plain or gzip-compressed per record ({@code .warc}, {@code .warc.gz}; recognised by the
 * {@code WARC/} version line, whatever the name), read with jwarc. Every {@code response} record with a 2xx
 * HTTP status and an HTML payload, and every HTML {@code resource} record, becomes a page: its source is
 * {@code path#offset} (the record's byte offset in the file), its metadata url the {@code WARC-Target-URI}
 * and fetched the {@code WARC-Date}; the charset of the HTTP {@code Content-Type} header is used for
 * decoding, and an HTTP {@code Content-Encoding} is undone. Other records are skipped and counted in one
 * summary problem per file. A truncated or corrupt record is a problem naming the file and the record's
 * offset; reading resumes at the next record start found after it, and stops at the end of the file. A WARC
 * compressed as one gzip member that is cut is read from its decompressed content instead: its complete
 * records are kept, their sources naming offsets in the decompressed content.
 */
public final class WarcFileReader implements PageReader {
    private static final byte[] VERSION_LINE = "WARC/".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return head.length >= VERSION_LINE.length && Arrays.equals(head, 0, VERSION_LINE.length, VERSION_LINE, 0, VERSION_LINE.length);
    }

    @Override
    public void read(InputFile input, Consumer<RawPage> pages, Consumer<String> problems) throws IOException {
        Map<String, Integer> skipped = new TreeMap<>();
        boolean oneMember = false;
        try (FileChannel channel = FileChannel.open(input.path()); WarcReader reader = new WarcReader(channel)) {
            boolean gzip = reader.compression() != org.netpreserve.jwarc.WarcCompression.NONE;
            long failedAt = -1;
            int records = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    long at = reader.position();
                    long resume = nextRecordStart(channel, at + 1, gzip);
                    if (gzip && records == 0 && resume < 0) {
                        oneMember = true;
                        break;
                    }
                    if (at != failedAt) {
                        problems.accept(input.path() + ": record at offset " + at + " is truncated or corrupt: " + describe(e));
                    }
                    if (resume < 0) {
                        break;
                    }
                    failedAt = -1;
                    reader.position(resume);
                    continue;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                long at = reader.position();
                try {
                    String why = read(input, next.get(), at, pages);
                    if (why != null) {
                        skipped.merge(why, 1, Integer::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    problems.accept(input.path() + ": record at offset " + at + " is truncated or corrupt: " + describe(e));
                    failedAt = at;
                }
            }
        }
        if (oneMember) {
            readDecompressed(input, pages, problems, skipped);
        }
        if (!skipped.isEmpty()) {
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            problems.accept(input.path() + ": skipped " + total + " record" + (total == 1 ? "" : "s") + " without an HTML page ("
                    + skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")");
        }
    }

    /**
     * Reads a gzip WARC whose records could not be reached member by member (a WARC compressed as one gzip
     * member and cut) from its decompressed content: every complete record is read, sources name offsets in
     * the decompressed content, and the first broken record (the cut one) ends reading with a problem.
     */
    private static void readDecompressed(InputFile input, Consumer<RawPage> pages, Consumer<String> problems,
                                         Map<String, Integer> skipped) throws IOException {
        try (InputFile.ContentStream content = input.open(); WarcReader reader = new WarcReader(content)) {
            try {
                for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                    String why = read(input, next.get(), reader.position(), pages);
                    if (why != null) {
                        skipped.merge(why, 1, Integer::sum);
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.accept(input.path() + ": record at offset " + reader.position() + " of the decompressed content is truncated or corrupt: "
                        + describe(e));
            }
            content.damage().ifPresent(why -> problems.accept(input.path() + ": " + why));
        }
    }

    /** Hands the record's page to {@code pages}; returns why it was skipped instead, or null. */
    private static String read(InputFile input, WarcRecord record, long offset, Consumer<RawPage> pages) throws IOException {
        String target;
        String contentType;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equals("application/http")) {
                return "non-HTTP response";
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return "HTTP " + http.status() / 100 + "xx response";
            }
            target = response.target();
            contentType = http.headers().first("Content-Type").orElse(null);
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            target = resource.target();
            contentType = resource.headers().first("Content-Type").orElse(null);
            body = resource.body();
        } else {
            return record.type() + " record";
        }
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes(HtmlPages.MAX_HTML_BYTES + 1);
        }
        boolean cut = bytes.length > HtmlPages.MAX_HTML_BYTES;
        if (cut) {
            bytes = Arrays.copyOf(bytes, HtmlPages.MAX_HTML_BYTES);
        }
        if (!HtmlPages.isHtml(contentType, bytes)) {
            return "non-HTML " + record.type();
        }
        List<String> warnings = new ArrayList<>(input.warnings());
        if (cut) {
            warnings.add(HtmlPages.cutWarning());
        }
        SourceMeta meta = new SourceMeta(target, null, null, record.date().toString(), null, SourceMeta.Origin.METADATA);
        String[] why = new String[1];
        Optional<RawPage> page = HtmlPages.fromBytes(input.path() + "#" + offset, bytes,
                HtmlDecoder.charsetOfContentType(contentType), cut, meta, warnings, reason -> why[0] = reason);
        page.ifPresent(pages);
        return page.isPresent() ? null : "unusable HTML " + record.type() + " (" + why[0] + ")";
    }

    /**
     * The offset of the first record start at or after {@code from}: a gzip member header in a compressed
     * file, a {@code WARC/} version line at the start of a line in a plain one; -1 when there is none.
     */
    static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] marker = gzip ? new byte[]{0x1F, (byte) 0x8B, 0x08} : "\nWARC/".getBytes(StandardCharsets.US_ASCII);
        long start = gzip ? from : from - 1;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long pos = Math.max(0, start); pos < channel.size(); pos += buffer.capacity() - marker.length) {
            buffer.clear();
            int n = channel.read(buffer, pos);
            if (n < marker.length) {
                return -1;
            }
            byte[] chunk = buffer.array();
            for (int i = 0; i + marker.length <= n; i++) {
                if (Arrays.equals(chunk, i, i + marker.length, marker, 0, marker.length)) {
                    return gzip ? pos + i : pos + i + 1;
                }
            }
        }
        return -1;
    }

    /** What jwarc said about a broken record, in its words (the first line), not its exception's class. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message != null && !message.isBlank()) {
            return message.lines().findFirst().orElse("");
        }
        return e instanceof EOFException ? "the file ends inside the record" : e.getClass().getSimpleName();
    }
}
