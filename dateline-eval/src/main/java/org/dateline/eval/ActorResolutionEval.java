package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.facts.ActorCoder;
import org.dateline.facts.ActorCoder.ActorCode;
import org.dateline.facts.OfficeHolders;
import org.dateline.facts.Organisations;
import org.dateline.model.Sector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores {@link ActorCoder} on {@code polecat_ngec/ngec_actor_resolution_cases.derived.jsonl}: every enabled
 * {@code agent_to_code} or {@code short_text_to_agent} check of {@code country} or {@code code_1} (the
 * sector) with literal arguments. Arguments are the actor's words, then optionally a context and a date;
 * a date of "today" or none is {@link #REFERENCE_DATE}.
 *
 * <p>Codes are compared after mapping NGEC's to Dateline's: an empty country or sector, UNK ("unknown")
 * and JNK ("junk") mean no code; NGEC's MED (medical) is our HLH, JRN (journalists) our MED, SOC (social
 * organisations) our NGO, PRM (paramilitaries) our REB, BUD (Buddhists) our REL. A sector check whose
 * expected code is not a code ("????") is dropped. NGEC fills the country of an international organisation
 * with its CAMEO group code (UNO, EUR, IGO); Dateline's contract leaves that country null with sector IGO,
 * so a prediction is compared in CAMEO's form ({@link Organisations#cameoCountry}).
 */
public final class ActorResolutionEval {
    /** "Today" for the cases: the middle of 2022, the year of the latest dates the cases give. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2022, 6, 1);
    /** NGEC's sector codes that are another {@link Sector} of ours; any other code is compared as written. */
    private static final Map<String, Sector> SECTOR_MAP = Map.of("MED", Sector.HLH, "JRN", Sector.MED,
            "SOC", Sector.NGO, "PRM", Sector.REB, "BUD", Sector.REL);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("d MMMM uuuu"), formatter("MMMM d, uuuu"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Organisations ORGANISATIONS = Organisations.get();

    private final ActorCoder coder;

    /** Scores the coder as the product runs it, office-holder table included. */
    public ActorResolutionEval() {
        this(new ActorCoder());
    }

    /**
     * Scores {@code coder}. The office-holder table was partly written after reading these cases, so the
     * honest figure for people outside it comes from a coder built with {@link OfficeHolders#none()}.
     */
    public ActorResolutionEval(ActorCoder coder) {
        this.coder = coder;
    }

    /** Reads and scores the cases file. */
    public ActorResolutionResult run(Path casesFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(casesFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + casesFile, e);
        }
        List<ActorResolutionCase> cases = new ArrayList<>();
        int dropped = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            dropped += read(line, cases);
        }
        return score(cases, dropped);
    }

    /** Scores parsed cases. */
    public ActorResolutionResult score(List<ActorResolutionCase> cases, int dropped) {
        int countryChecks = 0;
        int countryCorrect = 0;
        int sectorChecks = 0;
        int sectorCorrect = 0;
        List<String> misses = new ArrayList<>();
        for (ActorResolutionCase c : cases) {
            ActorCode code = coder.code(c.text(), c.context(), c.date());
            String predicted = c.field().equals("country")
                    ? ORGANISATIONS.cameoCountry(c.text(), code.country(), code.sector())
                    : code.sector() == null ? null : code.sector().name();
            boolean ok = c.passes(predicted);
            if (c.field().equals("country")) {
                countryChecks++;
                countryCorrect += ok ? 1 : 0;
            } else {
                sectorChecks++;
                sectorCorrect += ok ? 1 : 0;
            }
            if (!ok) {
                misses.add(c.field() + " '" + c.text() + "' expected " + (c.negated() ? "not " : "") + c.expected()
                        + " got " + predicted);
            }
        }
        return new ActorResolutionResult(countryChecks, countryCorrect, sectorChecks, sectorCorrect, dropped, misses);
    }

    /** Adds the scorable checks of one test line to {@code out}; returns how many were dropped. */
    private static int read(String line, List<ActorResolutionCase> out) {
        JsonNode test;
        try {
            test = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad case line '" + line + "'", e);
        }
        int dropped = 0;
        for (JsonNode check : test.path("checks")) {
            ActorResolutionCase c = test.path("enabled").asBoolean(true) ? toCase(test.path("test").asText(), check)
                    : null;
            if (c == null) {
                dropped++;
            } else {
                out.add(c);
            }
        }
        return dropped;
    }

    private static ActorResolutionCase toCase(String test, JsonNode check) {
        String call = check.path("call").asText();
        String field = check.path("field").asText();
        String op = check.path("op").asText();
        JsonNode args = check.path("args");
        boolean literal = args.size() >= 1;
        for (JsonNode a : args) {
            literal &= a.isTextual();
        }
        if (!literal || !(call.equals("agent_to_code") || call.equals("short_text_to_agent"))
                || !(field.equals("country") || field.equals("code_1"))) {
            return null;
        }
        String context = args.size() > 1 && !args.get(1).asText().isBlank() ? args.get(1).asText() : null;
        LocalDate date = args.size() > 2 ? date(args.get(2).asText()) : REFERENCE_DATE;
        boolean sector = field.equals("code_1");
        List<String> expected = new ArrayList<>();
        JsonNode e = check.path("expected");
        for (JsonNode v : e.isArray() ? e : List.of(e)) {
            String code = v.isNull() ? "" : v.asText();
            if (sector && !code.isEmpty() && !code.matches("[A-Z]{3}")) {
                return null;
            }
            expected.add(normalise(code, sector));
        }
        boolean negated = switch (op) {
            case "Eq", "In" -> false;
            case "NotEq" -> true;
            default -> throw new IllegalArgumentException("unknown check op '" + op + "' in " + check);
        };
        return new ActorResolutionCase(test, args.get(0).asText().strip(), context, date,
                sector ? "sector" : "country", expected, negated);
    }

    private static String normalise(String code, boolean sector) {
        if (code.isEmpty() || code.equals("UNK") || code.equals("JNK")) {
            return null;
        }
        return sector && SECTOR_MAP.containsKey(code) ? SECTOR_MAP.get(code).name() : code;
    }

    /** A case's date: ISO, "10 May 2015", "October 1, 2021", or "today" / empty for the reference date. */
    static LocalDate date(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("today")) {
            return REFERENCE_DATE;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        throw new IllegalArgumentException("unreadable case date '" + text + "'");
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
