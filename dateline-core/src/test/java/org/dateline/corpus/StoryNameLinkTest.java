package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Ids;
import org.dateline.model.Mention;
import org.dateline.model.MentionRule;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sector;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Corpus#link()} gives a story-linked short name's mentions and quotes the full name's corpus actor. */
class StoryNameLinkTest {
    /** An invented report; the follow-up repeats it, so the two articles form one story. */
    private static final String REPORT = "The harbour authority of Mirren said on Tuesday that the northern quay will"
            + " stay closed until the dredging of the channel is finished, a delay that shipping firms say costs them"
            + " several days for every vessel. Inspectors found that silt had built up faster than expected after the"
            + " spring floods, and the authority asked the river commission for two more dredgers. The pilots' speaker"
            + " said the channel was safe for small boats but not for tankers. The commission will meet on Friday.";
    private static final String OTHER = "A chess club in the hill town of Vaskor opened a second hall on Saturday,"
            + " after its membership doubled over the winter. Its treasurer said the club would host a junior"
            + " tournament in the autumn and invite schools from three valleys to send players.";

    private static Actor person(String name) {
        return new Actor(Ids.of("PERSON:" + name), name, ActorType.PERSON, List.of(), List.of(), null, Sector.GOV, 1);
    }

    private static AnalyzedArticle article(String id, String published, String text, Actor actor, boolean quoted) {
        Article article = new Article(id, id + ".txt", "Outlet " + id, "Mirren quay", published, "metadata", null,
                List.of(), "en", text, null, null, List.of());
        List<Quote> quotes = quoted ? List.of(new Quote("q-" + id, id, new Speaker(actor.id(), actor.name(), actor.name()),
                QuoteKind.INDIRECT, "said", "the channel was safe", 0, 10, published, null)) : List.of();
        return new AnalyzedArticle(article, List.of(actor), quotes, List.of(), List.of(),
                List.of(new Mention(actor.id(), id, actor.name(), 0, actor.name().length(), MentionRule.NAME.label())));
    }

    @Test
    void aSurnameOfTwoPeopleInTheCorpusIsThePersonItsStoryNames() {
        Actor full = person("Ilse Brandt");
        Actor bare = person("Brandt");
        Actor namesake = person("Otto Brandt");
        Corpus corpus = new Corpus();
        corpus.add(article("first", "2024-04-02", REPORT, full, false));
        corpus.add(article("follow", "2024-04-02", REPORT + " The quay reopens next month.", bare, true));
        corpus.add(article("chess", "2024-04-06", OTHER, namesake, false));
        Corpus.Linked linked = corpus.link();
        Map<String, AnalyzedArticle> byId = linked.articles().stream()
                .collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
        String ilse = byId.get("first").mentions().get(0).actor();

        assertThat(byId.get("follow").article().story()).isEqualTo(byId.get("first").article().story());
        assertThat(byId.get("follow").mentions()).singleElement().satisfies(m -> {
            assertThat(m.actor()).isEqualTo(ilse);
            assertThat(m.rule()).isEqualTo(MentionRule.STORY_NAME.label());
        });
        assertThat(byId.get("follow").quotes().get(0).speaker().actor()).isEqualTo(ilse);
        assertThat(byId.get("follow").quotes().get(0).speaker().name()).isEqualTo("Ilse Brandt");
        assertThat(linked.actors()).extracting(Actor::name).doesNotContain("Brandt");
    }
}
