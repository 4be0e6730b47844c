package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.SourceMeta;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A file found under an input root, with the metadata of its sidecar (if any). A gzip-compressed file
 * (recognised by its magic bytes, whatever its name) is read through {@link #open()} decompressed.
 *
 * @param path     the file, as reached from the root the user gave (used as the page's source)
 * @param meta     metadata from the {@code NAME.meta.json} sidecar, or {@link SourceMeta#NONE}
 * @param warnings what was odd about the sidecar (malformed, ...), to be attached to every page read
 */
public record InputFile(Path path, SourceMeta meta, List<String> warnings) {
    /** How many first bytes readers see when deciding whether they accept a file. */
    public static final int HEAD_BYTES = 4096;
    /**
     * The most bytes of a single text document that are read (5 MiB); the rest is dropped with a warning.
     * News articles are a few kilobytes: anything larger is a dump or a mistake, and reading it whole would
     * only stall the annotator.
     */
    public static final int MAX_TEXT_BYTES = 5 * 1024 * 1024;

    public InputFile {
        warnings = List.copyOf(warnings);
    }

    /** The file's name, without folders. */
    public String name() {
        return path.getFileName().toString();
    }

    /** Whether {@code head} starts with the gzip magic bytes. */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /**
     * The name the content goes by: a gzip-compressed file's name without its {@code .gz}/{@code .gzip}
     * suffix ({@code a.html.gz} is an {@code a.html}), any other file's own name.
     */
    static String contentName(String fileName, byte[] rawHead) {
        if (!isGzip(rawHead)) {
            return fileName;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".gz", ".gzip", ".tgz")) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }

    /**
     * Opens the file's content, decompressed when the file is gzip (all members of a multi-member gzip).
     * The caller closes the stream. A gzip that ends early throws {@link EOFException} (or a
     * {@link ZipException}) when the reader reaches the cut.
     */
    public InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        byte[] magic = in.readNBytes(2);
        in.reset();
        return isGzip(magic) ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /**
     * Reads at most {@code limit} bytes of the (decompressed) content. A gzip that ends early or is corrupt
     * is not an exception: what was decompressed before is returned, with {@link Content#damage()} saying so.
     *
     * @throws IOException when the file cannot be read at all
     */
    Content read(int limit) throws IOException {
        boolean gzip;
        try (InputStream raw = Files.newInputStream(path)) {
            gzip = isGzip(raw.readNBytes(2));
        }
        long size = Files.size(path);
        byte[] buffer = new byte[(int) Math.min(limit, Math.max(8192, gzip ? size * 4 : size))];
        int n = 0;
        String damage = null;
        boolean more = false;
        try (InputStream in = open()) {
            while (true) {
                if (n == buffer.length) {
                    if (n >= limit) {
                        more = in.read() >= 0;
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) limit, buffer.length * 2L));
                }
                int r = in.read(buffer, n, buffer.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (EOFException | ZipException e) {
            damage = String.format(Locale.ROOT, "gzip data ends early or is corrupt (%s): used the %d bytes decompressed before that",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), n);
        }
        return new Content(Arrays.copyOf(buffer, n), more, gzip, size, damage);
    }

    /**
     * The first bytes of a file's content, as read by {@link #read(int)}.
     *
     * @param bytes    the bytes read (decompressed for a gzip file)
     * @param cut      whether the content goes on past the limit
     * @param gzip     whether the file is gzip-compressed
     * @param fileSize the size of the file on disk (compressed for a gzip file)
     * @param damage   why the gzip data ended before its proper end, or null
     */
    record Content(byte[] bytes, boolean cut, boolean gzip, long fileSize, String damage) {
        /** The warning that the content was cut at {@code limit} bytes (call only when {@link #cut()}). */
        String cutWarning(int limit) {
            return gzip
                    ? String.format(Locale.ROOT, Article.TRUNCATED + "read the first %d MiB of the decompressed content (the file is %.1f MiB compressed)",
                    limit >> 20, fileSize / (1024.0 * 1024.0))
                    : String.format(Locale.ROOT, Article.TRUNCATED + "read the first %d MiB of %.1f MiB", limit >> 20, fileSize / (1024.0 * 1024.0));
        }
    }
}
