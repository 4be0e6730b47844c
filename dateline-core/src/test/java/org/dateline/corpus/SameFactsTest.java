package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SameFactsTest {
    private static Article article(String id, String published) {
        return new Article(id, id + ".txt", "Outlet " + id, null, published, "metadata", null, List.of(), "en", "",
                null, null, List.of());
    }

    private static Quote quote(String id, String article, String speaker, String text) {
        return new Quote(id, article, new Speaker(speaker, speaker, speaker), QuoteKind.DIRECT, "said", text, 0,
                text.length(), null, null);
    }

    private static Event event(String id, String article, EventType type, String source, String target, String date) {
        return new Event(id, article, new Party(source, source), new Party(target, target), type, null, null, date,
                null, null, "", 0, 0, 0.5);
    }

    @Test
    void theOldestReportStandsForAFactAndOtherFactsStandAlone() {
        List<Article> articles = List.of(article("late", "2021-04-02"), article("early", "2021-04-01"));
        List<Quote> quotes = List.of(
                quote("q-late", "late", "varnek", "The ceasefire must hold along the whole river border."),
                quote("q-early", "early", "varnek", "The ceasefire must hold along the river border."),
                quote("q-other", "late", "varnek", "Fishing boats may leave the harbour again on Monday."),
                quote("q-brell", "late", "brell", "The ceasefire must hold along the whole river border."));
        List<Event> events = List.of(
                event("e-late", "late", EventType.CONSULT, "varnek", "brell", "2021-03-31"),
                event("e-early", "early", EventType.CONSULT, "varnek", "brell", "2021-03-31"),
                event("e-other-day", "late", EventType.CONSULT, "varnek", "brell", "2021-03-30"),
                event("e-undated-1", "early", EventType.ASSAULT, "rebels", "villagers", null),
                event("e-undated-2", "late", EventType.ASSAULT, "rebels", "villagers", null),
                event("e-year-1", "early", EventType.AGREE, "varnek", "brell", "2021"),
                event("e-year-2", "late", EventType.AGREE, "varnek", "brell", "2021"));

        Map<String, String> factOf = SameFacts.factOf(articles, quotes, events);

        assertThat(factOf).containsEntry("q-late", "q-early").containsEntry("q-early", "q-early")
                .containsEntry("q-other", "q-other").containsEntry("q-brell", "q-brell")
                .containsEntry("e-late", "e-early").containsEntry("e-early", "e-early")
                .containsEntry("e-other-day", "e-other-day");
        assertThat(factOf.get("e-undated-2")).as("undated events cannot be told apart").isEqualTo("e-undated-2");
        assertThat(factOf.get("e-year-2")).as("nor events dated only by a year").isEqualTo("e-year-2");
    }

    @Test
    void quotesAreOneStatementFromHalfTheirContentWordsSharedWithAnyQuoteOfAStatement() {
        List<Article> articles = List.of(article("a1", "2021-04-01"), article("a2", "2021-04-02"),
                article("a3", "2021-04-03"), article("a4", "2021-04-04"));
        List<Quote> quotes = List.of(
                quote("two", "a1", "varnek", "Zorvik kalnar."),
                // shares 2 of 4 words with "two": exactly half, the smallest overlap that counts
                quote("four", "a2", "varnek", "Zorvik kalnar tessup moravo."),
                quote("apart", "a2", "varnek", "Zorvik plenta quosh."),
                // one word of three shared with "apart": a third, so alone (the sizes alone tell)
                quote("one", "a3", "varnek", "Plenta."),
                // a quarter with "two", three quarters with "four": the statement "two" stands for
                quote("via-four", "a3", "varnek", "Kalnar tessup moravo."),
                quote("digits", "a3", "varnek", "1989, 2021."),
                quote("more-digits", "a4", "varnek", "42!"),
                quote("other-speaker", "a4", "brell", "Zorvik kalnar."));

        Map<String, String> factOf = SameFacts.factOf(articles, quotes, List.of());

        assertThat(factOf).containsEntry("two", "two").containsEntry("four", "two").containsEntry("apart", "apart")
                .containsEntry("one", "one").containsEntry("via-four", "two")
                .containsEntry("other-speaker", "other-speaker");
        assertThat(factOf.get("more-digits")).as("quotes without content words are alike").isEqualTo("digits");
    }

    @Test
    void comparingOnlyQuotesThatShareARareWordGroupsAsComparingEveryPair() {
        String[] vocabulary = {"zorvik", "kalnar", "tessup", "moravo", "plenta", "quosh", "brindel", "saffo", "ulmek",
                "varo", "dentil", "oskap"};
        String[] speakers = {"varnek", "brell", "ostra", null};
        List<Article> articles = List.of(article("a1", "2021-04-01"), article("a2", "2021-04-02"));
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<Quote> quotes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                StringBuilder text = new StringBuilder();
                // few words from a small vocabulary: many quotes overlap by about half
                for (int w = random.nextInt(7); w > 0; w--) {
                    text.append(vocabulary[random.nextInt(random.nextBoolean() ? 4 : vocabulary.length)]).append(' ');
                }
                String speaker = speakers[random.nextInt(speakers.length)];
                Quote q = quote("q" + i, i % 2 == 0 ? "a1" : "a2", speaker, text.toString().trim());
                quotes.add(speaker == null ? q.withSpeaker(null) : q);
            }

            Map<String, String> factOf = SameFacts.factOf(articles, quotes, List.of());

            assertThat(factOf).as("seed %d", seed).isEqualTo(everyPair(quotes));
        }
    }

    /** The statements found by comparing each quote with every quote of its speaker's earlier statements. */
    private static Map<String, String> everyPair(List<Quote> quotes) {
        List<Quote> sorted = quotes.stream().sorted(Comparator.comparing((Quote q) -> q.article())
                .thenComparingInt(Quote::start)).toList();
        List<List<Quote>> groups = new ArrayList<>();
        Map<String, String> factOf = new HashMap<>();
        for (Quote q : sorted) {
            List<Quote> home = groups.stream()
                    .filter(g -> Objects.equals(g.get(0).speaker(), q.speaker()))
                    .filter(g -> g.stream().anyMatch(other -> overlap(words(other), words(q)) >= SameFacts.SAME_QUOTE))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(q);
            factOf.put(q.id(), home.get(0).id());
        }
        return factOf;
    }

    private static Set<String> words(Quote q) {
        return Terms.words(q.text()).stream().filter(Terms::content).collect(Collectors.toSet());
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 1 : a.stream().filter(b::contains).count() / (double) union.size();
    }
}
