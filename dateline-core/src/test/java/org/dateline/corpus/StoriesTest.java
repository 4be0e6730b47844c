package org.dateline.corpus;

import org.dateline.model.Sector;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoriesTest {
    @Test
    void selectFindsTheValueASortWouldPutAtAPlace() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            float[] values = new float[1 + random.nextInt(60)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(8) / 2f;
            }
            float[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int k = random.nextInt(values.length);
            assertThat(Stories.select(values, k)).as("place %d of %s", k, java.util.Arrays.toString(sorted))
                    .isEqualTo(sorted[k]);
        }
    }

    private static final String VISIT = "The Russian foreign minister arrived in Baku for talks on the peace treaty "
            + "between Armenia and Azerbaijan and on reopening the railway through Nakhchivan.";
    private static final String VISIT_REWORDED = "Talks on a peace treaty for Armenia and Azerbaijan and on the "
            + "Nakhchivan railway were held in Baku, where the Russian minister arrived on Tuesday.";
    private static final String FLOOD = "Heavy rain flooded villages along the river, and rescue teams evacuated "
            + "hundreds of families from their homes overnight.";

    /** An article from Baku (its dateline) with {@code actors}, a copy of {@code duplicateOf} (or null). */
    static AnalyzedArticle article(String id, String outlet, String day, String title, String text,
                                   String duplicateOf, Actor... actors) {
        Article a = new Article(id, "src/" + id, outlet, title, day, "metadata", new Dateline("Baku", null), List.of(),
                "en", text, duplicateOf, null, List.of());
        return new AnalyzedArticle(a, List.of(actors), List.of(), List.of());
    }

    private static Actor person(String id, String name) {
        return new Actor(id, name, ActorType.PERSON, List.of(), List.of(), "RUS", Sector.GOV, 1);
    }

    @Test
    void rewordedReportsOfOneVisitFromTwoOutletsAreOneStoryNamedAfterTheFirst() {
        Stories stories = new Stories();
        String first = stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null,
                person("p1", "Sergey Lavrov")), Map.of());
        String second = stories.assign(article("a2", "Ararat Daily", "2023-03-15", "Minister visits Baku",
                VISIT_REWORDED, null, person("p2", "Sergei Lavrov")), Map.of("p1", "lavrov", "p2", "lavrov"));

        assertThat(second).isEqualTo(first);
        assertThat(stories.storyOf("a2")).isEqualTo(first);
        assertThat(stories.storyOf("unknown")).isNull();
        assertThat(stories.stories()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(first);
            assertThat(s.title()).isEqualTo("Lavrov in Baku");
            assertThat(s.articles()).containsExactly("a1", "a2");
            assertThat(s.outlets()).containsExactly("Caspian Wire", "Ararat Daily");
            assertThat(s.first()).isEqualTo("2023-03-14");
            assertThat(s.last()).isEqualTo("2023-03-15");
        });
        assertThat(new Stories().assign(article("a1", "X", null, "t", FLOOD, null), Map.of()))
                .as("the id depends only on the first article's id").isEqualTo(first)
                .as("the id the code before Ids gave").isEqualTo("730c11d1429febfc");
    }

    @Test
    void explainingScoresAsAssignWouldAndTakesBackWhatItCounted() {
        Stories stories = new Stories();
        String visit = stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null,
                person("p1", "Sergey Lavrov")), Map.of("p1", "lavrov"));
        stories.assign(article("a2", "Caspian Wire", "2023-03-14", "Floods", FLOOD, null), Map.of());
        AnalyzedArticle reworded = article("a3", "Ararat Daily", "2023-03-15", "Minister visits Baku", VISIT_REWORDED,
                null, person("p2", "Sergei Lavrov"));

        Stories.Match first = stories.explain(reworded, Map.of("p2", "lavrov"));
        Stories.Match again = stories.explain(reworded, Map.of("p2", "lavrov"));

        assertThat(again).as("the document frequencies are as before the first explanation").isEqualTo(first);
        assertThat(first.article()).isEqualTo("a1");
        assertThat(first.group()).isEqualTo(visit);
        assertThat(first.joined()).isTrue();
        assertThat(first.terms()).contains("baku", "nakhchivan").doesNotContain("t:baku", "flood");
        assertThat(first.entities()).containsExactly("lavrov");
        assertThat(first.places()).containsExactly("baku");
        assertThat(stories.storyOf("a3")).as("explaining assigns nothing").isNull();
        assertThat(stories.assign(reworded, Map.of("p2", "lavrov"))).isEqualTo(visit);
    }

    @Test
    void theSameVisitTwoYearsLaterIsAnotherStory() {
        Stories stories = new Stories();
        String first = stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null), Map.of());
        String later = stories.assign(article("a2", "Caspian Wire", "2025-03-11", "Lavrov in Baku", VISIT_REWORDED, null), Map.of());

        assertThat(later).isNotEqualTo(first);
        assertThat(stories.stories()).hasSize(2);
    }

    @Test
    void anUnrelatedReportOnTheSameDayIsAnotherStory() {
        Stories stories = new Stories();
        String visit = stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null), Map.of());
        String flood = stories.assign(article("a2", "Caspian Wire", "2023-03-14", "Floods", FLOOD, null), Map.of());

        assertThat(flood).isNotEqualTo(visit);
    }

    @Test
    void aSharedPlaceAndPersonWithoutSharedWordsIsNotOneHappening() {
        Stories stories = new Stories();
        String visit = stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null,
                person("p1", "Sergey Lavrov")), Map.of());
        String flood = stories.assign(article("a2", "Caspian Wire", "2023-03-14", "Floods", FLOOD, null,
                person("p2", "Sergey Lavrov")), Map.of("p2", "p1"));

        assertThat(flood).isNotEqualTo(visit);
    }

    @Test
    void aDuplicateJoinsTheStoryOfItsOriginalWhateverItsText() {
        Stories stories = new Stories();
        String visit = stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null), Map.of());
        String copy = stories.assign(article("a2", "Other", "2024-01-01", "Floods", FLOOD, "a1"), Map.of());

        assertThat(copy).isEqualTo(visit);
    }

    @Test
    void anArticleAssignedTwiceIsRejectedByItsId() {
        Stories stories = new Stories();
        stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null), Map.of());

        assertThatThrownBy(() -> stories.assign(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT,
                null), Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1");
    }

    @Test
    void aPrimedArticleKeepsItsStoryAndALaterReportJoinsIt() {
        Stories stories = new Stories();
        stories.prime(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null), Map.of(), "earlier-visit");
        stories.prime(article("a2", "Caspian Wire", "2023-03-14", "Floods", FLOOD, null), Map.of(), "earlier-flood");

        String joined = stories.assign(article("a3", "Ararat Daily", "2023-03-15", "Minister visits Baku", VISIT_REWORDED,
                null), Map.of());

        assertThat(joined).isEqualTo("earlier-visit");
        assertThat(stories.stories()).extracting(Stories.Story::id).containsExactly("earlier-visit", "earlier-flood");
        assertThat(stories.stories().get(0).articles()).containsExactly("a1", "a3");
        assertThatThrownBy(() -> stories.prime(article("a1", "Caspian Wire", "2023-03-14", "Lavrov in Baku", VISIT, null),
                Map.of(), "other")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1");
    }

    @Test
    void anOriginalArrivingAfterItsPrimedCopyJoinsTheCopysStoryWhateverItsText() {
        Stories stories = new Stories();
        stories.prime(article("copy", "Other", "2023-03-14", "Lavrov in Baku", VISIT, "late-original"), Map.of(), "visit");

        assertThat(stories.assign(article("late-original", "Caspian Wire", "2024-01-01", "Floods", FLOOD, null), Map.of()))
                .isEqualTo("visit");
    }

    @Test
    void timeDecaysWithinTheWindowAndUndatedArticlesArePenalised() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 2);
        assertThat(Stories.timeFactor(day, day.plusDays(1), Stories.Settings.STORIES)).isEqualTo(1.0);
        assertThat(Stories.timeFactor(day, day.plusDays(4), Stories.Settings.STORIES)).isBetween(0.3, 0.4);
        assertThat(Stories.timeFactor(day, day.plusDays(Stories.WINDOW_DAYS + 1), Stories.Settings.STORIES)).isZero();
        assertThat(Stories.timeFactor(day, null, Stories.Settings.STORIES)).isEqualTo(Stories.UNDATED);
    }
}
