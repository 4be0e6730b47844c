package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {
    private static final int KEY = 7;

    /** The articles {@code key} gives an article of {@code day}, or null when the key is not rare there. */
    private static TreeSet<Integer> found(CandidateIndex index, int key, int day) {
        CandidateIndex.Range range = index.rare(key, day);
        if (range == null) {
            return null;
        }
        TreeSet<Integer> articles = new TreeSet<>();
        index.forEach(range, articles::add);
        return articles;
    }

    @Test
    void aKeyGivesTheArticlesWithinTheWindowAndTheUndatedOnes() {
        CandidateIndex index = new CandidateIndex(7, 10, 5);
        index.add(0, 100, new int[] {KEY, 8});
        index.add(1, 106, new int[] {KEY});
        index.add(2, 120, new int[] {KEY});
        index.add(3, CandidateIndex.UNDATED, new int[] {KEY});

        assertThat(found(index, KEY, 101)).containsExactly(0, 1, 3);
        assertThat(found(index, KEY, 125)).as("the days 100 and 106 are more than 7 days before").containsExactly(2, 3);
        assertThat(found(index, KEY, CandidateIndex.UNDATED)).as("an undated article's window is every day")
                .containsExactly(0, 1, 2, 3);
        assertThat(found(index, 9, 101)).as("a key no article has").isNull();
    }

    @Test
    void aKeyWithMorePostingsInTheWindowThanRareGivesNone() {
        CandidateIndex index = new CandidateIndex(7, 10, 3);
        for (int a = 0; a < 4; a++) {
            index.add(a, 200 + a, new int[] {KEY});
        }
        index.add(4, 100, new int[] {8});
        index.add(5, 101, new int[] {8});

        assertThat(found(index, KEY, 202)).as("4 postings in the window, 3 allowed").isNull();
        assertThat(found(index, KEY, 209)).as("only the last two are within 7 days").containsExactly(2, 3);
        assertThat(found(index, 8, 100)).containsExactly(4, 5);
    }

    @Test
    void aKeyPastItsCapDropsItsEarliestDaysAndGivesNothingWhereItDroppedSome() {
        CandidateIndex index = new CandidateIndex(7, 3, 3);
        index.add(0, 100, new int[] {KEY});
        index.add(1, 100, new int[] {KEY});
        index.add(2, 130, new int[] {KEY});
        index.add(3, 131, new int[] {KEY});

        assertThat(found(index, KEY, 131)).containsExactly(2, 3);
        assertThat(found(index, KEY, 102)).as("day 100 was dropped: the key no longer knows its window").isNull();
        index.add(4, 99, new int[] {KEY});
        assertThat(found(index, KEY, 131)).as("a day before the dropped one is not taken").containsExactly(2, 3);
    }

    @Test
    void whatAKeyKeepsDependsOnTheArticlesAddedNotTheirOrder() {
        int[][] postings = {{0, 100}, {1, 103}, {2, 103}, {3, 98}, {4, 110}, {5, 111}, {6, 95}, {7, 112}};
        List<TreeSet<Integer>> kept = new ArrayList<>();
        for (int[] order : new int[][] {{0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {3, 6, 0, 5, 2, 7, 1, 4}}) {
            CandidateIndex index = new CandidateIndex(30, 5, 5);
            for (int i : order) {
                index.add(postings[i][0], postings[i][1], new int[] {KEY});
            }
            kept.add(found(index, KEY, 131));
        }
        assertThat(kept.get(0)).containsExactly(1, 2, 4, 5, 7);
        assertThat(kept).containsOnly(kept.get(0));
    }

    @Test
    void anArticleIsComparedWithThoseSharingARareWordOrNameWithinTheWindowOnly() {
        Stories stories = new Stories();
        StoryFeatures features = stories.features();
        for (int i = 0; i < Stories.RARE + 1; i++) {
            stories.assign(features.of(StoriesTest.article("filler" + i, "Wire", "2024-05-02", "Market day",
                    "Traders opened the market stalls early, selling bread and cheese to the morning crowd.",
                    null), Map.of()));
        }
        stories.assign(features.of(StoriesTest.article("word", "Wire", "2024-05-01", "Quarry",
                "The Zelvaran quarry reopened after repairs.", null), Map.of()));
        stories.assign(features.of(StoriesTest.article("name", "Wire", "2024-05-02", "Officials",
                "Officials gave no details.", null, person("Orsolya Vantec")), Map.of()));
        stories.assign(features.of(StoriesTest.article("old", "Wire", "2024-03-01", "Quarry",
                "The Zelvaran quarry closed for repairs.", null), Map.of()));

        List<String> candidates = stories.candidates(features.of(StoriesTest.article("new", "Wire", "2024-05-03",
                "Zelvaran quarry", "Orsolya Vantec visited the market and the Zelvaran quarry.", null,
                person("Orsolya Vantec")), Map.of())).stream().map(StoryFeatures.Features::article).toList();

        assertThat(candidates).as("a rare word and a name shared; the market words are in every filler article")
                .containsExactlyInAnyOrder("word", "name");
    }

    private static Actor person(String name) {
        return new Actor(name, name, ActorType.PERSON, List.of(), List.of(), null, Sector.GOV, 1);
    }
}
