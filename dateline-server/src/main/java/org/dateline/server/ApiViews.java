package org.dateline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.Framing;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.corpus.Timeline;
import org.dateline.export.ActorNetwork;
import org.dateline.export.ContractJson;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.store.Facet;
import org.dateline.store.SearchResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The JSON bodies of the API (docs/api.md): records of the output folder in the output contract's own shape
 * ({@link ContractJson}), put together per page. Every answer is built from one {@link ServedOutput}, so it is
 * consistent even while a reload swaps in another.
 */
final class ApiViews {
    /** snake_case names and ISO days and instants, as the output contract. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance))
            .build();
    private static final ContractJson CONTRACT = new ContractJson(JSON);

    private ApiViews() {
    }

    /** One page of a search: the total, the hits, every facet by its field name, the next page's cursor. */
    static ObjectNode search(SearchResult result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", result.totalHits());
        ArrayNode hits = o.putArray("hits");
        result.hits().forEach(h -> hits.add(JSON.valueToTree(h)));
        ObjectNode facets = o.putObject("facets");
        for (Facet f : Facet.values()) {
            facets.set(f.field(), JSON.valueToTree(result.facet(f)));
        }
        o.put("next_cursor", result.nextCursor());
        return o;
    }

    /**
     * One article: its contract line, and its quotes, times, events and actor mentions with their offsets into
     * its {@code text}; the actors mentioned; its story and thread titles.
     */
    static ObjectNode article(ServedOutput out, AnalyzedArticle a) {
        ObjectNode o = JSON.createObjectNode();
        o.set("article", CONTRACT.article(a));
        ArrayNode quotes = o.putArray("quotes");
        a.quotes().forEach(q -> quotes.add(CONTRACT.quote(q)));
        ArrayNode times = o.putArray("times");
        a.times().forEach(t -> times.add(CONTRACT.time(t)));
        ArrayNode events = o.putArray("events");
        a.events().forEach(e -> events.add(CONTRACT.event(e)));
        ArrayNode mentions = o.putArray("mentions");
        a.mentions().forEach(m -> mentions.add(CONTRACT.mention(m)));
        ArrayNode actors = o.putArray("actors");
        a.actors().forEach(x -> actors.add(CONTRACT.actor(x)));
        Stories.Story story = a.article().story() == null ? null : out.stories().get(a.article().story());
        o.set("story", story == null ? null : CONTRACT.story(story));
        Threads.Thread thread = a.article().thread() == null ? null : out.threads().get(a.article().thread());
        o.set("thread", thread == null ? null : CONTRACT.thread(thread));
        return o;
    }

    /**
     * One actor: its contract line; the names that were merged into it, each with the rule that linked it and how
     * often; who it met, accused, agreed with ... and who did so to it ({@link ActorNetwork}'s edges, most events
     * first, with the first event's evidence); where it is mentioned; its dated facts, oldest first.
     */
    static ObjectNode actor(ServedOutput out, Actor actor) {
        ObjectNode o = JSON.createObjectNode();
        o.set("actor", CONTRACT.actor(actor));
        List<Mention> mentions = out.mentionsByActor().getOrDefault(actor.id(), List.of());
        Map<String, Map<String, Integer>> merges = new TreeMap<>();
        mentions.forEach(m -> merges.computeIfAbsent(m.text(), k -> new TreeMap<>()).merge(
                Objects.requireNonNullElse(m.rule(), "unknown"), 1, Integer::sum));
        ArrayNode names = o.putArray("merges");
        merges.forEach((text, rules) -> rules.forEach((rule, n) ->
                names.addObject().put("text", text).put("rule", rule).put("mentions", n)));
        ArrayNode network = o.putArray("network");
        ActorNetwork links = new ActorNetwork(out.events(), List.copyOf(out.actors().values()));
        for (ActorNetwork.Edge e : links.edges()) {
            if (e.source().equals(actor.id()) || e.target().equals(actor.id())) {
                Event first = e.events().get(0);
                network.addObject().put("source", node(e.source())).put("source_name", links.name(e.source()))
                        .put("event", e.event().name())
                        .put("target", node(e.target())).put("target_name", links.name(e.target()))
                        .put("events", e.events().size()).put("article", first.article()).put("text", first.text());
            }
        }
        ArrayNode where = o.putArray("mentions");
        mentions.forEach(m -> where.add(CONTRACT.mention(m)));
        timeline(o, out.timeline().byActor().getOrDefault(actor.id(), List.of()), out,
                e -> e.actorIds().contains(actor.id()));
        return o;
    }

    /**
     * One story: its contract line; its articles grouped by outlet (side by side); the words each outlet uses
     * distinctively and the facts each reports or leaves out ({@link Framing}); its dated facts.
     */
    static ObjectNode story(ServedOutput out, Stories.Story story) {
        ObjectNode o = JSON.createObjectNode();
        o.set("story", CONTRACT.story(story));
        o.set("outlets", byOutlet(out, story.articles()));
        List<Article> corpus = out.articleList();
        Framing framing = new Framing();
        Framing.Selection selection = Framing.Selection.story(story.id(), corpus);
        o.set("framing", JSON.valueToTree(framing.terms(selection, corpus, out.prior())));
        o.set("coverage", JSON.valueToTree(framing.coverage(selection, corpus, out.quotes(), out.events())));
        timeline(o, out.timeline().byStory().getOrDefault(story.id(), List.of()), out,
                e -> story.id().equals(e.story()));
        return o;
    }

    /** One thread: its contract line, its stories in order (each with its articles by outlet), its dated facts. */
    static ObjectNode thread(ServedOutput out, Threads.Thread thread) {
        ObjectNode o = JSON.createObjectNode();
        o.set("thread", CONTRACT.thread(thread));
        ArrayNode stories = o.putArray("stories");
        for (String id : thread.stories()) {
            Stories.Story s = out.stories().get(id);
            if (s != null) {
                ObjectNode story = stories.addObject();
                story.set("story", CONTRACT.story(s));
                story.set("outlets", byOutlet(out, s.articles()));
            }
        }
        timeline(o, out.timeline().byThread().getOrDefault(thread.id(), List.of()), out,
                e -> thread.id().equals(e.thread()));
        return o;
    }

    /** {@code [{"outlet", "articles": [{id, title, published, duplicate_of}]}]}, outlets by name. */
    private static ArrayNode byOutlet(ServedOutput out, List<String> articleIds) {
        Map<String, List<Article>> groups = new TreeMap<>();
        for (String id : articleIds) {
            AnalyzedArticle a = out.articles().get(id);
            if (a != null) {
                groups.computeIfAbsent(Framing.outletOf(a.article()), k -> new ArrayList<>()).add(a.article());
            }
        }
        ArrayNode outlets = JSON.createArrayNode();
        groups.forEach((outlet, articles) -> {
            ObjectNode g = outlets.addObject().put("outlet", outlet);
            ArrayNode list = g.putArray("articles");
            articles.forEach(a -> list.addObject().put("id", a.id()).put("title", a.title())
                    .put("published", a.published()).put("duplicate_of", a.duplicateOf()));
        });
        return outlets;
    }

    /** The error body every refusal has. */
    static ObjectNode error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", reason(status));
        body.put("message", message);
        return JSON.valueToTree(body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 409 -> "conflict";
            case 413 -> "request too large";
            default -> status >= 500 ? "internal error" : "refused";
        };
    }

    /** The actor id of a network node, or null for a party resolved to no actor. */
    private static String node(String id) {
        return id.startsWith("name:") ? null : id;
    }

    /** Sets {@code timeline} (the dated facts, oldest first) and {@code undated} (how many could not be placed). */
    private static void timeline(ObjectNode o, List<Timeline.Entry> dated, ServedOutput out,
                                 Predicate<Timeline.Entry> belongs) {
        o.set("timeline", JSON.valueToTree(dated));
        o.put("undated", out.timeline().undated().stream().filter(belongs).count());
    }
}
