package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two invented outlets report one invented event, the entry of Valdorian troops into the town of Kessel. */
class FramingTest {
    private static final String HERALD = "Northern Herald";
    private static final String COURIER = "Southern Courier";
    private static final String HERALD_TEXT = "The occupation of Kessel began at dawn when Valdorian troops entered "
            + "the town. Residents called the occupation an act of aggression. The mayor of Kessel said the "
            + "aggression had cut the town off, and that the occupation must end. Valdorian troops now hold the "
            + "bridge. Observers fear the occupation and the aggression will spread beyond Kessel.";
    private static final String HERALD_TEXT_2 = "A day into the occupation, Kessel is quiet. Valdorian troops patrol "
            + "the town, and the council condemned the aggression. Shops closed in protest against the occupation; "
            + "the aggression, a teacher said, is visible on every street of the town.";
    private static final String COURIER_TEXT = "The liberation of Kessel began at dawn when Valdorian troops entered "
            + "the town in a counter-terrorist operation. Officials said the counter-terrorist operation freed "
            + "Kessel from armed gangs, and the liberation was welcomed. Valdorian troops now hold the bridge. "
            + "The counter-terrorist operation and the liberation of the town will be completed soon, the "
            + "command said.";
    private static final String COURIER_TEXT_2 = "A day after the liberation, Kessel is quiet. Valdorian troops guard "
            + "the town, and the counter-terrorist operation is in its last phase. Residents thanked the soldiers "
            + "for the liberation; the counter-terrorist operation, an officer said, will leave the town safer.";
    private static final String HERALD_TEXT_3 = "Occupation, aggression, occupation: the words return in every "
            + "interview in Kessel. The occupation has divided families, the aggression has emptied the market, and "
            + "the occupation of the school by Valdorian troops is, parents said, aggression against children. "
            + "Aggression is what the town calls it; occupation is what the town lives under.";
    private static final String COURIER_TEXT_3 = "Liberation, the officers repeat, is the goal of the counter-terrorist "
            + "operation in Kessel. The liberation of the school and the liberation of the market came first; the "
            + "counter-terrorist operation will end once the town is safe, and Valdorian troops call the "
            + "liberation a success. The counter-terrorist operation, they said, is a liberation for the town.";
    private static final String UNRELATED = "Heavy rain flooded the valley and farmers lost their harvest. The river "
            + "rose overnight and the regional government promised help to every village along its banks.";

    private static Article article(String id, String outlet, String day, String text, String duplicateOf) {
        return new Article(id, "src/" + id, outlet, "Kessel", day, "metadata", null, List.of(), "en", text, duplicateOf,
                "s1", List.of());
    }

    private static List<Article> corpus() {
        return List.of(article("h1", HERALD, "2031-05-01", HERALD_TEXT, null),
                article("h2", HERALD, "2031-05-03", HERALD_TEXT_2, null),
                article("h3", HERALD, "2031-05-04", HERALD_TEXT_3, null),
                article("c1", COURIER, "2031-05-02", COURIER_TEXT, null),
                article("c2", COURIER, "2031-05-03", COURIER_TEXT_2, null),
                article("c3", COURIER, "2031-05-04", COURIER_TEXT_3, null),
                new Article("f1", "src/f1", "Valley News", "Flood", "2031-04-01", "metadata", null, List.of(), "en",
                        UNRELATED, null, "s2", List.of()));
    }

    private static List<String> terms(Framing.Table table, String group) {
        return table.top().get(group).stream().map(Framing.Term::term).toList();
    }

    @Test
    void eachOutletsOwnWordsForTheSameEventAreDistinctiveAndTheSharedWordsAreNot() {
        Framing.Table table = new Framing().terms(Framing.Selection.story("s1", corpus()), corpus());

        assertThat(table.selection()).isEqualTo("story s1");
        assertThat(table.groups()).extracting(Framing.Group::name).containsExactly(HERALD, COURIER);
        assertThat(terms(table, HERALD)).contains("occupation", "aggression").doesNotContain("liberation");
        assertThat(terms(table, COURIER)).contains("liberation", "counter-terrorist operation", "counter-terrorist")
                .doesNotContain("occupation");
        for (String shared : List.of("kessel", "valdorian troops", "town", "bridge")) {
            assertThat(terms(table, HERALD)).doesNotContain(shared);
            assertThat(terms(table, COURIER)).doesNotContain(shared);
        }
        Framing.Term occupation = table.top().get(HERALD).stream().filter(t -> t.term().equals("occupation"))
                .findFirst().orElseThrow();
        assertThat(occupation.z()).isGreaterThan(1.96);
        assertThat(occupation.delta()).isPositive();
        assertThat(occupation.groupCount()).isEqualTo(11);
        assertThat(occupation.otherCount()).isZero();
        assertThat(table.top().get(COURIER)).allSatisfy(t -> assertThat(t.group()).isEqualTo(COURIER))
                .isSortedAccordingTo((a, b) -> Double.compare(b.z(), a.z()));
    }

    @Test
    void theScoreFollowsTheFormulaWithTheCorpusAsPrior() {
        List<Article> corpus = List.of(article("a", "A", null, "alpha beta", null),
                article("b", "B", null, "gamma", null));
        Framing framing = new Framing(Map.of(), 10, Double.NEGATIVE_INFINITY, 6);
        Framing.Table table = framing.terms(Framing.Selection.all(corpus), corpus);
        // Terms per article: title "kessel" plus the text's unigrams and bigrams: A has kessel, alpha, beta,
        // "alpha beta" (4); B has kessel, gamma (2). Corpus total 6, so a_w = 6 * c_w / 6 = c_w.
        Framing.Term alpha = table.top().get("A").stream().filter(t -> t.term().equals("alpha")).findFirst().orElseThrow();
        double a = 1;
        double delta = Math.log((1 + a) / (4 + 6 - 1 - a)) - Math.log((0 + a) / (2 + 6 - 0 - a));
        assertThat(alpha.delta()).isCloseTo(delta, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(alpha.z()).isCloseTo(delta / Math.sqrt(1 / (1 + a) + 1 / a), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(table.groups()).extracting(Framing.Group::termCount).containsExactlyInAnyOrder(4, 2);
    }

    @Test
    void aCopyCountsOnceAsItsOriginalAndItsOutletIsNoted() {
        List<Article> corpus = new ArrayList<>(corpus());
        corpus.add(article("c1-copy", "Eastern Wire", "2031-05-02", COURIER_TEXT, "c1"));
        Framing.Table withCopy = new Framing().terms(Framing.Selection.story("s1", corpus), corpus);
        Framing.Table without = new Framing().terms(Framing.Selection.story("s1", corpus()), corpus());

        assertThat(withCopy.top().get(COURIER)).isEqualTo(without.top().get(COURIER));
        assertThat(withCopy.groups()).filteredOn(g -> g.name().equals("Eastern Wire")).singleElement().satisfies(g -> {
            assertThat(g.articles()).isZero();
            assertThat(g.copies()).isEqualTo(1);
            assertThat(g.termCount()).isZero();
        });
        assertThat(withCopy.top().get("Eastern Wire")).isEmpty();
    }

    @Test
    void aPriorCountedOnceGivesEverySelectionItsTerms() {
        List<Article> corpus = new ArrayList<>(corpus());
        corpus.add(article("c1-copy", "Eastern Wire", "2031-05-02", COURIER_TEXT, "c1"));
        Framing framing = new Framing();
        Framing.Prior prior = framing.prior(corpus);

        for (Framing.Selection selection : List.of(Framing.Selection.story("s1", corpus), Framing.Selection.all(corpus),
                Framing.Selection.query("kessel", corpus))) {
            Framing.Table table = framing.terms(selection, corpus, prior);
            assertThat(table).as(selection.label()).isEqualTo(framing.terms(selection, corpus));
            assertThat(table.top().values()).as(selection.label()).anySatisfy(terms -> assertThat(terms).isNotEmpty());
        }
        Framing.Table withoutTheCopy = framing.terms(Framing.Selection.story("s1", corpus), corpus, framing.prior(corpus()));
        assertThat(withoutTheCopy).as("the copy's text is no original of the corpus either way")
                .isEqualTo(framing.terms(Framing.Selection.story("s1", corpus), corpus));
    }

    @Test
    void groupsJoinOutletsAndASingleGroupHasNothingToCompareWith() {
        Framing oneGroup = new Framing(Map.of(HERALD, "Valdoria", COURIER, "Valdoria"), 15, 1.96, 500);
        Framing.Table table = oneGroup.terms(Framing.Selection.story("s1", corpus()), corpus());

        assertThat(table.groups()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Valdoria");
            assertThat(g.outlets()).containsExactly(HERALD, COURIER);
            assertThat(g.articles()).isEqualTo(6);
        });
        assertThat(table.top().get("Valdoria")).isEmpty();
    }

    @Test
    void aQuerySelectsArticlesHoldingEveryWordWholeAndCaseInsensitive() {
        assertThat(Framing.Selection.query("KESSEL liberation", corpus()).articles()).containsExactlyInAnyOrder("c1", "c2", "c3");
        assertThat(Framing.Selection.query("valdorian's", corpus()).articles()).hasSize(6);
        assertThat(Framing.Selection.query("liber", corpus()).articles()).isEmpty();
        assertThatThrownBy(() -> Framing.Selection.query(" -- ", corpus())).hasMessageContaining("' -- '");
    }

    @Test
    void articlesWithoutAnOutletAreNamedByTheirSourceAndNotTakenForOneOutlet() {
        Article fromUrl = new Article("u", "https://news.example.org/a/1", null, "t", null, null, null, List.of(), "en",
                "x", null, null, List.of());
        Article fromFile = new Article("f", "inbox/2031/kessel.txt", " ", "t", null, null, null, List.of(), "en", "x",
                null, null, List.of());

        assertThat(Framing.outletOf(fromUrl)).isEqualTo("(unknown outlet) news.example.org");
        assertThat(Framing.outletOf(fromFile)).isEqualTo("(unknown outlet) kessel.txt");
        Article fromLine = new Article("l", "C:\\feeds\\valdoria.jsonl#12", null, "t", null, null, null, List.of(), "en",
                "x", null, null, List.of());
        assertThat(Framing.outletOf(fromLine)).isEqualTo("(unknown outlet) valdoria.jsonl");
        assertThat(Framing.outletOf(corpus().get(0))).isEqualTo(HERALD);
    }

    @Test
    void groupFilesAreTabSeparatedAndBadLinesAreQuoted() {
        assertThat(Framing.parseGroups(List.of("# outlet to country", "", HERALD + "\tNorth", COURIER + "\tSouth")))
                .containsExactly(Map.entry(HERALD, "North"), Map.entry(COURIER, "South"));
        assertThatThrownBy(() -> Framing.parseGroups(List.of("Herald North"))).hasMessageContaining("line 1")
                .hasMessageContaining("'Herald North'");
        assertThatThrownBy(() -> Framing.parseGroups(List.of("A\tx", "A\ty"))).hasMessageContaining("line 2");
    }

    private static Quote quote(String id, String article, String speaker, String name, String text) {
        return new Quote(id, article, new Speaker(speaker, name, name), QuoteKind.DIRECT, "said", text, 0, 1, null, null);
    }

    private static Event event(String id, String article, EventType type, String date) {
        return new Event(id, article, new Party("valdoria", "Valdoria"), new Party("kessel", "Kessel"), type, null,
                null, date, date == null ? null : DateBasis.SENTENCE, "Kessel", "entered", 0, 1, 0.9);
    }

    @Test
    void coverageMatchesRewordedQuotesOfOneSpeakerAndNamesTheOutletsThatLeftOneOut() {
        List<Article> corpus = new ArrayList<>(corpus());
        corpus.add(article("c1-copy", "Eastern Wire", "2031-05-02", COURIER_TEXT, "c1"));
        List<Quote> quotes = List.of(
                quote("q1", "h1", "mayor", "Ilsa Marek", "The occupation must end, and the troops must leave Kessel today."),
                quote("q2", "c1", "mayor", "Ilsa Marek", "The troops must leave Kessel today, the occupation must end soon."),
                quote("q3", "c1", "commander", "Tomas Vell", "The operation will be completed within a week."),
                quote("q4", "h2", "commander", "Tomas Vell", "Nobody in the town has been harmed by the troops."),
                quote("q5", "f1", "farmer", "Anna Rook", "The river took everything we had."));
        List<Event> events = List.of(event("e1", "h1", EventType.ASSAULT, "2031-05-02"), event("e2", "c1", EventType.ASSAULT, "2031-05-02"),
                event("e3", "c2", EventType.ASSAULT, "2031-05-03"));

        List<Framing.Coverage> coverage = new Framing().coverage(Framing.Selection.story("s1", corpus), corpus, quotes, events);

        assertThat(coverage).extracting(Framing.Coverage::fact).containsExactly("q1", "q3", "q4", "e1", "e3");
        assertThat(coverage.get(0)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo("quote");
            assertThat(c.summary()).startsWith("Ilsa Marek: \u201cThe occupation must end");
            assertThat(c.reportedBy()).containsExactly(HERALD, COURIER, "Eastern Wire");
            assertThat(c.missing()).isEmpty();
        });
        assertThat(coverage.get(1).reportedBy()).containsExactly(COURIER, "Eastern Wire");
        assertThat(coverage.get(1).missing()).containsExactly(HERALD);
        assertThat(coverage.get(2).reportedBy()).containsExactly(HERALD);
        assertThat(coverage.get(2).missing()).containsExactly(COURIER, "Eastern Wire");
        assertThat(coverage.get(3)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo("event");
            assertThat(c.summary()).startsWith("Valdoria ASSAULT Kessel (2031-05-02)");
            assertThat(c.reportedBy()).containsExactly(HERALD, COURIER, "Eastern Wire");
        });
        assertThat(coverage.get(4).reportedBy()).as("another day is another event").containsExactly(COURIER);
    }

    @Test
    void aLimitedCoverageCountsEveryFactAndListsTheFirstAsTheWholeOneDoes() {
        List<Article> corpus = corpus();
        List<Quote> quotes = List.of(
                quote("q1", "h1", "mayor", "Ilsa Marek", "The occupation must end, and the troops must leave Kessel today."),
                quote("q2", "c1", "mayor", "Ilsa Marek", "The troops must leave Kessel today, the occupation must end soon."),
                quote("q3", "c1", "commander", "Tomas Vell", "The operation will be completed within a week."));
        List<Event> events = List.of(event("e1", "h1", EventType.ASSAULT, "2031-05-02"),
                event("e3", "c2", EventType.ASSAULT, "2031-05-03"));
        Framing framing = new Framing();
        Framing.Selection all = Framing.Selection.all(corpus);
        List<Framing.Coverage> whole = framing.coverage(all, corpus, quotes, events);

        Framing.Covered three = framing.coverage(all, corpus, quotes, events, 3);
        Framing.Covered one = framing.coverage(all, corpus, quotes, events, 1);

        assertThat(whole).extracting(Framing.Coverage::fact).containsExactly("q1", "q3", "e1", "e3");
        assertThat(three.facts()).isEqualTo(4);
        assertThat(three.first()).as("the quotes' facts, then the first event's").isEqualTo(whole.subList(0, 3));
        assertThat(one.facts()).isEqualTo(4);
        assertThat(one.first()).isEqualTo(whole.subList(0, 1));
    }
}
