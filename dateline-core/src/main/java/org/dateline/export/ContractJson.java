package org.dateline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;

import java.util.List;
import java.util.Locale;

/**
 * Maps model records to the JSON objects of the output contract (README.md, "Output contract"), one record
 * component to one field, adding and changing nothing; reading them back is {@link ContractFiles} and
 * {@link ContractReader}. Every contract field is always present: an unknown value (such as the {@code fact} of a
 * quote not linked yet) is written as JSON {@code null}, never omitted. Field names are snake_case; quote kinds
 * are lower-case ({@code direct}); actor types upper-case ({@code PERSON}). Every field of the contract is
 * written, plus the TIMEX3 {@code type} of a time (DATE, TIME, DURATION, SET).
 */
public final class ContractJson {
    private final ObjectMapper mapper;

    public ContractJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A line of {@code articles.jsonl}. */
    public ObjectNode article(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("published", a.published());
        o.put("published_basis", a.publishedBasis());
        o.put("modified", a.modified());
        o.set("dateline", dateline(a.dateline()));
        o.set("authors", strings(a.authors()));
        o.put("language", a.language());
        o.put("text", a.text());
        o.put("duplicate_of", a.duplicateOf());
        o.put("story", a.story());
        o.put("thread", a.thread());
        o.set("warnings", strings(a.warnings()));
        return o;
    }

    /**
     * A line of {@code articles.jsonl} as {@code analyze} writes it: {@link #article(Article)} plus
     * {@code actors}, the distinct ids of its {@link AnalyzedArticle#actors()} (corpus ids once the run is linked).
     */
    public ObjectNode article(AnalyzedArticle a) {
        ObjectNode o = article(a.article());
        o.set("actors", strings(a.actors().stream().map(Actor::id).distinct().toList()));
        return o;
    }

    /** A line of {@code actors.jsonl}. */
    public ObjectNode actor(Actor a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("type", name(a.type()));
        o.set("aliases", strings(a.aliases()));
        o.set("titles", strings(a.titles()));
        o.put("country", a.country());
        o.put("sector", name(a.sector()));
        o.put("mentions", a.mentions());
        return o;
    }

    /** A line of {@code quotes.jsonl}. */
    public ObjectNode quote(Quote q) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", q.id());
        o.put("article", q.article());
        o.set("speaker", speaker(q.speaker()));
        o.put("kind", q.kind() == null ? null : q.kind().name().toLowerCase(Locale.ROOT));
        o.put("cue", q.cue());
        o.put("text", q.text());
        o.put("start", q.start());
        o.put("end", q.end());
        o.put("date", q.date());
        o.put("date_basis", basis(q.dateBasis()));
        o.put("fact", q.fact());
        o.set("outlets", strings(q.outlets()));
        o.put("confidence", q.confidence());
        o.set("signals", strings(q.signals()));
        return o;
    }

    /** A line of {@code mentions.jsonl}. */
    public ObjectNode mention(Mention m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("actor", m.actor());
        o.put("article", m.article());
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("rule", m.rule());
        return o;
    }

    /** A line of {@code times.jsonl}. */
    public ObjectNode time(TimeMention t) {
        ObjectNode o = mapper.createObjectNode();
        o.put("article", t.article());
        o.put("text", t.text());
        o.put("type", t.type());
        o.put("value", t.value());
        o.put("start", t.start());
        o.put("end", t.end());
        return o;
    }

    /** A line of {@code events.jsonl}; a missing target is JSON {@code null}. */
    public ObjectNode event(Event e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("article", e.article());
        o.set("source", party(e.source()));
        o.set("target", party(e.target()));
        o.put("event", name(e.event()));
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("date", e.date());
        o.put("date_basis", basis(e.dateBasis()));
        o.put("place", e.place());
        o.put("text", e.text());
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("confidence", e.confidence());
        o.put("reciprocal", e.reciprocal());
        o.put("fact", e.fact());
        o.set("outlets", strings(e.outlets()));
        o.set("signals", strings(e.signals()));
        return o;
    }

    /** A line of {@code stories.jsonl}. */
    public ObjectNode story(Stories.Story s) {
        return mapper.valueToTree(s);
    }

    /** A line of {@code threads.jsonl}. */
    public ObjectNode thread(Threads.Thread t) {
        return mapper.valueToTree(t);
    }

    /** The constant's name as the contract writes it, or null. */
    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static String basis(DateBasis basis) {
        return basis == null ? null : basis.name().toLowerCase(Locale.ROOT);
    }

    private ObjectNode party(Party p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("actor", p.actor());
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("sector", name(p.sector()));
        o.put("implied", p.implied());
        return o;
    }

    private ObjectNode speaker(Speaker s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("actor", s == null ? null : s.actor());
        o.put("name", s == null ? null : s.name());
        o.put("mention", s == null ? null : s.mention());
        return o;
    }

    private ObjectNode dateline(Dateline d) {
        if (d == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("place", d.place());
        o.put("date", d.date());
        return o;
    }

    /** {@code values} as a JSON array; null as JSON {@code null}. */
    private ArrayNode strings(List<String> values) {
        if (values == null) {
            return null;
        }
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
