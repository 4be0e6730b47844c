package org.dateline.export;

import java.io.BufferedReader;
import java.io.IOException;
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
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
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

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
