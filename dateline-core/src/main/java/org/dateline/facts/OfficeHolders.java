package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.resources.TsvResource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * A time-aware table of office holders ({@code office-holders.tsv} next to this class; its scope is the rule
 * in {@code docs/actor-coding.md}): heads of state and government, foreign and defence ministers, heads of
 * international organisations, each role with the dates it was held.
 * A person resolves against a date: the role held that day; after the last role ended, a former official
 * ({@link Sector#ELI}) of the same country; before the first began, or without a date, the country
 * only (of the latest role).
 */
public final class OfficeHolders {
    private static final OfficeHolders INSTANCE = new OfficeHolders(TsvResource.rows(OfficeHolders.class, "office-holders.tsv", 6));
    private static final OfficeHolders NONE = new OfficeHolders(List.of());

    /** One role of one person: {@code to} is null while it is held; {@code country} is null for an office of an international organisation. */
    public record Role(String person, String country, Sector sector, String office, LocalDate from, LocalDate to) {
        boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /** What a person was on a day: the country, and the sector (null before any known role). */
    public record Standing(String person, String country, Sector sector, String office) {
    }

    /** Titles that, before a surname, name the holder of an office with that word ({@link #findByTitle}). */
    static final List<String> TITLES = List.of("prime minister", "president", "premier", "chancellor", "king", "queen",
            "emir", "sultan", "taoiseach");

    private final PhraseTable<String> names = new PhraseTable<>();
    /** Each person's roles, earliest first. */
    private final Map<String, List<Role>> byPerson = new HashMap<>();
    /** The roles of the people whose canonical name ends with a surname, by {@link #surname} key. */
    private final Map<String, List<Role>> bySurname = new HashMap<>();

    private OfficeHolders(List<String[]> rows) {
        for (String[] row : rows) {
            List<String> forms = TsvResource.forms(row[5]);
            String person = forms.get(0);
            Role role = new Role(person, row[0].equals("-") ? null : row[0], Sector.valueOf(row[1]), row[2],
                    LocalDate.parse(row[3]), row[4].equals("-") ? null : LocalDate.parse(row[4]));
            byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(role);
            bySurname.computeIfAbsent(surname(lastWord(person)), k -> new ArrayList<>()).add(role);
            forms.forEach(f -> names.put(f, person));
        }
        byPerson.values().forEach(own -> own.sort(Comparator.comparing(Role::from)));
    }

    public static OfficeHolders get() {
        return INSTANCE;
    }

    /** A table that knows nobody: for measuring what the general coding rules do alone. */
    public static OfficeHolders none() {
        return NONE;
    }

    /**
     * The known person named in {@code tokens} (longest name), if any. A name followed by a capitalised word is the
     * first part of another name ("Rajai Davis" is not the prime minister Rajai, "Putin Street" not the president).
     */
    Optional<PhraseTable.Match<String>> find(List<PhraseTable.Token> tokens) {
        return names.find(tokens).stream()
                .filter(m -> m.last() + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(m.last() + 1).text().charAt(0)))
                .max(Comparator.comparingInt(m -> m.last() - m.first()));
    }

    /**
     * The person a title and a surname name ("President Mugabe", "Prime Minister Koirala"): among the holders of an
     * office containing the title whose canonical name ends with the surname (an Arabic article aside), the only one, or the only one who
     * held it on {@code day}; empty when none or several remain. The title is one of {@link #TITLES}.
     */
    Optional<PhraseTable.Match<String>> findByTitle(List<PhraseTable.Token> tokens, LocalDate day) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String title : TITLES) {
                String[] words = title.split(" ");
                int after = i + words.length;
                if (after >= tokens.size() || !titleAt(tokens, i, words)) {
                    continue;
                }
                List<Role> holders = bySurname.getOrDefault(surname(tokens.get(after).text()), List.of()).stream()
                        .filter(r -> r.office().toLowerCase(Locale.ROOT).contains(title)).toList();
                List<String> people = holders.stream().map(Role::person).distinct().toList();
                if (people.size() > 1 && day != null) {
                    people = holders.stream().filter(r -> r.heldOn(day)).map(Role::person).distinct().toList();
                }
                if (people.size() == 1) {
                    return Optional.of(new PhraseTable.Match<>(people.get(0), i, after));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean titleAt(List<PhraseTable.Token> tokens, int at, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!PhraseTable.key(tokens.get(at + k).text()).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** A surname's key without an Arabic article: "al-Assad", "el-Sisi" and "Assad" are one surname. */
    private static String surname(String word) {
        return PhraseTable.key(word).replaceFirst("^(al|el|ad|as|ash|at|az)-(?=.)", "");
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** What {@code person} (canonical name) was on {@code day} (null when unknown). */
    public Optional<Standing> standing(String person, LocalDate day) {
        List<Role> own = byPerson.getOrDefault(person, List.of());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(new Standing(person, own.get(own.size() - 1).country(), null, null));
        }
        for (Role r : own) {
            if (r.heldOn(day)) {
                return Optional.of(new Standing(person, r.country(), r.sector(), r.office()));
            }
        }
        Role latestEnded = null;
        for (Role r : own) {
            if (r.to() != null && !day.isBefore(r.to())) {
                latestEnded = r;
            }
        }
        if (latestEnded != null) {
            return Optional.of(new Standing(person, latestEnded.country(), Sector.ELI, "former " + latestEnded.office()));
        }
        return Optional.of(new Standing(person, own.get(0).country(), null, null));
    }
}
