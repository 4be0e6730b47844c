package org.dateline.pipeline;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Mention;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sector;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedStringsTest {
    /** A string equal to {@code s} that is not {@code s} itself, as each record of the facts stage gets its own. */
    private static String fresh(String s) {
        return new String(s.toCharArray());
    }

    private static final String TEXT = "Harbour workers in Port Audry stopped the cranes on Monday. \"We will not load "
            + "another ship until the contract is signed,\" said Mara Velin, who leads the dockers' union.";

    /** An article with every kind of record and a list of each kind, its short strings each an instance of its own. */
    private static AnalyzedArticle article(String id) {
        Article article = new Article(fresh(id), fresh("feeds/" + id + ".html"), fresh("Valley Courier"),
                fresh("Dockers stop the cranes"), fresh("2024-03-04"), fresh("metadata"), null,
                new Dateline(fresh("PORT AUDRY"), null), List.of(fresh("Ines Kolar")), fresh("en"), fresh(TEXT), null,
                null, null, List.of(fresh("no title in the page")));
        Actor velin = new Actor(fresh("a1"), fresh("Mara Velin"), ActorType.PERSON, List.of(fresh("Velin")),
                List.of(fresh("union leader")), null, Sector.LAB, 2);
        Actor union = new Actor(fresh("a2"), fresh("dockers' union"), ActorType.ORGANIZATION, List.of(), List.of(),
                fresh("AUD"), Sector.LAB, 1);
        Quote quote = new Quote(fresh(id + "-q1"), fresh(id), new Speaker(fresh("a1"), fresh("Mara Velin"),
                fresh("Mara Velin")), QuoteKind.DIRECT, fresh("said"), fresh(TEXT.substring(61, 130)), 61, 130,
                fresh("2024-03-04"), DateBasis.PUBLISHED, null, null, 0.9, List.of(fresh("cue:said")));
        Event event = new Event(fresh(id + "-e1"), fresh(id), new Party(fresh("a2"), fresh("dockers' union"),
                fresh("AUD"), Sector.LAB), null, EventType.PROTEST, fresh("strike"), fresh("143"),
                fresh("2024-03-04"), DateBasis.SENTENCE, fresh("Port Audry"), fresh(TEXT.substring(0, 59)), 0, 59, 0.75,
                false, null, List.of(fresh("Valley Courier")), List.of(fresh("trigger:stopped")));
        TimeMention monday = new TimeMention(fresh(id), fresh("on Monday"), fresh("DATE"), fresh("2024-03-04"), 49,
                58);
        List<Mention> mentions = List.of(new Mention(fresh("a1"), fresh(id), fresh("Mara Velin"), 148, 158,
                fresh("name")), new Mention(fresh("a2"), fresh(id), fresh("dockers' union"), 175, 189,
                fresh("known-entity")));
        return new AnalyzedArticle(article, List.of(velin, union), List.of(quote), List.of(monday), List.of(event),
                mentions);
    }

    @Test
    void aCopyEqualsItsArticle() {
        AnalyzedArticle article = article("x1");
        AnalyzedArticle copy = new SharedStrings(100).share(article);
        assertThat(copy).isEqualTo(article).isNotSameAs(article);
    }

    @Test
    void equalShortStringsBecomeOneInstanceWithinAnArticleAndAcrossArticles() {
        SharedStrings strings = new SharedStrings(100);
        AnalyzedArticle first = strings.share(article("x1"));
        AnalyzedArticle second = strings.share(article("x2"));

        // within one article: an actor's id and name, and the mention, speaker and party that repeat them
        assertThat(first.mentions().get(0).actor()).isSameAs(first.actors().get(0).id())
                .isSameAs(first.quotes().get(0).speaker().actor());
        assertThat(first.quotes().get(0).speaker().name()).isSameAs(first.actors().get(0).name())
                .isSameAs(first.mentions().get(0).text());
        assertThat(first.events().get(0).source().actor()).isSameAs(first.actors().get(1).id());
        assertThat(first.times().get(0).article()).isSameAs(first.article().id());
        // across articles: outlets, names, rules, cue words, dates
        assertThat(second.article().outlet()).isSameAs(first.article().outlet())
                .isSameAs(first.events().get(0).outlets().get(0));
        assertThat(second.actors().get(0).name()).isSameAs(first.actors().get(0).name());
        assertThat(second.mentions().get(1).rule()).isSameAs(first.mentions().get(1).rule());
        assertThat(second.quotes().get(0).cue()).isSameAs(first.quotes().get(0).cue());
        assertThat(second.quotes().get(0).date()).isSameAs(first.article().published());
        // ids of their own stay apart, and texts are not looked up
        assertThat(second.article().id()).isNotEqualTo(first.article().id());
        assertThat(second.article().text()).isEqualTo(first.article().text()).isNotSameAs(first.article().text());
    }

    @Test
    void pastItsRoomTheTableForgetsAndStartsAgain() {
        SharedStrings strings = new SharedStrings(2);
        Dateline first = strings.share(new Dateline(fresh("KESTREL BAY"), fresh("March 4")));
        Dateline again = strings.share(new Dateline(fresh("KESTREL BAY"), fresh("March 4")));
        assertThat(again.place()).isSameAs(first.place());
        assertThat(again.date()).isSameAs(first.date());

        Dateline third = strings.share(new Dateline(fresh("PORT AUDRY"), null)); // a third string: all forgotten
        Dateline fourth = strings.share(new Dateline(fresh("KESTREL BAY"), fresh("PORT AUDRY")));
        assertThat(fourth.place()).isEqualTo(first.place()).isNotSameAs(first.place());
        assertThat(fourth.date()).isSameAs(third.place());
    }

    @Test
    void aTableNeedsRoom() {
        assertThatThrownBy(() -> new SharedStrings(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
