package org.dateline.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, adjectives and demonyms with their ISO 3166 alpha-3 codes, read from the
 * {@code countries.tsv} resource next to this class. Look-ups ignore case.
 */
public final class Countries {
    private static final String RESOURCE = "countries.tsv";
    private static final Countries INSTANCE = load();

    private final Map<String, String> names;
    private final Map<String, String> adjectives;

    private Countries(Map<String, String> names, Map<String, String> adjectives) {
        this.names = Map.copyOf(names);
        this.adjectives = Map.copyOf(adjectives);
    }

    public static Countries get() {
        return INSTANCE;
    }

    /** The code of a country name ("Russia", "the United States"). */
    public Optional<String> byName(String name) {
        return Optional.ofNullable(names.get(key(name.replaceFirst("^(?i)the\\s+", ""))));
    }

    /** The code of a nationality adjective or demonym ("Russian", "Azeri"). */
    public Optional<String> byAdjective(String adjective) {
        return Optional.ofNullable(adjectives.get(key(adjective)));
    }

    /** A name, adjective or possessive ("Russia's") of a country. */
    public Optional<String> byAnyForm(String form) {
        String plain = form.replaceFirst("(?i)['’]s?$", "");
        return byName(plain).or(() -> byAdjective(plain));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static Countries load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> adjectives = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing next to " + Countries.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": '" + line + "'");
                }
                for (String n : cols[1].split("\\|")) {
                    names.put(key(n), cols[0]);
                }
                for (String a : cols[2].split("\\|")) {
                    adjectives.put(key(a), cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Countries(names, adjectives);
    }
}
