package org.dateline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of a first name, from the name list that ships in the CoreNLP models jar (about
 * 14,600 names). A name that is not listed, or listed for both, is {@link Gender#UNKNOWN}.
 */
public final class NameGender {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> NAMES = load();

    private NameGender() {
    }

    public static Gender of(String firstName) {
        return NAMES.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> names = new HashMap<>();
        InputStream in = NameGender.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CoreNLP models jar lacks " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    Gender g = parts[1].equals("MALE") ? Gender.MALE : parts[1].equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
                    names.merge(parts[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(names);
    }
}
