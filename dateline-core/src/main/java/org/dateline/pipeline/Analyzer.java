package org.dateline.pipeline;

import org.dateline.facts.ActorResolver;
import org.dateline.facts.ArticleActors;
import org.dateline.facts.EventExtractor;
import org.dateline.facts.QuoteExtractor;
import org.dateline.facts.TimeExtractor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.StageProfile;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs the per-article stages after extraction: annotate, then times, actors, quotes and events. Stateless
 * apart from the shared annotator; one instance serves all worker threads.
 */
public final class Analyzer {
    private final Annotating annotator;
    private final int maxAnalyzedChars;
    private final double minEventConfidence;
    private final double minQuoteConfidence;
    private final TimeExtractor times = new TimeExtractor();
    private final ActorResolver actors = new ActorResolver();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final EventExtractor events = new EventExtractor();

    public Analyzer(Annotator annotator) {
        this(annotator, MAX_ANALYZED_CHARS);
    }

    /** An analyzer that looks for facts in at most {@code maxAnalyzedChars} characters of each article. */
    public Analyzer(Annotator annotator, int maxAnalyzedChars) {
        this(annotator::annotate, maxAnalyzedChars, 0, 0);
    }

    /** Annotates a text against a reference day, adding its cost to a profile. */
    @FunctionalInterface
    private interface Annotating {
        Annotation annotate(String text, LocalDate reference, StageProfile profile);
    }

    /**
     * An analyzer whose annotations come from {@code annotator} (text, reference day): {@link Annotator#annotate},
     * or a cache in front of it (what an evaluation keeps between runs). It must be thread-safe.
     */
    public Analyzer(BiFunction<String, LocalDate, Annotation> annotator, int maxAnalyzedChars) {
        this((text, reference, profile) -> profile.time("annotate", () -> annotator.apply(text, reference)),
                maxAnalyzedChars, 0, 0);
    }

    private Analyzer(Annotating annotator, int maxAnalyzedChars, double minEventConfidence, double minQuoteConfidence) {
        this.annotator = annotator;
        this.maxAnalyzedChars = maxAnalyzedChars;
        this.minEventConfidence = minEventConfidence;
        this.minQuoteConfidence = minQuoteConfidence;
    }

    /**
     * This analyzer keeping only the events whose {@code confidence} is at least {@code least} (from 0, every event,
     * to 1): the chance that a careful reader judges the event real, of the right type and with the right source ({@code docs/events.md},
     * "Confidence"), so the threshold trades events found for events right.
     */
    public Analyzer withMinEventConfidence(double least) {
        return new Analyzer(annotator, maxAnalyzedChars, checked(least), minQuoteConfidence);
    }

    /**
     * This analyzer keeping only the quotes whose {@code confidence} is at least {@code least}: the chance that a
     * careful reader judges the quote reported speech with the right speaker ({@code docs/quotes.md},
     * "Confidence"). Events are coded from every quote, those left out included.
     */
    public Analyzer withMinQuoteConfidence(double least) {
        return new Analyzer(annotator, maxAnalyzedChars, minEventConfidence, checked(least));
    }

    /** What makes this analyzer's analyses what they are: this build and its thresholds (a resume reuses only its own). */
    public AnalysisKey key() {
        return AnalysisKey.of(minEventConfidence, minQuoteConfidence);
    }

    private static double checked(double least) {
        if (!(least >= 0 && least <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + least);
        }
        return least;
    }

    /**
     * Facts are looked for in at most this many characters of an article (about 35,000 words, far more
     * than any news article): a runaway input such as a whole book or a log file is analysed in part, with
     * a warning, instead of holding a worker for an hour.
     */
    public static final int MAX_ANALYZED_CHARS = 200_000;

    /**
     * The event confidence the front doors keep by default (analyze, serve, the Spark job): on the judged rounds
     * about nine in ten events kept at it are real, of the right type and with the right source (docs/events.md,
     * "Confidence").
     */
    public static final double DEFAULT_MIN_EVENT_CONFIDENCE = 0.7;

    /** The quote confidence the front doors keep by default (docs/quotes.md, "Confidence"). */
    public static final double DEFAULT_MIN_QUOTE_CONFIDENCE = 0.4;

    /**
     * Annotates the article and finds its facts. The models read English: an article whose language is
     * known to be another is passed on without facts, with a warning saying so.
     */
    public AnalyzedArticle analyze(Article article) {
        return analyze(article, StageProfile.OFF);
    }

    /**
     * {@link #analyze(Article)}, adding the cost of each stage on the calling thread to {@code profile}: the
     * annotators (as {@link Annotator#annotate(String, LocalDate, StageProfile)} names them), then {@code times},
     * {@code actors}, {@code quotes} and {@code events}. What {@code dateline bench} reports.
     */
    public AnalyzedArticle analyze(Article article, StageProfile profile) {
        if (article.language() != null && !article.language().equals("en")) {
            return new AnalyzedArticle(article.withWarning("no facts looked for: the language is '"
                    + article.language() + "' and the models read English only"), List.of(), List.of(), List.of());
        }
        LocalDate reference = article.referenceDay();
        String text = article.text();
        if (text.length() > maxAnalyzedChars) {
            int cut = text.lastIndexOf("\n\n", maxAnalyzedChars);
            text = text.substring(0, cut > 0 ? cut : maxAnalyzedChars);
            article = article.withWarning(String.format(java.util.Locale.ROOT,
                    Article.TRUNCATED + "facts looked for in the first %,d of %,d characters only", text.length(), article.text().length()));
        }
        Article read = article;
        Annotation annotation = annotator.annotate(text, reference, profile);
        TimeExtractor.Found timesFound = profile.time("times",
                () -> times.both(read.id(), annotation, reference, read.published()));
        List<TimeMention> found = timesFound.told();
        List<TimeMention> dating = timesFound.forDating();
        ArticleActors cast = profile.time("actors", () -> actors.resolve(read, annotation));
        List<Quote> said = profile.time("quotes", () -> quotes.extract(read, annotation, cast, found));
        List<Event> coded = profile.time("events", () -> events.extract(read, annotation, cast, said, dating).stream()
                .filter(e -> e.confidence() >= minEventConfidence).toList());
        String id = article.id();
        List<Quote> kept = said.stream().filter(q -> q.atLeast(minQuoteConfidence)).toList();
        return new AnalyzedArticle(article, cast.actors(), kept, found, coded, cast.mentions().stream()
                .map(m -> new Mention(m.actor(), id, m.text(), m.start(), m.end(), m.rule().label())).toList());
    }

}
