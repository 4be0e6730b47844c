package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.LeanParsers;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.tagger.maxent.LeanTagger;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The only door to CoreNLP. Models load once per process and preset ({@link #forPreset}), the lean parser's and the
 * names-only tagger's each on a thread of their own beside the others ({@link Loading}); an {@code Annotator} is
 * thread-safe and meant to be shared by all worker threads.
 */
public final class Annotator {
    private static final Map<Preset, Annotator> LOADED = new EnumMap<>(Preset.class);
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final String POS = "pos";
    private static final String NER = "ner";
    private static final String DEPPARSE = "depparse";

    static {
        // before any pipeline: TokensRegex's per-attempt allocations at the room its matches need (docs/scale.md)
        MatcherRoom.install();
    }

    private final Preset preset;
    private final List<Step> steps;
    private final TenseTags tenseTags;

    /** One CoreNLP annotator of the pipeline, with the stage name it is profiled under. */
    private record Step(String stage, edu.stanford.nlp.pipeline.Annotator annotator) {
    }

    /**
     * @param gateTimes run SUTime and the numeric classifiers only on the sentences that can hold a time or a number
     *                  ({@link GatedNer}); the lean presets do, plain CoreNLP does not
     */
    private Annotator(Preset preset, boolean gateTimes) {
        this.preset = preset;
        Properties properties = preset.properties();
        List<String> names = List.of(properties.getProperty("annotators").split(","));
        boolean leanParse = preset.parsesLean();
        properties.setProperty("annotators", String.join(",", names.stream()
                .filter(name -> !(gateTimes && name.equals(NER)) && !(leanParse && name.equals(DEPPARSE)))
                .toList()));
        Properties parsing = PropertiesUtils.extractPrefixedProperties(properties, DEPPARSE + ".");
        Loading<edu.stanford.nlp.pipeline.Annotator> leanParser = leanParse
                ? Loading.start("parser", () -> LeanParsers.annotator(parsing)) : null;
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        List<Step> steps = new ArrayList<>();
        TenseTags tenseTags = TenseTags.NONE;
        for (String name : names) {
            if (gateTimes && name.equals(NER)) {
                GatedNer ner = new GatedNer(properties);
                tenseTags = TenseTags.of(ner.withTimes);
                steps.add(new Step("corenlp " + name, ner));
            } else if (leanParse && name.equals(DEPPARSE)) {
                steps.add(new Step("corenlp " + name, leanParser.get()));
            } else if (name.equals(POS) && preset.tagsLean()) {
                steps.add(new Step("corenlp " + name, LeanTagger.of((POSTaggerAnnotator) pipeline.pool.get(name))));
            } else {
                edu.stanford.nlp.pipeline.Annotator annotator = pipeline.pool.get(name);
                tenseTags = name.equals(NER) ? TenseTags.of((NERCombinerAnnotator) annotator) : tenseTags;
                steps.add(new Step("corenlp " + name, annotator));
            }
            if (name.equals("tokenize") && preset.splitsGluedSentences()) {
                steps.add(new Step("glued sentences", new GluedSentences()));
            }
        }
        this.steps = List.copyOf(steps);
        this.tenseTags = tenseTags;
    }

    /** The process-wide annotator for {@code preset}, loading its models on first use. */
    public static synchronized Annotator forPreset(Preset preset) {
        return LOADED.computeIfAbsent(preset, p -> new Annotator(p, p.gatesTimes()));
    }

    /** A new annotator for {@code preset} that runs SUTime on every sentence: what the time gate is tested against. */
    static Annotator ungated(Preset preset) {
        return new Annotator(preset, false);
    }

    /** Drops the process-wide annotator for {@code preset} so its models can be garbage-collected. */
    public static synchronized void unload(Preset preset) {
        LOADED.remove(preset);
    }

    public Preset preset() {
        return preset;
    }

    /**
     * Annotates {@code text}. Relative times ("on Monday") resolve against {@code referenceDate}; when it
     * is null they stay unresolved rather than being resolved against today. Runs of one punctuation character
     * longer than three are read as three (see {@code PunctuationRuns}); offsets are into {@code text} as given.
     */
    public Annotation annotate(String text, LocalDate referenceDate) {
        return annotate(text, referenceDate, StageProfile.OFF);
    }

    /**
     * {@link #annotate(String, LocalDate)}, adding each CoreNLP annotator's cost to {@code profile} as the stage
     * {@code corenlp NAME}, and the conversion to Dateline's types as {@code corenlp to dateline types}. Like
     * CoreNLP's own pipeline, it stops between annotators when the thread is interrupted.
     */
    public Annotation annotate(String text, LocalDate referenceDate, StageProfile profile) {
        CoreDocument doc = new CoreDocument(PunctuationRuns.tame(text));
        tenseTags.clear();
        if (referenceDate != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        for (Step step : steps) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            profile.run(step.stage(), () -> step.annotator().annotate(doc.annotation()));
        }
        return profile.time("corenlp to dateline types", () -> {
            doc.wrapAnnotations();
            return convert(text, doc);
        });
    }

    /**
     * Dateline's types for CoreNLP's annotation, a sentence or a mention per call: small methods, compiled each on its
     * own from the calls, where one method's loops were compiled again and again while running (on-stack replacement).
     */
    private Annotation convert(String text, CoreDocument doc) {
        List<CoreSentence> coreSentences = doc.sentences() == null ? List.of() : doc.sentences();
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int si = 0; si < coreSentences.size(); si++) {
            sentences.add(sentence(si, coreSentences.get(si)));
        }
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        List<CoreEntityMention> ems = doc.entityMentions() == null ? List.of() : doc.entityMentions();
        for (CoreEntityMention em : ems) {
            if (TEMPORAL.contains(em.entityType())) {
                timexes.add(timex(text, em));
            } else if (!isPronoun(em)) {
                mentions.add(mention(text, em));
            }
        }
        return new Annotation(text, sentences, mentions, timexes);
    }

    private Sentence sentence(int si, CoreSentence cs) {
        List<CoreLabel> labels = cs.tokens();
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(token(l));
        }
        // Basic dependencies form a tree; the enhanced graphs add edges that make subtrees ambiguous.
        SemanticGraph graph = preset.parses()
                ? cs.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
        List<Dependency> deps = graph == null ? new ArrayList<>() : dependencies(graph);
        int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(si, start, end, tokens, deps);
    }

    private static Token token(CoreLabel l) {
        return new Token(l.index() - 1, l.originalText(), orEmpty(l.lemma()), orEmpty(l.tag()),
                l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition());
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> deps = new ArrayList<>();
        for (var root : graph.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return deps;
    }

    private static Timex timex(String text, CoreEntityMention em) {
        int start = em.charOffsets().first();
        int end = em.charOffsets().second();
        edu.stanford.nlp.time.Timex t = em.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        return new Timex(text.substring(start, end), t == null ? em.entityType() : t.timexType(),
                t == null ? null : t.value(), start, end, em.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class));
    }

    private static Mention mention(String text, CoreEntityMention em) {
        int start = em.charOffsets().first();
        int end = em.charOffsets().second();
        List<CoreLabel> toks = em.tokens();
        int first = toks.get(0).index() - 1;
        int last = toks.get(toks.size() - 1).index();
        return new Mention(text.substring(start, end), em.entityType(), start, end,
                em.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class), first, last);
    }

    /** The entity-mention builder also marks pronouns as PERSON; fact extraction resolves those itself. */
    private static boolean isPronoun(CoreEntityMention em) {
        List<CoreLabel> toks = em.tokens();
        return toks.size() == 1 && toks.get(0).tag() != null && toks.get(0).tag().startsWith("PRP");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
