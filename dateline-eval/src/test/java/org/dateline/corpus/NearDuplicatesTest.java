package org.dateline.corpus;

import org.dateline.eval.SyntheticNews;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDuplicatesTest {
    /** An invented report; the tests copy, rewrap and lightly edit it. */
    private static final String TALKS = """
            Negotiators from Velmora and the Tarsk Republic met for a third day in the lakeside town of Ostrel
            on Tuesday, trying to turn a fragile truce into a written agreement on the disputed border valley.
            Foreign Minister Ilsa Varnek told reporters after the morning session that both delegations had
            agreed on the sequence of prisoner exchanges but still differed on who would patrol the mountain
            roads. The Tarsk envoy, Dorian Malek, said his side wanted international observers in every village
            along the river before any troops pulled back.
            Mediators from the regional security council proposed a joint commission that would meet every two
            weeks and report violations to both capitals. Residents of the valley, many of whom fled during the
            fighting last spring, have asked to return before the winter snows close the passes. The talks are
            due to resume on Thursday after the delegations consult their governments.""";

    /** Another invented report on the same conflict, with the same people and places, in other words. */
    private static final String MONITORS = """
            The truce between Velmora and the Tarsk Republic held for a second week, monitors who toured the
            border valley on Monday reported. They counted three minor violations near the river crossings,
            none of them deadly, and said both armies had pulled heavy guns back from the first villages.
            Foreign Minister Ilsa Varnek welcomed the report and said Velmora would keep its promise to free
            forty detainees before the end of the month. In Ostrel, where the two delegations have been
            negotiating since the spring, Tarsk envoy Dorian Malek warned that the calm was fragile and that
            families still could not reach their farms on the far bank. The monitoring mission asked both
            governments for more vehicles and a radio link to the regional security council.""";

    private static final String HARVEST = """
            Farmers in the southern plains of Velmora began the wheat harvest two weeks early this year after
            an unusually dry and warm spring, the agriculture ministry said on Friday. Officials expect the
            yield to fall by about a tenth compared with last season, mostly because of poor rain in April.
            Grain traders in the port of Kessa said prices had already risen and that export contracts signed
            in the winter might be renegotiated. The ministry promised cheap loans for irrigation pumps and
            asked cooperatives to report storage shortages before the end of the month.""";

    @Test
    void copyWithNewTitleRewrappedLinesAndChangedWordsIsFound() {
        String original = "Truce talks enter third day in Ostrel\n\n" + TALKS;
        String copy = "Velmora and Tarsk inch toward a border deal\n\n" + SyntheticNews.rewrap(lightlyEdited(TALKS), 48);
        NearDuplicates index = new NearDuplicates();
        assertThat(index.add("orig", original, "Ostrel Courier", "2021-05-04T08:00:00Z")).isEmpty();
        assertThat(index.add("copy", copy, "Valley Wire", "2021-05-04T11:30:00Z")).contains("orig");
        assertThat(index.fingerprint(original).jaccard(index.fingerprint(copy))).isBetween(0.5, 0.95);
        assertThat(index.duplicateOf()).containsExactly(Map.entry("copy", "orig"));
    }

    @Test
    void differentArticlesOnTheSameTopicAreNotDuplicates() {
        NearDuplicates index = new NearDuplicates();
        index.add("talks", TALKS, "Ostrel Courier", "2021-05-04");
        assertThat(index.add("monitors", MONITORS, "Ostrel Courier", "2021-05-10")).isEmpty();
        assertThat(index.add("harvest", HARVEST, "Kessa Daily", "2021-05-11")).isEmpty();
        assertThat(index.duplicateOf()).isEmpty();
        assertThat(index.fingerprint(TALKS).jaccard(index.fingerprint(MONITORS))).isLessThan(0.1);
    }

    @Test
    void theEarliestPublishedCopyIsTheOriginalEvenWhenItArrivesLast() {
        NearDuplicates index = new NearDuplicates();
        index.add("late", TALKS, "A", "2021-05-06");
        assertThat(index.add("later", SyntheticNews.rewrap(TALKS, 60), "B", "2021-05-07T09:00:00+02:00")).contains("late");
        assertThat(index.add("early", SyntheticNews.rewrap(lightlyEdited(TALKS), 40), "C", "2021-05-04T23:00:00Z")).isEmpty();
        assertThat(index.duplicateOf()).containsOnly(Map.entry("late", "early"), Map.entry("later", "early"));
    }

    @Test
    void withoutDatesTheLongestTextIsTheOriginalThenTheSmallestId() {
        String longer = TALKS + "\nBoth sides said they hoped to sign before the harvest.";
        assertThat(NearDuplicates.find(List.of(article("b", TALKS, "X", null), article("c", longer, "Y", null)))
                .duplicateOf()).containsExactly(Map.entry("b", "c"));
        assertThat(NearDuplicates.find(List.of(article("b", TALKS, "X", null), article("a", TALKS, "Y", null)))
                .duplicateOf()).containsExactly(Map.entry("b", "a"));
        assertThat(NearDuplicates.find(List.of(article("undated", longer, "X", null),
                article("dated", TALKS, "Y", "2021-05-04")))
                .duplicateOf()).as("a dated copy wins over an undated one").containsExactly(Map.entry("undated", "dated"));
    }

    @Test
    void incrementalAdditionInAnyOrderEqualsTheBatch() {
        List<Article> articles = sixArticles();
        DuplicateGroups batch = NearDuplicates.find(articles);
        assertThat(batch.duplicateOf()).containsOnly(
                Map.entry("t2", "t1"), Map.entry("t3", "t1"), Map.entry("h2", "h1"));

        List<Article> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        NearDuplicates index = new NearDuplicates();
        for (Article a : reversed) {
            index.add(a.id(), index.fingerprint(a.text()), a.outlet(), a.published(), false);
        }
        assertThat(index.groups()).isEqualTo(batch);
    }

    @Test
    void theCandidatePairsThatPassTheCheckJoinedElsewhereGiveTheGroupsFindGives() {
        List<Article> articles = new ArrayList<>(sixArticles());
        articles.addAll(List.of(article("t4", TALKS, null, null), article("c1", "Photo: Ostrel Courier", "Kessa Daily", null),
                article("c2", "Photo: Ostrel Courier", "Plains Post", null)));
        List<NearDuplicates.Pair> pairs = everyCopyPair(articles);
        assertThat(pairs).as("t2-t3, t1-t2, t1-t3, t1-t4, t2-t4, t3-t4, h1-h2").hasSize(7);
        assertThat(NearDuplicates.join(articles, pairs)).isEqualTo(NearDuplicates.find(articles));
        assertThat(NearDuplicates.join(articles, List.of(new NearDuplicates.Pair("t4", "t3"))).duplicateOf())
                .as("only the pairs given are joined").containsOnly(Map.entry("t4", "t3"));
        assertThatThrownBy(() -> NearDuplicates.join(articles, List.of(new NearDuplicates.Pair("t1", "nope"))))
                .hasMessageContaining("\"nope\"");
    }

    @Test
    void aTextRepeatedWordForWordJoinsItsFirstCopyAsEveryPairCheckedWould() {
        String notice = "Our pages use cookies to remember your choices and to measure how the site is used; choose"
                + " accept to go on reading or settings to decide which ones we may keep on this device";
        List<Article> articles = new ArrayList<>(sixArticles());
        for (int i = 0; i < 6; i++) {
            articles.add(article("n" + i, notice, "Outlet " + i, "2021-05-0" + (9 - i)));
            articles.add(article("r" + i, TALKS, null, null));
        }
        articles.add(article("n-edited", notice.replace("on this device", "on this computer"), "Outlet 9", null));
        List<Article> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);

        DuplicateGroups found = NearDuplicates.find(articles);

        assertThat(found).isEqualTo(NearDuplicates.join(articles, everyCopyPair(articles)));
        assertThat(NearDuplicates.find(reversed)).isEqualTo(found);
        assertThat(found.duplicateOf()).as("the earliest published repeat is the original")
                .containsEntry("n0", "n5").containsEntry("n-edited", "n5").containsEntry("r0", "t1");
    }

    /** Every pair of {@code articles} that shares a band key and passes the check of copies. */
    private static List<NearDuplicates.Pair> everyCopyPair(List<Article> articles) {
        MinHasher hasher = new MinHasher(DuplicateSettings.DEFAULT);
        List<Fingerprint> prints = articles.stream().map(a -> hasher.fingerprint(a.text())).toList();
        List<NearDuplicates.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = 0; j < articles.size(); j++) {
                Fingerprint fa = prints.get(i);
                Fingerprint fb = prints.get(j);
                boolean candidates = Arrays.stream(fa.bandKeys()).anyMatch(k -> Arrays.stream(fb.bandKeys()).anyMatch(l -> l == k));
                if (articles.get(i).id().compareTo(articles.get(j).id()) < 0 && candidates
                        && DuplicateSettings.DEFAULT.similar(fa.shingles(), fb.shingles())) {
                    pairs.add(new NearDuplicates.Pair(articles.get(i).id(), articles.get(j).id()));
                }
            }
        }
        return pairs;
    }

    @Test
    void textsOfCrowdedBucketsAreJoinedAsCheckingEveryCandidateWould() {
        Random random = new Random(11);
        int joined = 0;
        for (int round = 0; round < 40; round++) {
            List<Article> articles = templatedReports(random, round);
            DuplicateGroups expected = NearDuplicates.join(articles, everyCopyPair(articles));
            joined += expected.duplicateOf().size();
            for (int crowded : new int[] {1, 2, 4, 1000}) {
                NearDuplicates index = new NearDuplicates(DuplicateSettings.DEFAULT, crowded);
                for (Article a : articles) {
                    index.add(a.id(), index.fingerprint(a.text()), a.outlet(), a.published(), a.partial());
                }
                assertThat(index.groups()).as("round %d, crowded at %d", round, crowded).isEqualTo(expected);
            }
        }
        assertThat(joined).as("the corpora hold copies as well as near misses").isGreaterThan(100);
    }

    @Test
    void theSimilarPairsOfSetsPassAndJoinThemAsCheckingEveryPairWould() {
        Random random = new Random(5);
        MinHasher hasher = new MinHasher(DuplicateSettings.DEFAULT);
        int joined = 0;
        for (int round = 0; round < 20; round++) {
            List<Article> articles = new ArrayList<>(templatedReports(random, round));
            articles.add(article("empty-" + round, "", null, null)); // no shingle: in no pair
            List<int[]> sets = articles.stream().map(a -> hasher.fingerprint(a.text()).shingles()).toList();
            CopyGroups expected = new CopyGroups();
            CopyGroups found = new CopyGroups();
            articles.forEach(a -> {
                expected.add(a.id(), null, null, 0, false);
                found.add(a.id(), null, null, 0, false);
            });
            for (int j = 0; j < sets.size(); j++) {
                for (int i = 0; i < j; i++) {
                    if (DuplicateSettings.DEFAULT.similar(sets.get(i), sets.get(j))) {
                        expected.join(i, j);
                    }
                }
            }
            List<int[]> pairs = NearDuplicates.similarPairs(sets, DuplicateSettings.DEFAULT);
            for (int[] pair : pairs) {
                assertThat(pair[0]).isLessThan(pair[1]);
                assertThat(DuplicateSettings.DEFAULT.similar(sets.get(pair[0]), sets.get(pair[1]))).isTrue();
                assertThat(found.together(pair[0], pair[1])).as("a pair joining what is joined already").isFalse();
                found.join(pair[0], pair[1]);
            }
            joined += pairs.size();
            assertThat(found.groups()).as("round %d", round).isEqualTo(expected.groups());
        }
        assertThat(joined).isGreaterThan(100);
    }

    /**
     * Invented reports from a few templates: a frame of words with a slot every few words, filled from a small pool so
     * that two reports overlap by anything from a fifth to all of their shingles, some of them reprinted with a word
     * changed, and a few unrelated texts.
     */
    private static List<Article> templatedReports(Random random, int round) {
        List<Article> articles = new ArrayList<>();
        for (int template = 0; template < 3; template++) {
            int every = 2 + random.nextInt(5);
            int pool = 2 + random.nextInt(12);
            List<String> frame = new ArrayList<>();
            for (int w = 0; w < 30 + random.nextInt(30); w++) {
                frame.add("frame" + template + "x" + random.nextInt(40));
            }
            for (int r = 0; r < 10 + random.nextInt(20); r++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < frame.size(); w++) {
                    text.append(frame.get(w)).append(' ');
                    if (w % every == 0) {
                        text.append("slot").append(random.nextInt(pool)).append(' ');
                    }
                }
                String id = "r" + round + "-" + template + "-" + r;
                articles.add(article(id, text.toString(), "Outlet " + random.nextInt(5), "2021-05-" + (10 + random.nextInt(9))));
                if (random.nextInt(4) == 0) {
                    String changed = text.toString().replaceFirst("slot\\d+", "changed" + random.nextInt(3));
                    articles.add(article(id + "-reprint", changed, "Outlet " + random.nextInt(5), null));
                }
            }
        }
        for (int u = 0; u < 5; u++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append("other").append(random.nextInt(500)).append(' ');
            }
            articles.add(article("u" + round + "-" + u, text.toString(), null, null));
        }
        java.util.Collections.shuffle(articles, random);
        return articles;
    }

    @Test
    void similarTextsAreThoseWhoseShingleSetsOverlapByTheThreshold() {
        MinHasher hasher = new MinHasher(DuplicateSettings.DEFAULT);
        int[] talks = hasher.fingerprint(TALKS).shingles();
        assertThat(DuplicateSettings.DEFAULT.similar(talks, hasher.fingerprint(lightlyEdited(TALKS)).shingles())).isTrue();
        assertThat(DuplicateSettings.DEFAULT.similar(talks, hasher.fingerprint(MONITORS).shingles())).isFalse();
        String half = TALKS.substring(0, TALKS.length() / 2);
        assertThat(DuplicateSettings.DEFAULT.similar(talks, hasher.fingerprint(half).shingles()))
                .as("half the text: Jaccard about 0.5, at most small / large").isEqualTo(
                        Fingerprint.jaccard(talks, hasher.fingerprint(half).shingles()) >= 0.5);
        assertThat(new DuplicateSettings(3, 40, 3, 0.4, 10).similar(talks, hasher.fingerprint(half).shingles())).isTrue();
    }

    @Test
    void everyOutletThatCarriedTheTextIsListedUnderTheOriginal() {
        DuplicateGroups groups = NearDuplicates.find(List.of(
                article("t1", TALKS, "Ostrel Courier", "2021-05-04"),
                article("t2", SyntheticNews.rewrap(TALKS, 50), "Valley Wire", "2021-05-05"),
                article("t3", SyntheticNews.rewrap(lightlyEdited(TALKS), 70), null, "2021-05-05"),
                article("t4", TALKS, "Valley Wire", "2021-05-06"),
                article("m1", MONITORS, "Kessa Daily", "2021-05-10")));
        assertThat(groups.outlets()).containsOnlyKeys("t1");
        assertThat(groups.outlets().get("t1")).containsExactly("Ostrel Courier", "Valley Wire");

        NearDuplicates index = new NearDuplicates();
        index.add("m1", MONITORS, "Kessa Daily", null);
        index.add("t1", TALKS, "Ostrel Courier", null);
        index.add("t2", TALKS, "Border Herald", null);
        assertThat(index.outletsOf("t2")).containsExactly("Border Herald", "Ostrel Courier");
        assertThat(index.outletsOf("m1")).containsExactly("Kessa Daily");
        assertThatThrownBy(() -> index.outletsOf("nope")).hasMessageContaining("\"nope\"");
    }

    @Test
    void shortTextsAreNeverMarkedAndIdsMustBeUnique() {
        NearDuplicates index = new NearDuplicates();
        index.add("c1", "Photo: Ostrel Courier", "A", "2021-05-04");
        assertThat(index.add("c2", "Photo: Ostrel Courier", "B", "2021-05-05")).isEmpty();
        assertThat(index.fingerprint("Photo: Ostrel Courier").comparable()).isFalse();
        assertThat(index.duplicateOf()).isEmpty();
        assertThatThrownBy(() -> index.add("c1", TALKS, "A", null)).hasMessageContaining("\"c1\"");
    }

    @Test
    void groupsSetDuplicateOfOnArticles() {
        Article first = article("t1", TALKS, "Ostrel Courier", "2021-05-04");
        Article second = article("t2", SyntheticNews.rewrap(TALKS, 50), "Valley Wire", "2021-05-05");
        DuplicateGroups groups = NearDuplicates.find(List.of(first, second));
        assertThat(groups.apply(second).duplicateOf()).isEqualTo("t1");
        assertThat(groups.apply(second).text()).isEqualTo(second.text());
        assertThat(groups.apply(first)).isSameAs(first);
    }

    @Test
    void aFingerprintMadeWithOtherBandsIsRefused() {
        Fingerprint other = new NearDuplicates(new DuplicateSettings(3, 20, 6, 0.5, 10)).fingerprint(TALKS);
        assertThatThrownBy(() -> new NearDuplicates().add("x", other, null, null, false))
                .hasMessageContaining("\"x\"").hasMessageContaining("20 bands");
    }

    @Test
    void publicationTimesAreComparedAsInstants() {
        assertThat(CopyGroups.timeOf("2021-05-04T01:00:00+02:00"))
                .isLessThan(CopyGroups.timeOf("2021-05-04T00:30:00Z"));
        assertThat(CopyGroups.timeOf("2021-05-04")).isEqualTo(CopyGroups.timeOf("2021-05-04T00:00:00"));
        assertThat(CopyGroups.timeOf("May 4")).isEqualTo(Long.MAX_VALUE);
    }

    /** TALKS and two copies of it (t2, t3), MONITORS, HARVEST and a copy of it (h2). */
    private static List<Article> sixArticles() {
        return List.of(
                article("t1", TALKS, "Ostrel Courier", "2021-05-04T08:00:00Z"),
                article("t2", SyntheticNews.rewrap(lightlyEdited(TALKS), 50), "Valley Wire", "2021-05-04T10:00:00Z"),
                article("m1", MONITORS, "Ostrel Courier", "2021-05-10"),
                article("h1", HARVEST, "Kessa Daily", "2021-06-01"),
                article("t3", SyntheticNews.rewrap(TALKS, 90), "Border Herald", "2021-05-05"),
                article("h2", "Early harvest\n\n" + SyntheticNews.rewrap(HARVEST, 55), "Plains Post", "2021-06-01T12:00:00Z"));
    }

    /** Changes five words of about 160 (3%): what a subeditor does to a wire story. */
    private static String lightlyEdited(String text) {
        return text.replace("met for a third day", "met for the third day")
                .replace("told reporters", "told journalists")
                .replace("mountain\nroads", "mountain\nhighways")
                .replace("due to resume", "expected to resume");
    }

    private static Article article(String id, String text, String outlet, String published) {
        return new Article(id, id + ".txt", outlet, null, published, published == null ? null : "metadata", null,
                List.of(), "en", text, null, null, List.of());
    }
}
