package org.dateline.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the word lists and tables that ship as UTF-8 resources beside the classes that use them: one row a
 * line, fields separated by tabs, blank lines and lines starting with {@code #} skipped. Every row of a file
 * has the file's fixed number of columns and no empty field or field with spaces around it. A missing file or a
 * bad row fails at load with an {@link IllegalStateException} that names the file and line and quotes the
 * row, e.g. {@code speech-verbs.tsv:12: expected 2 columns, got 1: "said"}.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** The rows of {@code name}, a resource next to {@code owner}, each with exactly {@code columns} fields. */
    public static List<String[]> rows(Class<?> owner, String name, int columns) {
        return lines(owner, name, columns).stream().map(Line::fields).toList();
    }

    /**
     * The rows of {@code name}, a resource next to {@code owner}, each with exactly {@code columns} fields, as
     * what {@code parse} makes of them. A row {@code parse} rejects with an exception is an error at its line.
     */
    public static <T> List<T> rows(Class<?> owner, String name, int columns, Function<String[], T> parse) {
        List<T> out = new ArrayList<>();
        for (Line line : lines(owner, name, columns)) {
            try {
                out.add(parse.apply(line.fields()));
            } catch (RuntimeException e) {
                throw line.error("bad row (" + e.getMessage() + ")");
            }
        }
        return List.copyOf(out);
    }

    /** The words of a one-column list {@code name} next to {@code owner}; a word listed twice is an error. */
    public static Set<String> words(Class<?> owner, String name) {
        Set<String> words = new HashSet<>();
        for (Line line : lines(owner, name, 1)) {
            if (!words.add(line.fields()[0])) {
                throw line.error("listed twice");
            }
        }
        return Set.copyOf(words);
    }

    /**
     * The words of a two-column list {@code name} next to {@code owner}, "word TAB tag|tag...", by tag: each of
     * {@code tags} maps to the words that carry it (possibly none). A tag outside {@code tags} or a word listed
     * twice is an error.
     */
    public static Map<String, Set<String>> wordsByTag(Class<?> owner, String name, Set<String> tags) {
        Map<String, Set<String>> byTag = new HashMap<>();
        tags.forEach(t -> byTag.put(t, new HashSet<>()));
        Set<String> seen = new HashSet<>();
        for (Line line : lines(owner, name, 2)) {
            String word = line.fields()[0];
            if (!seen.add(word)) {
                throw line.error("listed twice");
            }
            for (String tag : forms(line.fields()[1])) {
                Set<String> words = byTag.get(tag);
                if (words == null) {
                    throw line.error("unknown tag " + tag + " (known: " + String.join(", ", tags) + ")");
                }
                words.add(word);
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        byTag.forEach((t, words) -> out.put(t, Set.copyOf(words)));
        return Map.copyOf(out);
    }

    /**
     * A two-column table {@code name} next to {@code owner}, "key TAB value", as a map from key to the value
     * {@code parse} makes of the second field. A key listed twice, or a value {@code parse} rejects with an
     * exception, is an error at its line.
     */
    public static <V> Map<String, V> table(Class<?> owner, String name, Function<String, V> parse) {
        Map<String, V> table = new HashMap<>();
        for (Line line : lines(owner, name, 2)) {
            V value;
            try {
                value = parse.apply(line.fields()[1]);
            } catch (RuntimeException e) {
                throw line.error("bad value (" + e.getMessage() + ")");
            }
            if (table.put(line.fields()[0], value) != null) {
                throw line.error("listed twice");
            }
        }
        return Map.copyOf(table);
    }

    /** The {@code |}-separated forms of a field; "-" is none. */
    public static List<String> forms(String field) {
        return field.equals("-") ? List.of() : List.of(field.split("\\|"));
    }

    /** A row of a resource: its file, its 1-based line number, its text and its fields. */
    private record Line(String file, int number, String text, String[] fields) {
        IllegalStateException error(String what) {
            return new IllegalStateException(file + ":" + number + ": " + what + ": \"" + text + "\"");
        }
    }

    private static List<Line> lines(Class<?> owner, String name, int columns) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": resource missing next to " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                Line line = new Line(name, number, text, text.split("\t", -1));
                if (line.fields().length != columns) {
                    throw line.error("expected " + columns + " column" + (columns == 1 ? "" : "s") + ", got "
                            + line.fields().length);
                }
                for (int i = 0; i < columns; i++) {
                    if (line.fields()[i].isEmpty() || !line.fields()[i].strip().equals(line.fields()[i])) {
                        throw line.error("column " + (i + 1) + " is empty or has spaces around it");
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read the resource next to " + owner.getName(), e);
        }
        return lines;
    }
}
