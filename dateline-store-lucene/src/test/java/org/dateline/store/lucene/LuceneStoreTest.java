package org.dateline.store.lucene;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.store.IndexMissingException;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchQuery.Scope;
import org.dateline.store.SearchResult;
import org.dateline.store.SearchResult.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is particular to the Lucene store: its folder, its commits, its reader; the rest is {@link LuceneStoreContractTest}. */
class LuceneStoreTest {
    @TempDir
    Path dir;

    private static AnalyzedArticle article(String id, String text) {
        Article a = new Article(id, id + ".html", "Velmora Herald", "Talks " + id, "2021-03-03", "metadata", null,
                List.of(), "en", text, null, null, List.of());
        return new AnalyzedArticle(a, List.of(), List.of(), List.of());
    }

    private static final AnalyzedArticle TALKS = article("a1", "The two governments agreed to meet again in Sarn.");
    private static final AnalyzedArticle CEASEFIRE = article("a2", "The ceasefire along the river held for a week.");
    private static final AnalyzedArticle HARVEST = article("a3", "Farmers in the valley celebrated a record harvest.");

    private static final SearchQuery ARTICLES = new SearchQuery(null, null, null, null, null, Scope.ARTICLES, 50);

    @Test
    void missingOrEmptyIndexIsAnErrorNamingTheFolder() throws IOException {
        Path nowhere = dir.resolve("nowhere");
        assertThatThrownBy(() -> LuceneStore.openReadOnly(nowhere))
                .isInstanceOf(IndexMissingException.class).hasMessageContaining(nowhere.toString());
        assertThat(nowhere).doesNotExist();

        Path file = Files.writeString(dir.resolve("index.txt"), "not an index");
        assertThatThrownBy(() -> LuceneStore.openReadOnly(file))
                .isInstanceOf(IndexMissingException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("it is a file, not a folder");

        Path emptyFolder = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> LuceneStore.openReadOnly(emptyFolder))
                .isInstanceOf(IndexMissingException.class).hasMessageContaining(emptyFolder.toString());

        Path fresh = dir.resolve("fresh");
        try (LuceneStore store = LuceneStore.open(fresh)) {
            assertThatThrownBy(() -> store.search(SearchQuery.of("anything")))
                    .isInstanceOf(IndexMissingException.class).hasMessageContaining(fresh.toString());
        }
    }

    @Test
    void commitsEveryNArticlesSoAReaderSeesAllButTheLastBatchUntilItRefreshes() throws IOException {
        try (LuceneStore writer = LuceneStore.open(dir, 2)) {
            writer.put(TALKS);
            writer.put(CEASEFIRE);
            writer.put(HARVEST);
            try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
                assertThat(reader.search(ARTICLES).hits()).extracting(Hit::id).containsExactlyInAnyOrder("a1", "a2");
                assertThatThrownBy(() -> reader.put(HARVEST)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(dir.toString());

                writer.commit();
                assertThat(reader.search(ARTICLES).totalHits()).as("what was committed when it was opened").isEqualTo(2);
                reader.refresh();
                assertThat(reader.search(ARTICLES).totalHits()).isEqualTo(3);
            }
        }
        try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
            assertThat(reader.search(ARTICLES).totalHits()).isEqualTo(3);
        }
    }

    @Test
    void puttingTheSameArticlesIntoTheFolderAgainLaterDuplicatesNothing() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            store.put(CEASEFIRE);
        }
        try (LuceneStore again = LuceneStore.open(dir)) {
            again.put(HARVEST);
            again.put(TALKS);
            assertThat(again.search(SearchQuery.of(null)).totalHits()).isEqualTo(3);
        }
    }

    /** The command line opens the store anew for each page: a cursor must hold across readers of one index. */
    @Test
    void aCursorLeadsOnInAStoreOpenedAgain() throws IOException {
        List<String> all = new ArrayList<>();
        try (LuceneStore store = LuceneStore.open(dir, 3)) {
            for (int i = 0; i < 10; i++) {
                store.put(article("p" + i, "Ration queue " + i + " at the depot." + " The queue grew.".repeat(i % 3)));
                all.add("p" + i);
            }
        }
        SearchQuery query = new SearchQuery("queue", null, null, null, null, Scope.ALL, 4);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
                SearchResult page = reader.search(query.withCursor(cursor));
                page.hits().forEach(h -> seen.add(h.id()));
                cursor = page.nextCursor();
            }
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }
}
