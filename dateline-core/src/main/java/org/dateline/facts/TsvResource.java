package org.dateline.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource next to this class: blank lines and {@code #} comments are skipped. */
final class TsvResource {
    private TsvResource() {
    }

    /** The rows of {@code name}, each with exactly {@code columns} fields, or an exception quoting the bad line. */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing next to " + TsvResource.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException("bad line in " + name + " (want " + columns + " columns): '"
                            + line + "'");
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }

    /** The {@code |}-separated forms of a field; "-" is none. */
    static List<String> forms(String field) {
        return field.equals("-") ? List.of() : List.of(field.split("\\|"));
    }
}
