package org.dateline.extract;

import org.dateline.ingest.Inputs;
import org.dateline.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generic properties of extraction over the real seed articles in {@code ../shared/seeds} (relative to the
 * repository root); skipped where that folder is absent. No expectation here is keyed to one seed.
 */
class SeedArticlesTest {
    private static final Pattern COMMENT_LINE = Pattern.compile(
            "(?i)^\\s*(?:\\d{1,4}\\.\\s+\\S.{0,60}\\s(?:said|wrote|says):|pingback:.*|trackback:.*|discussion policy|leave a reply)\\s*$");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(?:show more|back to top.*|all news|read more|related (?:news|posts)|latest|follow .* on (?:twitter|telegram).*|-{3,}|\\d{12,})$");

    private static Path seeds() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("/nonexistent") : dir.resolve("../shared/seeds").normalize();
    }

    @Test
    void seedArticlesComeOutCleanTitledAndWithoutRepeats() {
        Path seeds = seeds();
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seed articles at " + seeds);
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ArticleExtractor extractor = new ArticleExtractor();
        Inputs.read(List.of(seeds), page -> articles.add(extractor.extract(page)), problems::add);

        assertThat(problems).isEmpty();
        assertThat(articles).isNotEmpty();
        for (Article article : articles) {
            assertThat(article.title()).as(article.source()).isNotBlank();
            assertThat(article.text()).as(article.source()).isNotBlank();
            assertThat(article.language()).as(article.source()).isNotNull();
            assertThat(article.text().lines()).as(article.source())
                    .noneMatch(line -> COMMENT_LINE.matcher(line).matches())
                    .noneMatch(line -> BOILERPLATE_LINE.matcher(line.strip()).matches());
            List<String> paragraphs = Arrays.asList(article.text().split("\n\n"));
            assertThat(paragraphs).as(article.source()).doesNotHaveDuplicates().doesNotContain(article.title());
            assertThat(article.text()).as(article.source()).doesNotContain("\n\n\n");
        }
        assertThat(articles).as("a page that printed its body twice says so")
                .anySatisfy(a -> assertThat(a.warnings()).anyMatch(w -> w.startsWith("removed repeated body")));
        assertThat(articles).as("a page with a reader-comment section says so")
                .anySatisfy(a -> assertThat(a.warnings()).anyMatch(w -> w.startsWith("removed reader comment section")));
    }
}
