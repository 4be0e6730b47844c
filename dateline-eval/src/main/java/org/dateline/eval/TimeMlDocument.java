package org.dateline.eval;

import org.dateline.model.TimeMention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML file (TempEval-3 layout): its id, creation date, the TEXT with every tag removed, and
 * the TIMEX3 elements inside TEXT as {@link TimeMention}s with offsets into that plain text.
 *
 * <p>Tags are removed textually, entities are kept as written: the offsets are exactly those the
 * TempEval-3 reference scorer computes, which is what makes our figures comparable with its.
 *
 * @param gold the TIMEX3s in TEXT (the DCT excluded), in the order their end tags appear
 */
public record TimeMlDocument(String docId, LocalDate creationDate, String text, List<TimeMention> gold) {
    private static final Pattern DOC_ID = Pattern.compile("<DOCID>(.*?)</DOCID>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** Reads {@code file}; a file without DOCID, DCT or TEXT is rejected with its name in the message. */
    public static TimeMlDocument read(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TimeML file " + file, e);
        }
        String docId = group(DOC_ID, xml, file, "DOCID").strip();
        LocalDate dct = LocalDate.parse(group(DCT, xml, file, "DCT value"));
        String raw = group(TEXT, xml, file, "TEXT");
        StringBuilder plain = new StringBuilder(raw.length());
        List<TimeMention> gold = new ArrayList<>();
        Deque<Integer> openStarts = new ArrayDeque<>();
        Deque<Map<String, String>> openAttributes = new ArrayDeque<>();
        Matcher tag = TAG.matcher(raw);
        int pos = 0;
        while (tag.find()) {
            plain.append(raw, pos, tag.start());
            pos = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                openStarts.push(plain.length());
                openAttributes.push(attributes(tag.group(3)));
            } else {
                if (openStarts.isEmpty()) {
                    throw new IllegalArgumentException("unbalanced </TIMEX3> in " + file);
                }
                int start = openStarts.pop();
                Map<String, String> a = openAttributes.pop();
                gold.add(new TimeMention(docId, plain.substring(start), a.getOrDefault("type", ""),
                        a.getOrDefault("value", ""), start, plain.length()));
            }
        }
        plain.append(raw, pos, raw.length());
        return new TimeMlDocument(docId, dct, plain.toString(), gold);
    }

    private static String group(Pattern p, String xml, Path file, String what) {
        Matcher m = p.matcher(xml);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + what + " in TimeML file " + file);
        }
        return m.group(1);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
