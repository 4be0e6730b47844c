package org.dateline.extract;

import org.dateline.ingest.Inputs;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A text page's first line is its title only when it reads like one; the body never loses its lede. */
class TitleLineTest {
    private static final String LEDE = "The river authority of Velmora reopened the northern locks on Tuesday after "
            + "three weeks of repairs, officials said.";
    private static final String SECOND = "Barges carrying grain were the first through, the authority said.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article text(String content) {
        return extractor.extract(new RawPage("dump/story.txt", RawPage.Format.TEXT, content, SourceMeta.NONE, List.of()));
    }

    @Test
    void aHeadlineAboveTheBodyIsTheTitle() {
        Article article = text("Velmora reopens its northern locks\n\n" + LEDE + "\n\n" + SECOND);
        assertThat(article.title()).isEqualTo("Velmora reopens its northern locks");
        assertThat(article.text()).isEqualTo(LEDE + "\n\n" + SECOND);
    }

    @Test
    void aLedeFirstStaysInTheBodyAndTheArticleHasNoTitle() {
        Article article = text(LEDE + "\n\n" + SECOND);
        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo(LEDE + "\n\n" + SECOND);
    }

    @Test
    void aOneParagraphArticleKeepsItsParagraph() {
        Article article = text("\n" + LEDE + "\n");
        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo(LEDE);
        assertThat(article.warnings()).doesNotContain("no body text left after extraction");
    }

    @Test
    void aLoneShortLineIsTheBodyNotATitleThatLeavesNothing() {
        Article article = text("Velmora reopens its northern locks");
        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo("Velmora reopens its northern locks");
    }

    @Test
    void aFirstLineThatReadsAsProseStaysInTheBody() {
        for (String first : List.of(
                "The locks reopened on Tuesday.",
                "The locks reopened on Tuesday. Barges followed",
                "Officials said:",
                "the locks reopened on Tuesday",
                "The authority said it would reopen the locks on Tuesday after three weeks of repairs that cost more "
                        + "than the whole of last year's budget for the river and its banks")) {
            Article article = text(first + "\n\n" + SECOND);
            assertThat(article.title()).as(first).isNull();
            assertThat(article.text()).as(first).startsWith(first);
        }
    }

    @Test
    void aHardWrappedFirstParagraphIsNotATitle() {
        String wrapped = "The river authority of Velmora reopened the northern\nlocks on Tuesday after three weeks.";
        assertThat(text(wrapped + "\n\n" + SECOND).title()).isNull();
        assertThat(text(wrapped + "\n\n" + SECOND).text()).startsWith(wrapped);
        String wrappedOnArticle = "Officials of the river authority reopened the\nNorthern Locks on Tuesday.";
        assertThat(text(wrappedOnArticle + "\n\n" + SECOND).text()).startsWith(wrappedOnArticle);
    }

    @Test
    void headlinesThatEndInAQuestionAnInitialismOrAQuoteAreTitles() {
        for (String headline : List.of("Will the locks hold?", "Grain barges return to the river, says U.S.",
                "Mayor Dr. Ansel Vorn: \"The river is open\"", "Velmora reopens locks (update 2)")) {
            Article article = text(headline + "\n\n" + LEDE);
            assertThat(article.title()).as(headline).isEqualTo(headline);
            assertThat(article.text()).as(headline).isEqualTo(LEDE);
        }
    }

    @Test
    void aLineRepeatingTheGivenTitleGoesWhateverItsShape() {
        SourceMeta meta = new SourceMeta(null, null, null, null, "Velmora reopens its locks", SourceMeta.Origin.SIDECAR);
        Article article = extractor.extract(new RawPage("dump/a.txt", RawPage.Format.TEXT,
                "Velmora reopens its locks.\n\n" + LEDE, meta, List.of()));
        assertThat(article.title()).isEqualTo("Velmora reopens its locks");
        assertThat(article.text()).isEqualTo(LEDE);
    }

    @Test
    void jsonlLinesWithAndWithoutATitleKeepTheirLede(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"url\": \"https://example.org/1\", \"published\": \"2021-04-06\", \"text\": \"" + LEDE + "\\n\\n" + SECOND + "\"}",
                "{\"url\": \"https://example.org/2\", \"title\": \"Locks reopen\", \"text\": \"" + LEDE + "\"}",
                "{\"url\": \"https://example.org/3\", \"title\": \"Locks reopen\", \"text\": \"Locks reopen\\n\\n" + LEDE + "\"}",
                "{\"url\": \"https://example.org/4\", \"text\": \"" + LEDE + "\"}") + "\n");
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Inputs.read(List.of(jsonl), page -> articles.add(extractor.extract(page)), problems::add);

        assertThat(problems).isEmpty();
        assertThat(articles).extracting(Article::title).containsExactly(null, "Locks reopen", "Locks reopen", null);
        assertThat(articles).extracting(Article::text).containsExactly(LEDE + "\n\n" + SECOND, LEDE, LEDE, LEDE);
    }
}
