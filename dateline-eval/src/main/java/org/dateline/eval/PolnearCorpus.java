package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads one split of the PolNeAR corpus (BRAT standoff): article texts, publication dates, publishers and titles
 * from {@code metadata.tsv}, and the canonical gold annotation (the first annotator listed in the metadata,
 * else the first {@code .ann} file by name). {@code Discuss}/{@code Discard} spans are never part of
 * an attribution; {@code Content2} is merged into the content.
 */
public final class PolnearCorpus {
    private PolnearCorpus() {
    }

    /** The articles of {@code split} that have a gold annotation, sorted by name. */
    public static List<PolnearDocument> load(Path root, String split) {
        Path textDir = root.resolve(split).resolve("text");
        Path annDir = root.resolve(split).resolve("attributions");
        if (!Files.isDirectory(textDir)) {
            throw new IllegalArgumentException("no PolNeAR split '" + split + "': " + textDir + " is not a folder");
        }
        Map<String, String[]> meta = metadata(root.resolve("metadata.tsv"));
        List<PolnearDocument> out = new ArrayList<>();
        try (Stream<Path> texts = Files.list(textDir)) {
            for (Path tp : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = tp.getFileName().toString().replaceFirst("\\.txt$", "");
                String[] row = meta.get(name);
                Path ann = canonicalAnnotation(annDir, name, row);
                if (ann == null) {
                    continue;
                }
                LocalDate published = row == null ? null : LocalDate.parse(row[5]);
                out.add(new PolnearDocument(name, Files.readString(tp, StandardCharsets.UTF_8), published,
                        row == null ? null : given(row[4]), row == null || row.length <= 7 ? null : given(row[7]),
                        readAnnotation(ann)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PolNeAR split " + textDir, e);
        }
        return out;
    }

    /** A metadata value, null where the table says {@code None} or nothing. */
    private static String given(String value) {
        return value.isBlank() || value.equals("None") ? null : value.strip();
    }

    private static Map<String, String[]> metadata(Path tsv) {
        Map<String, String[]> rows = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                if (cols.length > 5) {
                    rows.put(cols[1], cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PolNeAR metadata " + tsv, e);
        }
        return rows;
    }

    private static Path canonicalAnnotation(Path annDir, String name, String[] row) throws IOException {
        if (row != null) {
            for (String annotator : row[3].split("\\|")) {
                Path p = annDir.resolve(name + "_" + annotator + ".ann");
                if (Files.exists(p)) {
                    return p;
                }
            }
        }
        try (Stream<Path> files = Files.list(annDir)) {
            return files.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_") && f.endsWith(".ann");
            }).sorted().findFirst().orElse(null);
        }
    }

    /** Strips what Python's {@code str.strip()} strips (the reference scorer's), no-break spaces included. */
    static String pythonStrip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && (Character.isWhitespace(s.charAt(b)) || Character.isSpaceChar(s.charAt(b)))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(s.charAt(e - 1)) || Character.isSpaceChar(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(b, e);
    }

    private record TextSpan(String label, String spec, String text) {
    }

    static List<PolnearAttribution> readAnnotation(Path ann) throws IOException {
        Map<String, TextSpan> spans = new HashMap<>();
        List<Map<String, String>> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", -1);
            if (parts.length < 2) {
                continue;
            }
            if (parts[0].startsWith("T") && parts.length >= 3) {
                int space = parts[1].indexOf(' ');
                String label = space < 0 ? parts[1] : parts[1].substring(0, space);
                String spec = space < 0 ? "" : parts[1].substring(space + 1);
                spans.put(parts[0], new TextSpan(label, spec, parts[2]));
            } else if (parts[0].startsWith("E")) {
                Map<String, String> args = new LinkedHashMap<>();
                for (String arg : parts[1].trim().split("\\s+")) {
                    int colon = arg.indexOf(':');
                    if (colon > 0) {
                        args.put(arg.substring(0, colon), arg.substring(colon + 1));
                    }
                }
                relations.add(args);
            }
        }
        List<PolnearAttribution> out = new ArrayList<>();
        for (Map<String, String> e : relations) {
            BitSet chars = new BitSet();
            boolean any = false;
            for (String role : List.of("Content", "Content2")) {
                TextSpan t = spans.get(e.get(role));
                if (t != null) {
                    any = true;
                    for (String part : t.spec().split(";")) {
                        String[] se = part.trim().split("\\s+");
                        chars.set(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                    }
                }
            }
            if (!any) {
                continue;
            }
            TextSpan source = spans.get(e.get("Source"));
            TextSpan cue = spans.get(e.get("Cue"));
            out.add(new PolnearAttribution(chars, source == null ? null : source.text(),
                    cue == null ? "" : pythonStrip(cue.text().toLowerCase(Locale.ROOT))));
        }
        return out;
    }
}
