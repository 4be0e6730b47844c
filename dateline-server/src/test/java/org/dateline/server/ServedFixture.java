package org.dateline.server;

import org.dateline.corpus.Corpus;
import org.dateline.export.JsonlExporter;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Mention;
import org.dateline.model.MentionRule;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sector;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;
import org.dateline.store.lucene.LuceneStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small served output written without CoreNLP: three invented articles (two outlets reporting the same talks,
 * and one hostile page whose title, outlet, text and quote carry markup), with their quotes, times, events and
 * mentions, linked by the real corpus stage and written by the real exporter and store, as {@code analyze}
 * writes them.
 *
 * @param out   the output folder
 * @param store the Lucene store
 */
record ServedFixture(Path out, Path store) {
    static final String SCRIPT = "<script>window.pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned=1\">";
    static final String JS_LINK = "<a href=\"javascript:window.pwned=1\">read more</a>";

    /** Writes the output to {@code dir}/out and the store to {@code dir}/store. */
    static ServedFixture write(Path dir) throws IOException {
        ServedFixture f = new ServedFixture(dir.resolve("out"), dir.resolve("store"));
        Corpus corpus = new Corpus();
        List<AnalyzedArticle> articles = List.of(talks(), reply(), hostile());
        articles.forEach(corpus::add);
        Corpus.Linked linked = corpus.link();
        try (JsonlExporter exporter = JsonlExporter.open(f.out())) {
            for (AnalyzedArticle a : articles) {
                exporter.write(a);
            }
            exporter.finish(linked);
        }
        try (LuceneStore store = LuceneStore.open(f.store())) {
            for (AnalyzedArticle a : linked.articles()) {
                store.put(a);
            }
        }
        return f;
    }

    private static final Actor VARNEK = new Actor("varnek", "Ilsa Varnek", ActorType.PERSON, List.of("Varnek"),
            List.of("Foreign Minister"), null, Sector.GOV, 2);
    private static final Actor BRELL = new Actor("brell", "Tomas Brell", ActorType.PERSON, List.of("Brell"),
            List.of("envoy"), null, Sector.GOV, 2);

    private static AnalyzedArticle talks() {
        String text = "Foreign Minister Ilsa Varnek of Velmora met the Corvish envoy Tomas Brell in Sarn on Monday."
                + "\n\n\"We will reopen the crossing at Mirren within a month,\" Varnek said after the meeting.\n\n"
                + "Brell said the two sides would meet again in April.";
        return article("talks1", "Sarn Herald", "Velmora and Corvia open talks on the Mirren crossing", "2021-03-10",
                text, "We will reopen the crossing at Mirren within a month,", "Varnek", "said",
                "met the Corvish envoy", "on Monday", "2021-03-08");
    }

    private static AnalyzedArticle reply() {
        String text = "The Corvish envoy Tomas Brell met Ilsa Varnek, Velmora's foreign minister, in Sarn on Monday."
                + "\n\n\"The crossing must open for traders first,\" Brell told reporters.\n\n"
                + "Varnek called the talks useful.";
        return article("talks2", "Corvish Daily", "Corvish envoy meets Velmora minister over Mirren crossing",
                "2021-03-11", text, "The crossing must open for traders first,", "Brell", "told",
                "met Ilsa Varnek", "on Monday", "2021-03-08");
    }

    private static AnalyzedArticle hostile() {
        String text = "Ilsa Varnek answered questions in Sarn on Tuesday. " + SCRIPT + "\n\n"
                + "\"The code " + SCRIPT + " and " + IMG + " change nothing,\" Varnek said. " + JS_LINK + "\n\n"
                + "Tomas Brell met Varnek again in Sarn.";
        Article a = new Article("hostile", "hostile.txt", "<b>Sarn Herald</b>", SCRIPT + " talks", "2021-03-12",
                "metadata", null, List.of("<i>Staff</i>"), "en", text, null, null, List.of());
        return analyzed(a, "The code " + SCRIPT + " and " + IMG + " change nothing,", "Varnek", "said",
                "Tomas Brell met Varnek", "on Tuesday", "2021-03-09");
    }

    private static AnalyzedArticle article(String id, String outlet, String title, String published, String text,
                                           String said, String speaker, String cue, String met, String when,
                                           String day) {
        return analyzed(new Article(id, id + ".txt", outlet, title, published, "metadata", null, List.of(), "en", text,
                null, null, List.of()), said, speaker, cue, met, when, day);
    }

    /** The article with one quote of {@code said}, one CONSULT event on {@code met}, one time and its mentions. */
    private static AnalyzedArticle analyzed(Article a, String said, String speaker, String cue, String met,
                                            String when, String day) {
        String text = a.text();
        Actor who = speaker.equals("Varnek") ? VARNEK : BRELL;
        int qs = text.indexOf(said);
        Quote quote = new Quote(a.id() + "-q", a.id(), new Speaker(who.id(), who.name(), speaker), QuoteKind.DIRECT,
                cue, said, qs, qs + said.length(), a.published(), DateBasis.PUBLISHED);
        int es = text.indexOf(met);
        Event event = new Event(a.id() + "-e", a.id(), new Party("varnek", "Ilsa Varnek", null, Sector.GOV),
                new Party("brell", "Tomas Brell", null, Sector.GOV), EventType.CONSULT, null, "040", day,
                DateBasis.SENTENCE, "Sarn", met, es, es + met.length(), 0.8);
        int ts = text.indexOf(when);
        TimeMention time = new TimeMention(a.id(), when, "DATE", day, ts, ts + when.length());
        List<Mention> mentions = new ArrayList<>();
        for (Actor x : List.of(VARNEK, BRELL)) {
            int full = text.indexOf(x.name());
            if (full >= 0) {
                mentions.add(new Mention(x.id(), a.id(), x.name(), full, full + x.name().length(), MentionRule.NAME.label()));
            }
            String surname = x.aliases().get(0);
            int alone = text.indexOf(surname, full < 0 ? 0 : full + x.name().length());
            if (alone >= 0) {
                mentions.add(new Mention(x.id(), a.id(), surname, alone, alone + surname.length(),
                        MentionRule.SURNAME.label()));
            }
        }
        return new AnalyzedArticle(a, List.of(VARNEK, BRELL), List.of(quote), List.of(time), List.of(event), mentions);
    }
}
