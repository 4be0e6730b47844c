package org.dateline.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the lines of a contract file of an {@code analyze} output folder, naming the file and line that fail. */
final class JsonLines {
    /** What one non-blank line becomes; may throw for a line of the wrong shape. */
    interface Parser<T> {
        T parse(String line) throws IOException;
    }

    private JsonLines() {
    }

    /**
     * Parses every non-blank line of {@code file}.
     *
     * @throws IOException when the file is missing, naming it and its folder, or when a line does not parse,
     *                     naming the file and line number and quoting the line's start
     */
    static <T> List<T> read(Path file, Parser<T> parser) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + file.getFileName() + " in " + file.getParent()
                    + " (is it a `dateline analyze` output folder?)");
        }
        List<T> rows = new ArrayList<>();
        int n = 0;
        // a line at a time: the file's text is never held whole beside what is parsed from it
        try (Lines lines = new Lines(Files.newInputStream(file))) {
            for (String line = lines.next(file, n + 1); line != null; line = lines.next(file, n + 1)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(parser.parse(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException("bad line " + n + " of " + file + ": '" + abbreviate(line) + "': "
                            + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    /**
     * A file's lines, each decoded alone, so that bytes that are not UTF-8 are found on their own line (a reader
     * decoding a buffer at a time names no line).
     */
    private static final class Lines implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        /** The bytes of the line being read, where it spans more than one buffer. */
        private final ByteArrayOutputStream spanning = new ByteArrayOutputStream();
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

        Lines(InputStream in) {
            this.in = in;
        }

        /**
         * The next line (ended by a line feed, a carriage return before it dropped), or null at the end; an error
         * naming {@code file} and line {@code number} when its bytes are not UTF-8.
         */
        String next(Path file, int number) throws IOException {
            spanning.reset();
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return spanning.size() == 0 ? null
                                : decode(spanning.toByteArray(), 0, spanning.size(), file, number);
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                if (position < limit) {
                    position++; // the line feed
                    if (spanning.size() == 0) {
                        return decode(buffer, start, position - 1 - start, file, number);
                    }
                    spanning.write(buffer, start, position - 1 - start);
                    return decode(spanning.toByteArray(), 0, spanning.size(), file, number);
                }
                spanning.write(buffer, start, limit - start);
            }
        }

        private String decode(byte[] bytes, int offset, int length, Path file, int number) throws IOException {
            int end = length > 0 && bytes[offset + length - 1] == '\r' ? length - 1 : length;
            try {
                return utf8.decode(ByteBuffer.wrap(bytes, offset, end)).toString(); // decode resets the decoder first
            } catch (CharacterCodingException e) {
                throw new IOException("line " + number + " of " + file + " is not UTF-8: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
