package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.corpus.Corpus;
import org.dateline.corpus.Stories;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an {@code analyze} output folder (the files {@link JsonlExporter} writes; {@value JsonlExporter#MENTIONS}
 * when there) back into records, so a
 * later run can add a batch to it ({@link Corpus#Corpus(Corpus.Earlier)}).
 *
 * <p>Every field of the files comes back as a record component ({@code fact} and {@code outlets} of quotes and
 * events, {@code thread} of articles included), so the articles of a finished output read back equal the
 * {@link Corpus.Linked#articles()} that were written. Each article comes back with its quotes, times and events,
 * and as its actors the corpus actors its
 * {@code actors} field names (ids {@code actors.jsonl} lacks, as in the output of a run killed before linking,
 * are left out). The facts of a duplicate are not in the files (its original carries them), so a duplicate
 * comes back without them.
 */
public final class ContractReader {
    /** Whether {@code dir} holds an output to add to (its {@value JsonlExporter#ARTICLES} exists). */
    public static boolean holdsOutput(Path dir) {
        return Files.isRegularFile(dir.resolve(JsonlExporter.ARTICLES));
    }

    /**
     * Reads the output in {@code dir}.
     *
     * @throws IOException naming the file, when one of the six is missing, and the file and line number with
     *                     the start of the line, when a line is not JSON of the contract's shape
     */
    public Corpus.Earlier read(Path dir) throws IOException {
        // one reader for every file: an id, a name or a rule read many times is one string
        ObjectMapper json = ContractFiles.sharing();
        Map<String, Actor> actors = new HashMap<>();
        List<Actor> actorList = ContractFiles.read(dir.resolve(JsonlExporter.ACTORS), Actor.class, json);
        actorList.forEach(a -> actors.put(a.id(), a));
        Map<String, List<Quote>> quotes = byArticle(
                ContractFiles.read(dir.resolve(JsonlExporter.QUOTES), Quote.class, json), Quote::article);
        Map<String, List<TimeMention>> times = byArticle(
                ContractFiles.read(dir.resolve(JsonlExporter.TIMES), TimeMention.class, json), TimeMention::article);
        Map<String, List<Event>> events = byArticle(
                ContractFiles.read(dir.resolve(JsonlExporter.EVENTS), Event.class, json), Event::article);
        Path mentionFile = dir.resolve(JsonlExporter.MENTIONS);
        Map<String, List<Mention>> mentions = byArticle(Files.isRegularFile(mentionFile)
                ? ContractFiles.read(mentionFile, Mention.class, json) : List.of(), Mention::article);
        List<AnalyzedArticle> articles = new ArrayList<>();
        // a line's tree is dropped once read: the file's trees are never held together beside the articles
        for (ArticleLine line : JsonLines.read(dir.resolve(JsonlExporter.ARTICLES), l -> ArticleLine.of(l, json))) {
            Article article = line.article();
            List<Actor> mentioned = new ArrayList<>();
            line.actors().forEach(id -> Optional.ofNullable(actors.get(id)).ifPresent(mentioned::add));
            articles.add(new AnalyzedArticle(article, mentioned, quotes.getOrDefault(article.id(), List.of()),
                    times.getOrDefault(article.id(), List.of()), events.getOrDefault(article.id(), List.of()),
                    mentions.getOrDefault(article.id(), List.of())));
        }
        return new Corpus.Earlier(articles, actorList,
                ContractFiles.read(dir.resolve(JsonlExporter.STORIES), Stories.Story.class, json));
    }

    /** A line of {@value JsonlExporter#ARTICLES}: the article, and the ids its {@code actors} field names. */
    private record ArticleLine(Article article, List<String> actors) {
        static ArticleLine of(String line, ObjectMapper json) throws IOException {
            JsonNode node = json.readTree(line);
            List<String> ids = new ArrayList<>();
            node.path("actors").forEach(id -> ids.add(id.asText()));
            return new ArticleLine(json.treeToValue(node, Article.class), ids);
        }
    }

    private static <T> Map<String, List<T>> byArticle(List<T> facts, Function<T, String> article) {
        Map<String, List<T>> out = new HashMap<>();
        facts.forEach(f -> out.computeIfAbsent(article.apply(f), a -> new ArrayList<>()).add(f));
        return out;
    }
}
