package org.dateline.eval;

import org.dateline.corpus.Corpus;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkBenchTest {
    private static final Actor MAYOR = new Actor("mayor", "Ilsa Marek", ActorType.PERSON, List.of(), List.of(), null,
            null, 3);

    /** Three invented reports, each naming the mayor and quoting her. */
    private static Corpus.Earlier output() {
        String[] texts = {
                "The mayor of Ostrel, Ilsa Marek, opened the new bridge over the Vell river on Monday. \"The valley is"
                        + " one town again,\" Ilsa Marek said as the first buses crossed.",
                "Floods closed the lower road to Kessel for a third day. \"We will rebuild the embankment before the"
                        + " winter,\" Ilsa Marek told the council, which voted money for pumps.",
                "Teachers in Ostrel ended their strike after the council agreed to raise their pay. \"Schools open on"
                        + " Thursday,\" Ilsa Marek said after the vote."};
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String id = "a" + i;
            String text = texts[i];
            int open = text.indexOf('"') + 1;
            int close = text.indexOf(',', open);
            int name = text.indexOf("Ilsa Marek");
            Article article = new Article(id, id + ".txt", "Ostrel Courier", "Report " + i, "2031-05-0" + (i + 1),
                    "metadata", null, null, List.of(), "en", text, null, null, null, List.of());
            Quote quote = new Quote("q" + i, id, new Speaker("mayor", "Ilsa Marek", "Ilsa Marek"), QuoteKind.DIRECT,
                    "said", text.substring(open, close), open, close, null, null, null, null, 0.9, List.of());
            articles.add(new AnalyzedArticle(article, List.of(MAYOR), List.of(quote), List.of(), List.of(),
                    List.of(new Mention("mayor", id, "Ilsa Marek", name, name + "Ilsa Marek".length(), "name"))));
        }
        return new Corpus.Earlier(articles, List.of(MAYOR), List.of());
    }

    @Test
    void eachCopyChangesAboutHalfItsWordsKeepsEveryOffsetAndItsIdsApart() {
        Corpus.Earlier copied = LinkBench.copied(output(), 3);

        assertThat(copied.articles()).hasSize(9);
        Set<String> ids = new HashSet<>();
        copied.articles().forEach(a -> ids.add(a.article().id()));
        copied.articles().forEach(a -> a.quotes().forEach(q -> ids.add(q.id())));
        assertThat(ids).as("articles and quotes of every copy have ids of their own").hasSize(18);
        for (AnalyzedArticle a : copied.articles()) {
            String text = a.article().text();
            a.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
            a.mentions().forEach(m -> assertThat(m.article()).isEqualTo(a.article().id()));
            assertThat(a.article().story()).isNull();
        }
        String original = copied.articles().get(0).article().text();
        String first = copied.articles().get(3).article().text();
        String second = copied.articles().get(6).article().text();
        assertThat(first).hasSameSizeAs(original).isNotEqualTo(original).isNotEqualTo(second);
        List<String> words = List.of(original.split(" "));
        List<String> firstWords = List.of(first.split(" "));
        long kept = java.util.stream.IntStream.range(0, words.size()).filter(i -> words.get(i).equals(firstWords.get(i)))
                .count();
        assertThat(kept).as("about half the words kept").isBetween(words.size() / 4L, words.size() * 3L / 4);
        assertThat(LinkBench.changed("Ilsa Marek", 27)).isNotEqualTo(LinkBench.changed("Ilsa Marek", 1))
                .as("a copy past the 26th still changes its words").isNotEqualTo("Ilsa Marek");
    }

    @Test
    void linksTheCopiesAndCountsWhatItLinked() {
        LinkBench.Result one = LinkBench.run(output(), 1);
        LinkBench.Result four = LinkBench.run(output(), 4);

        assertThat(one.articles()).isEqualTo(3);
        assertThat(four.articles()).isEqualTo(12);
        assertThat(four.quotes()).as("the copies' quotes are statements of their own, not dropped as copied facts")
                .isEqualTo(12);
        assertThat(four.stories()).isBetween(1, 12);
        assertThat(four.format()).contains("4 copies: 12 articles, 12 quotes linked in", "ms an article");
        assertThatThrownBy(() -> LinkBench.run(output(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
