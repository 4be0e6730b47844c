package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.facts.Organisations;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.IsoDay;
import org.dateline.model.Party;
import org.dateline.model.Sector;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the events of an output folder ({@code events.jsonl}, {@code actors.jsonl}, {@code articles.jsonl},
 * read back with Jackson) as a GDELT 2.0 event table: tab-separated, the 61 GDELT 2.0 columns in GDELT's
 * order, a header line first.
 *
 * <p>One row per distinct event: events with the same source, target, CAMEO code and day, from any number
 * of articles, are one row whose NumMentions counts the records, NumSources the outlets and NumArticles the
 * articles; the row's other fields come from the first record. Events without a CAMEO code have no GDELT
 * row and are counted as skipped.
 *
 * <p>Filled columns: GLOBALEVENTID (1, 2, ... in order of first appearance), SQLDATE, MonthYear, Year,
 * FractionDate (from the event's date when it is a full day, else the article's publication day),
 * Actor1/2Code (country then sector, "RUSGOV"), Actor1/2Name (upper case, as GDELT writes names),
 * Actor1/2CountryCode (ISO 3166 alpha-3), Actor1/2KnownGroupCode (an international organisation has no
 * country in {@code actors.jsonl}; here it gets CAMEO's group code, UNO for the United Nations system, EUR
 * for the European Union, else IGO, which also heads its Actor1/2Code: "UNO", "UNOHLH"; its country code
 * stays empty), Actor1/2Type1Code (the sector), IsRootEvent (1 when the
 * evidence lies in the article's first paragraph), EventCode, EventBaseCode, EventRootCode, QuadClass (from
 * the CAMEO root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
 * material conflict), NumMentions, NumSources, NumArticles, ActionGeo_FullName (the event's place),
 * DATEADDED (the time given to {@link #export}) and SOURCEURL (the first article's source). Empty:
 * ethnic and religion codes, Type2/3, GoldsteinScale (Dateline has no Goldstein table of its own), AvgTone,
 * and every geographic column but ActionGeo_FullName (Dateline has no gazetteer with coordinates or FIPS codes).
 */
public final class GdeltExporter {
    /** The GDELT 2.0 event table's columns, in order. */
    public static final List<String> COLUMNS = columns();
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Organisations ORGANISATIONS = Organisations.get();

    /** How many rows were written, from how many events, and how many events had no CAMEO code. */
    public record Summary(int rows, int events, int skipped) {
    }

    /** Writes the table of the output folder {@code dir} to {@code out} (UTF-8). */
    public Summary export(Path dir, Path out, LocalDateTime added) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return export(dir, w, added);
        }
    }

    /** Writes the table of the output folder {@code dir} to {@code out}; the caller closes it. */
    public Summary export(Path dir, Writer out, LocalDateTime added) throws IOException {
        return export(dir, e -> true, out, added);
    }

    /**
     * Writes the table of the events of the output folder {@code dir} that {@code keep} accepts (a query's, say) to
     * {@code out}; the caller closes it. Rows are grouped as for the whole folder, among the kept events only.
     */
    public Summary export(Path dir, Predicate<Event> keep, Writer out, LocalDateTime added) throws IOException {
        List<Event> events = ContractFiles.events(dir).stream().filter(keep).toList();
        Map<String, Actor> actors = new HashMap<>();
        for (Actor a : ContractFiles.read(dir.resolve(JsonlExporter.ACTORS), Actor.class)) {
            actors.putIfAbsent(a.id(), a);
        }
        Map<String, JsonNode> articles = new HashMap<>();
        for (JsonNode a : ContractFiles.read(dir.resolve(JsonlExporter.ARTICLES), JsonNode.class)) {
            articles.putIfAbsent(a.path("id").asText(), a);
        }
        Map<List<String>, List<Event>> groups = new LinkedHashMap<>();
        int skipped = 0;
        for (Event e : events) {
            if (e.cameo() == null || e.cameo().isBlank()) {
                skipped++;
                continue;
            }
            LocalDate day = day(e, articles.get(e.article()));
            List<String> key = Arrays.asList(partyKey(e.source()), partyKey(e.target()), e.cameo(),
                    day == null ? null : day.toString());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        out.write(String.join("\t", COLUMNS));
        out.write('\n');
        long id = 1;
        for (List<Event> group : groups.values()) {
            out.write(row(id++, group, actors, articles, added));
            out.write('\n');
        }
        return new Summary(groups.size(), events.size(), skipped);
    }

    private String row(long id, List<Event> group, Map<String, Actor> actors, Map<String, JsonNode> articles,
                       LocalDateTime added) {
        Event e = group.get(0);
        JsonNode article = articles.get(e.article());
        Map<String, String> r = new HashMap<>();
        r.put("GLOBALEVENTID", Long.toString(id));
        LocalDate day = day(e, article);
        if (day != null) {
            r.put("SQLDATE", day.format(SQLDATE));
            r.put("MonthYear", day.format(DateTimeFormatter.ofPattern("uuuuMM")));
            r.put("Year", Integer.toString(day.getYear()));
            r.put("FractionDate", String.format(Locale.ROOT, "%.4f",
                    day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
        }
        actor(r, "Actor1", e.source(), actors);
        actor(r, "Actor2", e.target(), actors);
        r.put("IsRootEvent", article != null && inFirstParagraph(article.path("text").asText(""), e.start()) ? "1" : "0");
        String cameo = e.cameo();
        r.put("EventCode", cameo);
        r.put("EventBaseCode", cameo.substring(0, Math.min(3, cameo.length())));
        String root = cameo.substring(0, Math.min(2, cameo.length()));
        r.put("EventRootCode", root);
        r.put("QuadClass", quadClass(root));
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> articleIds = new LinkedHashSet<>();
        for (Event g : group) {
            articleIds.add(g.article());
            JsonNode a = articles.get(g.article());
            String outlet = a == null ? null : text(a, "outlet");
            outlets.add(outlet != null ? outlet : text(a, "source") != null ? text(a, "source") : g.article());
        }
        r.put("NumMentions", Integer.toString(group.size()));
        r.put("NumSources", Integer.toString(outlets.size()));
        r.put("NumArticles", Integer.toString(articleIds.size()));
        r.put("ActionGeo_FullName", e.place());
        r.put("DATEADDED", added.format(DATEADDED));
        r.put("SOURCEURL", article == null ? null : text(article, "source"));
        List<String> cells = new ArrayList<>();
        for (String c : COLUMNS) {
            cells.add(clean(r.get(c)));
        }
        return String.join("\t", cells);
    }

    private static void actor(Map<String, String> r, String prefix, Party party, Map<String, Actor> actors) {
        if (party == null) {
            return;
        }
        Actor a = party.actor() == null ? null : actors.get(party.actor());
        String name = a != null ? a.name() : party.name();
        r.put(prefix + "Name", name == null ? null : name.toUpperCase(Locale.ROOT));
        String country = party.country() != null || a == null ? party.country() : a.country();
        Sector sector = party.sector() != null || a == null ? party.sector() : a.sector();
        if (country == null && sector == null) {
            return;
        }
        String group = country == null ? ORGANISATIONS.cameoCountry(name, null, sector) : null;
        if (group != null) {
            r.put(prefix + "Code", group + (sector == null || sector == Sector.IGO ? "" : sector.name()));
            r.put(prefix + "KnownGroupCode", group);
        } else {
            r.put(prefix + "Code", (country == null ? "" : country) + (sector == null ? "" : sector.name()));
            r.put(prefix + "CountryCode", country);
        }
        r.put(prefix + "Type1Code", sector == null ? null : sector.name());
    }

    /** GDELT's QuadClass of a two-digit CAMEO root, or null for one outside 01–20. */
    static String quadClass(String root) {
        int n;
        try {
            n = Integer.parseInt(root);
        } catch (NumberFormatException e) {
            return null;
        }
        if (n >= 1 && n <= 5) {
            return "1";
        } else if (n <= 8 && n >= 6) {
            return "2";
        } else if (n >= 9 && n <= 13) {
            return "3";
        } else if (n >= 14 && n <= 20) {
            return "4";
        }
        return null;
    }

    /** The event's day when its date is a full day, else the article's publication day. */
    private static LocalDate day(Event e, JsonNode article) {
        LocalDate d = IsoDay.of(e.date());
        if (d == null && article != null) {
            d = IsoDay.of(text(article, "published"));
        }
        return d;
    }

    private static boolean inFirstParagraph(String text, int offset) {
        int paragraphEnd = text.indexOf("\n\n");
        return paragraphEnd < 0 || offset < paragraphEnd;
    }

    private static String partyKey(Party p) {
        return p == null ? "" : Objects.requireNonNullElse(p.actor(), "name:" + p.name());
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    /** A cell: empty for null, tabs and line breaks as spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(actor + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(geo + "_" + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }
}
