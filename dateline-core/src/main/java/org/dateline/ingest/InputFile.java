package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.SourceMeta;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
     * The caller closes the stream. A gzip that ends early or is corrupt does not throw: the stream ends
     * where decompression stopped, and {@link ContentStream#damage()} then says so.
     */
    public ContentStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        byte[] magic = in.readNBytes(2);
        in.reset();
        if (!isGzip(magic)) {
            return new ContentStream(new Salvaged(in));
        }
        try {
            return new ContentStream(new Salvaged(new GZIPInputStream(in, 1 << 16)));
        } catch (EOFException | ZipException e) {
            in.close();
            return new ContentStream(new Salvaged(e));
        }
    }

    /**
     * A file's content as {@link #open()} gives it: its reads end at a cut or corrupt spot of gzip data
     * instead of throwing, so that every byte decompressed before the damage reaches the reader.
     */
    public static final class ContentStream extends BufferedInputStream {
        private final Salvaged source;

        private ContentStream(Salvaged source) {
            super(source, 1 << 16);
            this.source = source;
        }

        /**
         * Why the content ended before its proper end, in one line ("gzip data ends early or is corrupt (...):
         * cut after N bytes; the readable part is kept"), once a read has met the damage; else empty.
         */
        public Optional<String> damage() {
            return Optional.ofNullable(source.damage);
        }
    }

    /** A file's bytes (decompressed, for gzip) that end quietly, the damage noted, where gzip data is cut or corrupt. */
    private static final class Salvaged extends FilterInputStream {
        private long delivered;
        private String damage;

        Salvaged(InputStream in) {
            super(in);
        }

        /** A stream already ended by {@code damage} (a gzip header that cannot be read). */
        Salvaged(IOException damage) {
            super(InputStream.nullInputStream());
            note(damage);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (damage != null) {
                return -1;
            }
            try {
                int n = super.read(b, off, len);
                delivered += Math.max(n, 0);
                return n;
            } catch (EOFException | ZipException e) {
                note(e);
                return -1;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(read(new byte[(int) Math.min(n, 8192)]), 0);
        }

        private void note(IOException e) {
            damage = String.format(Locale.ROOT, "gzip data ends early or is corrupt (%s): cut after %d bytes; the readable part is kept",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), delivered);
        }
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
        try (ContentStream in = open()) {
            byte[] bytes = in.readNBytes(limit);
            boolean more = bytes.length == limit && in.read() >= 0;
            return new Content(bytes, more, gzip, size, in.damage().orElse(null));
        }
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
