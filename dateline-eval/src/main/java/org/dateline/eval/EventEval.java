package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.facts.ActorResolver;
import org.dateline.facts.ArticleActors;
import org.dateline.facts.EventExtractor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * {@code dateline eval events}: event coding on single gold sentences of {@code shared/benchmarks/event-coding}.
 * Each sentence is annotated alone (reference date 2000-01-01, no dateline), its actors resolved with
 * {@link ActorResolver} and its events found with {@link EventExtractor}; the sentence's {@link Headline} event is
 * the prediction.
 *
 * <ul>
 *   <li>{@link #plover}: {@code plover/PLOVER_GSR_CAMEO.json}, old labels mapped as its SOURCE.md says
 *       (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT); no event counts as wrong. A
 *       party's code is {@code IGO} when its sector is IGO (as the gold codes them), else its {@link Party#country()},
 *       else {@code NGO} for a non-governmental organisation;
 *       source and target code sets (of all events of the predicted type) are scored by micro F1 against the gold
 *       codes. Both sides of a {@linkplain Event#reciprocal() reciprocal} event count as sources, as PLOVER codes
 *       "A and B agreed".</li>
 *   <li>{@link #pentaclass}: {@code conflibert/cameo_pentaclass_test.tsv}; the event's CAMEO root gives the
 *       class (0: 01–02, 1: 03–05, 2: 06–08, 3: 09–13 and 16, 4: 14–15 and 17–20), its PLOVER type where it
 *       has no CAMEO code; a sentence with no event gets the class of a {@link PentaclassFallback} trained on
 *       the train split only, or without one class 0 (a statement).</li>
 * </ul>
 */
public final class EventEval {
    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);
    private static final Map<String, EventType> OLD_LABELS = Map.of("DEMAND", EventType.REQUEST, "DISAPPROVE",
            EventType.ACCUSE, "INVESTIGATE", EventType.ACCUSE, "FIGHT", EventType.ASSAULT);
    private static final Map<EventType, Integer> TYPE_CLASS = Map.ofEntries(Map.entry(EventType.AGREE, 1),
            Map.entry(EventType.CONSULT, 1), Map.entry(EventType.SUPPORT, 1), Map.entry(EventType.COOPERATE, 2),
            Map.entry(EventType.AID, 2), Map.entry(EventType.RETREAT, 2), Map.entry(EventType.CONCEDE, 2),
            Map.entry(EventType.REQUEST, 3), Map.entry(EventType.ACCUSE, 3), Map.entry(EventType.REJECT, 3),
            Map.entry(EventType.THREATEN, 3), Map.entry(EventType.SANCTION, 3), Map.entry(EventType.PROTEST, 4),
            Map.entry(EventType.MOBILIZE, 4), Map.entry(EventType.COERCE, 4), Map.entry(EventType.ASSAULT, 4));
    private static final String NONE = "NONE";

    private final BiFunction<String, LocalDate, Annotation> annotator;
    private final ActorResolver resolver = new ActorResolver();
    private final EventExtractor extractor;

    public EventEval(BiFunction<String, LocalDate, Annotation> annotator, EventExtractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    /** The evaluation of the product as {@code analyze} runs it. */
    public static EventEval forProduct() {
        return new EventEval(Annotator.forPreset(Preset.FACTS)::annotate, new EventExtractor());
    }

    /**
     * Scores the PLOVER gold sentences of {@code goldJson}; when {@code predictions} is not null, writes one JSON
     * line per sentence there (id, text, gold and predicted type, source and target country sets).
     */
    public PloverEvalResult plover(Path goldJson, Path predictions) {
        JsonNode records;
        try {
            records = new ObjectMapper().readTree(goldJson.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER gold file " + goldJson, e);
        }
        LabelScore types = new LabelScore();
        int[] source = new int[3];
        int[] target = new int[3];
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode r : records) {
            if (!r.hasNonNull("text") || !r.hasNonNull("event")) {
                continue;
            }
            String gold = r.get("event").asText();
            gold = OLD_LABELS.containsKey(gold) ? OLD_LABELS.get(gold).name() : gold;
            Coded coded = code(r.get("id").asText(), r.get("text").asText());
            Optional<Event> best = coded.best();
            String predicted = best.map(e -> e.event().name()).orElse(NONE);
            types.add(gold, predicted);
            List<Event> sameType = coded.events().stream().filter(e -> e.event().name().equals(predicted)).toList();
            Set<String> goldSource = codes(r.get("source"));
            Set<String> goldTarget = codes(r.get("target"));
            Set<String> predictedSource = countries(sameType.stream()
                    .flatMap(e -> e.reciprocal() ? Stream.of(e.source(), e.target()) : Stream.of(e.source())).toList());
            Set<String> predictedTarget = countries(sameType.stream().filter(e -> !e.reciprocal())
                    .map(Event::target).toList());
            count(goldSource, predictedSource, source);
            count(goldTarget, predictedTarget, target);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", r.get("id").asText());
            line.put("text", r.get("text").asText());
            line.put("gold", gold);
            line.put("predicted", predicted);
            line.put("gold_source", new TreeSet<>(goldSource));
            line.put("predicted_source", new TreeSet<>(predictedSource));
            line.put("gold_target", new TreeSet<>(goldTarget));
            line.put("predicted_target", new TreeSet<>(predictedTarget));
            line.put("events", sameType.stream()
                    .map(e -> names(e.source()) + " -> " + names(e.target()) + " [" + e.text() + "]").toList());
            lines.add(line);
        }
        if (predictions != null) {
            PredictionFile.write(predictions, lines.stream());
        }
        return new PloverEvalResult(types.size(), types.accuracy(), types.macroF1(), f1(source), f1(target));
    }

    /**
     * Scores the pentaclass sentences of {@code tsv} ({@code sentence<TAB>label} per line). A sentence with no
     * event gets {@code fallback}'s class, or class 0 (a statement) when {@code fallback} is null.
     */
    public PentaclassEvalResult pentaclass(Path tsv, PentaclassFallback fallback) {
        LabelScore classes = new LabelScore();
        int coded = 0;
        int n = 0;
        for (String[] row : PentaclassFallback.read(tsv)) {
            Optional<Event> best = code("penta-" + n++, row[0]).best();
            coded += best.isPresent() ? 1 : 0;
            int predicted = best.map(EventEval::pentaclass)
                    .orElseGet(() -> fallback == null ? 0 : fallback.classify(row[0]));
            classes.add(row[1], String.valueOf(predicted));
        }
        return new PentaclassEvalResult(classes.size(), coded, fallback != null, classes.accuracy(),
                classes.macroF1());
    }

    /** The five-class group of an event: from its CAMEO root, else from its PLOVER type. */
    static int pentaclass(Event e) {
        if (e.cameo() != null && e.cameo().length() >= 2) {
            int root = Integer.parseInt(e.cameo().substring(0, 2));
            if (root <= 2) {
                return 0;
            }
            if (root <= 5) {
                return 1;
            }
            if (root <= 8) {
                return 2;
            }
            return root <= 13 || root == 16 ? 3 : 4;
        }
        return TYPE_CLASS.getOrDefault(e.event(), 0);
    }

    private Coded code(String id, String text) {
        Article article = new Article(id, id, null, null, REFERENCE.toString(), "metadata", null, List.of(), "en",
                text, null, null, List.of());
        Annotation annotation = annotator.apply(text, REFERENCE);
        ArticleActors actors = resolver.resolve(article, annotation);
        return new Coded(actors, extractor.extract(article, annotation, actors, List.of(), List.of()));
    }

    /** The gold-style codes of {@code parties}: IGO for an international organisation, else the country. */
    private static Set<String> countries(List<Party> parties) {
        Set<String> out = new HashSet<>();
        for (Party p : parties) {
            if (p != null && p.sector() == Sector.IGO) {
                out.add(Sector.IGO.name());
            } else if (p != null && p.country() != null) {
                out.add(p.country());
            } else if (p != null && p.sector() == Sector.NGO) {
                out.add(Sector.NGO.name());
            }
        }
        return out;
    }

    private static String names(Party p) {
        return p == null ? "-" : p.name();
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new HashSet<>();
        if (actors != null) {
            for (JsonNode a : actors) {
                if (a.hasNonNull("code") && !a.get("code").asText().isBlank()) {
                    out.add(a.get("code").asText());
                }
            }
        }
        return out;
    }

    /** Adds true positives, false positives and false negatives of one sentence to {@code counts}. */
    private static void count(Set<String> gold, Set<String> predicted, int[] counts) {
        for (String p : predicted) {
            counts[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            counts[2] += predicted.contains(g) ? 0 : 1;
        }
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    /** One sentence's actors and events. */
    private record Coded(ArticleActors actors, List<Event> events) {
        Optional<Event> best() {
            return Headline.of(events);
        }
    }
}
