package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.Ids;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds what was said in an article and by whom.
 *
 * <ul>
 *   <li>Reported speech from the parse: a speech verb with a complement clause ({@code ccomp}, or a
 *       {@code parataxis} clause for "X is Y, he said"); the content is the whole clause, "that" included.
 *       With a quoted fragment inside it is {@link QuoteKind#MIXED}; when the quotation is the whole
 *       clause it is {@link QuoteKind#DIRECT}. "According to X, ..." takes the clause it modifies.</li>
 *   <li>Quotations not inside reported speech: attributed to the nearest speech verb outside the marks
 *       in the sentences the quotation touches ("as X put it" is one), else to a cue in the sentence just before (ending in a
 *       colon; with no cue there, to that sentence's subject when it is someone: "One officer pinpointed the
 *       shooter:") or just after (short, or only an attribution, and introducing no quotation of its own), else,
 *       inside a sentence, to the actor its main clause has for subject ("X introduced Y as "...""), else to the person
 *       named as the subject of the sentence just before it ("X, 77, opposed the idea. "...""), else to the speaker of
 *       the quotation right before it (a quote paragraph continuing the same speaker). Short quoted fragments with no cue (titles, scare
 *       quotes) are not quotes, nor are names and titles with a cue ({@link QuotedSpans#isName}).</li>
 *   <li>The speaker is the subject of the cue ("X told Y"), climbing from "saying" to the clause it hangs
 *       on; "quoted X as saying" takes X; resolved by {@link SpeakerResolver}.</li>
 * </ul>
 * Quotes nested in the content of another are dropped: the outer attribution carries them.
 */
public final class QuoteExtractor {
    private static final Map<String, Set<String>> CUES = TsvResource.wordsByTag(QuoteExtractor.class,
            "speech-verbs.tsv", Set.of("speech", "request", "object", "inference", "finding"));
    private static final Set<String> SPEECH_VERBS = CUES.get("speech");
    /** Cues whose content can be an infinitive: "asked him to resign", "urged them to vote". */
    private static final Set<String> REQUEST_VERBS = CUES.get("request");
    /** Cues whose content can be a noun phrase: "acknowledged their uphill battle", "denied the report". */
    private static final Set<String> OBJECT_VERBS = CUES.get("object");
    /**
     * Cues that report speech only of someone who can speak: "the minister suggested that", not "studies suggest that"
     * (nor "some reports suggest that": PolNeAR dev lost a speaker to "the spot suggests" kept).
     */
    private static final Set<String> INFERENCE_VERBS = CUES.get("inference");
    /**
     * Cues that report speech only as a quotation: "'...,' the statement concluded", not "officials concluded that"; a
     * quotation in the clause ("concluded that it was 'mostly false'") is attributed on its own.
     */
    private static final Set<String> FINDING_VERBS = CUES.get("finding");
    /**
     * Nouns of belief whose "that" clause is what is believed, not what the cue reported: "it confirms the belief
     * that", "reinforced the impression that".
     */
    private static final Set<String> BELIEF_NOUNS = Set.of("belief", "view", "idea", "notion", "impression",
            "suspicion", "fear", "hope", "feeling", "sense", "theory", "assumption", "perception", "conviction");
    /** Shorter quotations outside reported speech without a cue right by them are names, titles or scare quotes. */
    private static final int MIN_QUOTE_WORDS = 3;
    /** How close (in characters) the cue of a shorter quotation must be: {@code "Never," the mayor said}. */
    private static final int SHORT_QUOTE_CUE_DISTANCE = 20;
    private static final int MIN_UNATTRIBUTED_WORDS = 6;
    private static final int CARRY_OVER_GAP = 400;
    /** Verbs that give a thing a name, quoted after "in what X ...": "called", "described as", "termed", "dubbed". */
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "dub", "label", "characterize",
            "characterise");
    /** The most characters between a naming verb and the quotation it names ("described as the "). */
    private static final int NAMING_GAP = 12;
    /** How far (in characters) after a cue a quotation it introduces with a colon may start: "responded by saying: "". */
    private static final int OWN_QUOTATION_GAP = 30;
    /** The end of the text before a quotation that a colon introduces ("he radioed: "...""). */
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s*[\"“‘']?$");
    /** How far "that" may follow its cue in "said (in a statement) that": tokens. */
    private static final int MAX_CUE_TO_THAT = 5;
    /** Words that open a question a negated cue leaves unanswered: "did not say how", "never disclosed whether". */
    private static final Set<String> OPEN_QUESTION = Set.of("how", "whether", "if", "what", "when", "where", "why",
            "which", "who");
    /** Verbs and nouns of refusing whose infinitive cue says nothing was said: "declined to say", "his refusal to say". */
    private static final Set<String> REFUSALS = Set.of("decline", "refuse", "refusal", "fail", "failure", "reluctance");
    /** Dependents of the source's head that belong to its name in "according to X". */
    private static final Set<String> SOURCE_RELATIONS = Set.of("det", "compound", "amod", "nmod", "flat", "appos",
            "nummod", "case", "fixed", "cc", "conj", "acl");
    /** Subordinators that open an adverbial, not reported words, before a participle ("while declining to"). */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("while", "whilst", "when", "after", "before", "since",
            "though", "although", "once", "until", "upon");
    /** Dependents that give a cue content of its own. */
    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "parataxis", "xcomp", "obj", "mark");
    /**
     * Modals that make a cue speech not (yet) made: "I would have said", "as the coach would say", "people will ask
     * you to", "she may claim"; "can" and "must" are left out ("I can tell you that", "I must say").
     */
    private static final Set<String> UNREAL_MODALS = Set.of("will", "would", "'ll", "'d", "might", "may", "could",
            "should", "shall");
    /** Words of forecast whose infinitive cue is speech not yet made: "are likely to say", "is expected to announce". */
    private static final Set<String> FORECASTS = Set.of("likely", "unlikely", "expect");

    /** The pronouns a speaker of the passage goes on as ({@link #continuePronouns}). */
    private static final Set<String> PRONOUN_SPEAKERS = Set.of("he", "she");

    /** Words {@code [start, end)} attributed by {@code via}, the cue token {@code cue} of sentence {@code sentence} (-1: none). */
    private record Found(int start, int end, QuoteKind kind, int sentence, int cue, Speaker speaker,
                         QuoteConfidence.Cue via) {
    }

    public List<Quote> extract(Article article, Annotation annotation, ArticleActors actors, List<TimeMention> times) {
        return extractAttributions(article, annotation, actors, times).stream().flatMap(List::stream).toList();
    }

    /**
     * The quotes grouped by attribution: the parts of a split quotation ("A," she said. "B.") and the quote
     * paragraphs that continue a speaker without a cue of their own share one group, in text order.
     */
    public List<List<Quote>> extractAttributions(Article article, Annotation annotation, ArticleActors actors,
                                                 List<TimeMention> times) {
        String text = annotation.text();
        List<QuotedSpans.Span> quoted = QuotedSpans.find(text);
        SpeakerResolver speakers = new SpeakerResolver(article, annotation, actors, quoted);
        List<Found> found = new ArrayList<>();
        for (Sentence s : annotation.sentences()) {
            labelled(annotation, s, actors, speakers).ifPresent(found::add);
            for (Token v : s.tokens()) {
                if (cueVerb(s, v.index()) && !insideQuote(quoted, v.start(), v.end()) && !unreal(s, v.index()) && !question(s, v.index(), quoted)) {
                    reported(text, s, v.index(), quoted, speakers).ifPresent(found::add);
                }
                if (v.word().equalsIgnoreCase("according") && !insideQuote(quoted, v.start(), v.end())) {
                    accordingTo(s, v.index(), quoted, speakers).ifPresent(found::add);
                }
            }
        }
        Found previous = null;
        for (QuotedSpans.Span q : quoted) {
            Optional<Found> covering = found.stream().filter(f -> f.start() < q.end() && q.start() < f.end()).findFirst();
            if (covering.isPresent()) {
                previous = covering.get();
                continue;
            }
            Found quotedBefore = previous;
            Found direct = direct(annotation, q, quoted, speakers, reportedJustBefore(annotation, q, found, quoted)
                    .filter(r -> quotedBefore == null || r.sentence() > annotation.sentenceAt(quotedBefore.end() - 1))
                    .orElse(quotedBefore));
            if (direct != null) {
                found.add(direct);
                previous = direct;
            }
        }
        found.removeIf(f -> addressesReader(f.speaker()));
        List<Found> kept = outermost(found, annotation, speakers);
        continuePronouns(kept, found, annotation, speakers);
        List<List<Quote>> groups = new ArrayList<>();
        Found last = null;
        for (Found f : kept) {
            Quote q = build(article, annotation, f, times);
            if (last != null && f.cue() >= 0 && f.cue() == last.cue() && f.sentence() == last.sentence()) {
                groups.get(groups.size() - 1).add(q);
            } else {
                groups.add(new ArrayList<>(List.of(q)));
            }
            last = f;
        }
        return groups.stream().map(List::copyOf).toList();
    }

    /**
     * Gives a "he" or "she" speaker of the attributions {@code kept} the named person whose attribution ends last before
     * it where the passage goes on with them ({@link SpeakerResolver#continues}): "Lai Obi, the minister, denied the
     * reports. "...," he said" is Obi's, whoever was named further back; not where that person is the other pronoun's
     * ("...," she said. ... "...," he said). Of those {@code found}, one whose cue is inside the words of one kept is
     * no attribution the passage goes on from (a name in an inverted "While Ruiz wants to declare ..., said Vega"), one
     * an attribution kept is nested in is ("..., according to the files, said Vega"); of two ending together, the inner.
     */
    private static void continuePronouns(List<Found> kept, List<Found> found, Annotation annotation, SpeakerResolver speakers) {
        List<Found> spoken = new ArrayList<>(kept);
        found.stream().filter(b -> kept.stream().noneMatch(k -> k.equals(b) || holdsCue(k, b, annotation))).forEach(spoken::add);
        for (int i = 0; i < kept.size(); i++) {
            Found f = kept.get(i);
            String mention = f.speaker().mention();
            Optional<Found> before = spoken.stream().filter(b -> b.end() <= f.start())
                    .max(Comparator.comparingInt(Found::end).thenComparingInt(Found::start));
            if (mention == null || !PRONOUN_SPEAKERS.contains(mention.toLowerCase(Locale.ROOT)) || f.cue() < 0
                    || before.isEmpty() || before.get().speaker().actor() == null) {
                continue;
            }
            Speaker last = before.get().speaker();
            boolean otherPronoun = last.mention() != null && PRONOUN_SPEAKERS.contains(last.mention().toLowerCase(Locale.ROOT))
                    && !last.mention().equalsIgnoreCase(mention);
            int pronoun = pronounOffset(annotation, f);
            if (!otherPronoun && !last.actor().equals(f.speaker().actor()) && pronoun >= 0 && speakers.continues(last.actor(),
                    mention, pronoun, before.get().sentence(), before.get().start(), before.get().end())) {
                Found carried = new Found(f.start(), f.end(), f.kind(), f.sentence(), f.cue(),
                        new Speaker(last.actor(), last.name(), mention), f.via());
                kept.set(i, carried);
                spoken.set(i, carried);
            }
        }
    }

    /** The offset of the pronoun that is the subject of {@code f}'s cue; -1 where there is none. */
    private static int pronounOffset(Annotation annotation, Found f) {
        Sentence s = annotation.sentences().get(f.sentence());
        return s.children(f.cue()).stream().filter(d -> d.baseRelation().equals("nsubj"))
                .map(d -> s.token(d.dependent())).filter(Token::isPronoun).mapToInt(Token::start).findFirst().orElse(-1);
    }

    /**
     * The last attribution outside quotation marks that ends in the sentence before quotation {@code q} or in its own,
     * before it: "Ruiz told reporters that it was false. "..."" carries Ruiz; one further back does not (a quotation
     * after a sentence about something else is not its words), nor one whose cue is in an adverbial clause ("Vega
     * retired a day after Ruiz said he would go. "..."": the sentence is about Vega). The caller prefers the quotation
     * before it where that ends in the same sentence or later.
     */
    private static Optional<Found> reportedJustBefore(Annotation annotation, QuotedSpans.Span q, List<Found> found,
                                                      List<QuotedSpans.Span> quoted) {
        int sentence = annotation.sentenceAt(q.start());
        return found.stream().filter(f -> f.end() <= q.start() && sentence - annotation.sentenceAt(f.end() - 1) <= 1
                        && !insideQuote(quoted, f.start(), f.end()) && !adverbialCue(annotation, f))
                .max(Comparator.comparingInt(Found::end));
    }

    private static boolean adverbialCue(Annotation annotation, Found f) {
        Sentence s = annotation.sentences().get(f.sentence());
        return f.cue() >= 0 && s.headEdge(f.cue()).filter(e -> e.baseRelation().equals("advcl")).isPresent();
    }

    /**
     * Whether a speaker is the reader the text addresses ("you're promised a smooth ride", "you're afraid to say
     * "yes""): copy that talks to its reader reports nobody's words.
     */
    private static boolean addressesReader(Speaker speaker) {
        return speaker.mention() != null && speaker.mention().equalsIgnoreCase("you");
    }

    /**
     * Whether sentence {@code s} of cue {@code v} is the writer's question, a "?" ending it outside quotation marks
     * ("Is it fair to say that the format failed?"): it asks about words, it does not report them. A question asked
     * ("Was it possible, I asked her, that ...?") is reported.
     */
    private static boolean question(Sentence s, int v, List<QuotedSpans.Span> quoted) {
        Token last = s.token(s.tokens().size() - 1);
        return last.word().equals("?") && !insideQuote(quoted, last.start(), last.end())
                && !s.token(v).lemma().equalsIgnoreCase("ask");
    }

    /** Whether token {@code v} of {@code s} is "put" of "as X put it", which attributes the quotation it stands by. */
    private static boolean putItAs(Sentence s, int v) {
        return s.token(v).lemma().equalsIgnoreCase("put") && !s.children(v, "nsubj").isEmpty()
                && s.children(v, "obj").stream().anyMatch(o -> s.token(o).word().equalsIgnoreCase("it"))
                && s.children(v, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("as"));
    }

    private static boolean isCue(Token v) {
        return v.isVerb() && isSpeechVerb(v.lemma());
    }

    /**
     * Whether token {@code v} of {@code s} is a cue that reports: not a speech verb the parse makes a modifier inside
     * a noun phrase, after a hyphen, article, possessive or adverb ("the self-declared council", "his often-repeated
     * vow" name a thing, they report no words). A verb after its noun ("with the chief executive arguing") or a
     * subject or quotation ("Abe told reporters", "..." wrote Ruiz) the parse took for a modifier stays.
     */
    private static boolean cueVerb(Sentence s, int v) {
        return isCue(s.token(v)) && s.headEdge(v).filter(e -> e.relation().equals("amod") && e.head() > v && v > 0
                && s.token(v - 1).pos().matches("HYPH|DT|PRP\\$|POS|RB|JJ")).isEmpty();
    }

    /**
     * Whether cue {@code v} reports no speech made: a modal of {@link #UNREAL_MODALS} stands before it in its clause
     * (a counterfactual, a habit, a forecast or a generic "people will ask you"), or a negated "can" (what one cannot
     * say is no statement: "I can't say the steering feels different", "officials cannot say when"); not one the parse hung on
     * it from a quotation before ("'... it will, sooner or later,' said Ruiz"). Nor does a cue under "let" (the
     * writer's own wording: "let's say they make you grow"), the infinitive of a word of {@link #FORECASTS} ("lawyers
     * are likely to argue") or one an embedded question asks about ({@link #askedAbout}).
     */
    private static boolean unreal(Sentence s, int v) {
        return s.children(v).stream().anyMatch(d -> d.relation().equals("aux") && d.dependent() < v
                && (UNREAL_MODALS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)) || cannot(s, v, d.dependent()))
                && IntStream.range(d.dependent() + 1, v).noneMatch(i -> s.token(i).pos().matches("[,:]|''|``")))
                || letUs(s, v) || forecast(s, v) || askedAbout(s, v);
    }

    /** Whether cue {@code v} is the infinitive of a word of {@link #FORECASTS} before it ("is likely to say"). */
    private static boolean forecast(Sentence s, int v) {
        return s.headEdge(v).filter(e -> e.relation().equals("xcomp") && e.head() >= 0 && e.head() < v
                && FORECASTS.contains(s.token(e.head()).lemma().toLowerCase(Locale.ROOT))).isPresent();
    }

    /** Whether cue {@code v} follows "let's", "let us" or "let me" that it hangs on ("well, let's say they ..."). */
    private static boolean letUs(Sentence s, int v) {
        return s.headEdge(v).filter(e -> e.head() >= 0 && e.head() < v && v - e.head() <= 2
                && s.token(e.head()).lemma().equalsIgnoreCase("let")
                && IntStream.range(e.head() + 1, v).anyMatch(i -> Set.of("'s", "’s", "us", "me")
                        .contains(s.token(i).word().toLowerCase(Locale.ROOT)))).isPresent();
    }

    /**
     * Whether cue {@code v} is the verb of an embedded question, the complement of a verb before it with an
     * interrogative "who" or "what" for subject ("the producers learned who had written it"): who spoke is what is
     * asked, nobody is reported. A relative clause ("the clerk who said", "the clerk, who said") is no question.
     */
    private static boolean askedAbout(Sentence s, int v) {
        return s.children(v, "nsubj").stream().anyMatch(t -> s.token(t).pos().equals("WP") && t > 0
                        && Set.of("who", "what").contains(s.token(t).word().toLowerCase(Locale.ROOT))
                        && s.token(t - 1).isVerb())
                && s.headEdge(v).filter(e -> e.relation().equals("ccomp") && e.head() >= 0 && e.head() < v).isPresent();
    }

    /** Whether auxiliary {@code aux} of cue {@code v} is "cannot", or "can" with the cue negated ("can't", "can not"). */
    private static boolean cannot(Sentence s, int v, int aux) {
        String word = s.token(aux).word().toLowerCase(Locale.ROOT);
        return word.equals("cannot") || Set.of("can", "ca").contains(word) && negated(s, v);
    }

    static boolean isSpeechVerb(String lemma) {
        return SPEECH_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Tokens {@code [first, last]} of a sentence holding what was said, and the token naming who said it. */
    private record Reading(int first, int last, Optional<Integer> speaker) {
    }

    /**
     * Reported speech for cue {@code v}: a complement after the cue runs to the end of the sentence (the
     * whole reported clause, as news attribution corpora mark it); one before the cue ("X is Y, he said")
     * ends before the cue's own words. Where the parse gives no complement, the surface forms
     * "CONTENT, SUBJECT said", "CONTENT, said SUBJECT" and "SUBJECT said (OBJECT) that CONTENT" are read
     * (the last only with "that" no determiner and a finite verb after it: "said long before that final pitch" and
     * "wrote dozens of poems that winter and sent them" tell a time, not speech).
     * On a headline line the speaker must be a known actor. A negated or refused cue with an open question for
     * content ("did not disclose how large the order was", "declined to say whether", "his refusal to say which
     * side he backs") reports that nothing was said. An inference cue with a thing for subject ("several studies
     * suggest that") and a finding cue without a quotation ("officials concluded that") report a finding, not
     * speech; so does a "that" clause of a noun of belief ("it confirms the belief that").
     */
    private Optional<Found> reported(String text, Sentence s, int v, List<QuotedSpans.Span> quoted,
                                     SpeakerResolver speakers) {
        Optional<Integer> subject = speakerToken(s, v, quoted);
        Optional<Reading> reading = fromParse(s, v, subject).or(() -> fromSurface(s, v, subject))
                .filter(r -> r.last() >= v || hasFiniteVerb(s, r.first(), r.last()));
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        int first = reading.get().first();
        int last = reading.get().last();
        while (first < last && s.token(first).pos().matches("[.,:]")) {
            first++;
        }
        while (last > first && s.token(last).pos().matches("[.,:]|-RRB-|HYPH")) {
            last--;
        }
        if (last - first < 2 || (negated(s, v) || refused(s, v)) && OPEN_QUESTION.contains(s.token(first).word().toLowerCase(Locale.ROOT))
                || adverbialOpening(s, v, first)) {
            return Optional.empty();
        }
        Optional<Integer> speakerToken = reading.get().speaker();
        boolean headline = headline(text, s);
        if (headline) {
            Optional<Integer> inverted = surfaceSubject(s, v).filter(i -> i > v);
            speakerToken = inverted.isPresent() ? inverted : speakerToken;
        }
        if (speakerToken.or(() -> passiveSubject(s, v)).filter(t -> !speakers.canSpeak(s, t)).isPresent()) {
            return Optional.empty();
        }
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        if (INFERENCE_VERBS.contains(lemma) && speakerToken.filter(t -> s.token(t).pos().matches("NNS?")
                && !speakers.isSomeone(s, t)).isPresent()) {
            return Optional.empty();
        }
        Speaker speaker = speakerToken.map(t -> speakers.resolve(s, t)).orElse(new Speaker(null, null, null));
        if (headline && speaker.actor() == null) {
            return Optional.empty();
        }
        Found f = withQuotations(s.token(first).start(), s.token(last).end(), quoted, s.index(), v, speaker,
                QuoteConfidence.Cue.VERB);
        boolean title = f.kind() == QuoteKind.DIRECT && QuotedSpans.isName(text, new QuotedSpans.Span(f.start(), f.end()));
        boolean finding = FINDING_VERBS.contains(lemma) && f.kind() != QuoteKind.DIRECT;
        return title || finding ? Optional.empty() : Optional.of(f);
    }

    /**
     * Whether the content after cue {@code v}, from token {@code first}, is an adverbial the parse took for it, not
     * what was said: a subordinator with a participle ("a risk that Ruiz admits, while declining to say more";
     * content before the cue stays: "While searching the car, officers found a gun, police said"), or "where" or
     * "when" after a cue whose subject follows a noun with no
     * relative word, whose object that noun is ("the short story she wrote where a banker cheats at poker": the
     * clause tells about the story).
     */
    private static boolean adverbialOpening(Sentence s, int v, int first) {
        Token opener = s.token(first);
        boolean participle = first > v && first + 1 < s.tokens().size() && ADVERBIAL_OPENERS.contains(opener.word().toLowerCase(Locale.ROOT))
                && s.token(first + 1).pos().matches("VBG|VBN");
        boolean objectGap = first > v && Set.of("where", "when").contains(opener.word().toLowerCase(Locale.ROOT)) && v >= 2
                && s.children(v, "nsubj").contains(v - 1) && s.token(v - 2).pos().matches("NNS?");
        return participle || objectGap;
    }

    /**
     * The cue's complement clause, or the clause the cue interrupts or trails ("X is Y, he said"); not the clause
     * before a cue a colon follows ("The ferry line halted service, declaring: '...'": its words come after the colon).
     */
    private static Optional<Reading> fromParse(Sentence s, int v, Optional<Integer> subject) {
        for (Dependency d : s.children(v)) {
            if ((d.relation().equals("ccomp") || d.relation().equals("parataxis") && d.dependent() > v)
                    && !trailingAttribution(s, v, d.dependent())) {
                BitSet clause = s.subtree(d.dependent());
                if (d.dependent() > v && clause.nextSetBit(0) < v) {
                    continue;
                }
                int last = d.dependent() > v ? beforeTrailingCue(s, d.dependent()) : clause.length() - 1;
                return Optional.of(new Reading(clause.nextSetBit(0), last, subject));
            }
        }
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        for (Dependency d : s.children(v)) {
            boolean request = d.relation().equals("xcomp") && REQUEST_VERBS.contains(lemma) && d.dependent() > v;
            boolean object = d.relation().equals("obj") && OBJECT_VERBS.contains(lemma) && d.dependent() > v
                    && s.token(d.dependent()).isNoun() && s.token(d.dependent()).ner().equals("O") && !negated(s, v)
                    && !passive(s, v);
            if (request || object) {
                BitSet clause = s.subtree(d.dependent());
                return Optional.of(new Reading(clause.nextSetBit(0), clause.length() - 1, subject));
            }
        }
        Optional<Dependency> up = s.headEdge(v);
        if (subject.isEmpty() || up.isEmpty() || up.get().head() < 0
                || !Set.of("parataxis", "dep", "ccomp").contains(up.get().relation())) {
            return Optional.empty();
        }
        BitSet clause = s.subtree(up.get().head());
        int ownFirst = s.subtree(v).nextSetBit(0);
        boolean setOff = s.token(ownFirst).pos().equals(",")
                || ownFirst > 0 && s.token(ownFirst - 1).pos().matches(",|''|``");
        boolean colonAfter = v + 1 < s.tokens().size() && s.token(v + 1).word().equals(":");
        if (up.get().head() < v && setOff && endsSentence(s, v) && !colonAfter) {
            return Optional.of(new Reading(clause.nextSetBit(0), ownFirst - 1, subject));
        }
        if (up.get().head() > v && setOff) {
            return Optional.of(new Reading(clause.nextSetBit(0), clause.length() - 1, subject));
        }
        return Optional.empty();
    }

    /**
     * Whether the complement {@code clause} of cue {@code v} is the attribution of the whole sentence, set off after
     * it ("he asked about the fund and said, '...,' the prosecutor's office said"): a speech verb with a subject of its
     * own that ends the sentence after a comma or closing quotation mark. It reports the cue; it is not what the cue
     * said.
     */
    private static boolean trailingAttribution(Sentence s, int v, int clause) {
        int first = s.subtree(clause).nextSetBit(0);
        return clause > v && first > v && isCue(s.token(clause)) && !s.children(clause, "nsubj").isEmpty()
                && s.token(first - 1).pos().matches(",|''") && endsSentence(s, clause);
    }

    /** Whether cue {@code v} is negated: "did not reveal the location", "never confirmed the figure" report no statement. */
    static boolean negated(Sentence s, int v) {
        return s.children(v).stream().anyMatch(d -> negation(s, d));
    }

    /**
     * Whether cue {@code v} is the infinitive of a verb or noun of {@link #REFUSALS} ("refused to say", "her refusal
     * to say"), also where the parse took the noun for the cue's subject.
     */
    private static boolean refused(Sentence s, int v) {
        return s.headEdge(v).filter(e -> Set.of("xcomp", "acl").contains(e.baseRelation()) && e.head() >= 0
                        && refusal(s, e.head())).isPresent()
                || s.children(v, "nsubj").stream().anyMatch(t -> refusal(s, t));
    }

    private static boolean refusal(Sentence s, int t) {
        return REFUSALS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether dependency {@code d} attaches a "not", "n't" or "never". */
    private static boolean negation(Sentence s, Dependency d) {
        return Set.of("neg", "advmod").contains(d.relation())
                && Set.of("not", "n't", "n’t", "never").contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether cue {@code v} is negated by a word right before it outside quotation marks ("did not respond", "didn't
     * immediately answer"): the cue says who did not speak, it attributes no quotation. A "not" inside the quotation
     * the parse hung on the cue ("'It's hard not to,' Ruiz said") is what was said.
     */
    private static boolean deniedHere(Sentence s, int v, List<QuotedSpans.Span> quoted) {
        return s.children(v).stream().anyMatch(d -> negation(s, d) && d.dependent() < v && v - d.dependent() <= 3
                && !insideQuote(quoted, s.token(d.dependent()).start(), s.token(d.dependent()).end()));
    }

    /** Whether cue {@code v} is passive: what "was denied" ("the fans were denied entry") is no statement. */
    private static boolean passive(Sentence s, int v) {
        return s.children(v).stream().anyMatch(d -> d.relation().endsWith(":pass") || d.relation().endsWith("pass"));
    }

    /**
     * The last token of a complement that starts at token {@code from} and runs to the sentence's end, before a
     * trailing attribution of the whole ("..., saying X, Reuters reported"): that cue relays the words, it does
     * not say them.
     */
    private static int beforeTrailingCue(Sentence s, int from) {
        for (int t = from + 1; t < s.tokens().size(); t++) {
            List<Integer> subjects = s.children(t, "nsubj");
            int own = subjects.isEmpty() ? -1 : s.subtree(subjects.get(0)).nextSetBit(0);
            if (isCue(s.token(t)) && own > from && own < t && s.token(own - 1).word().equals(",") && endsSentence(s, t)) {
                return own - 1;
            }
        }
        return s.tokens().size() - 1;
    }

    /** "CONTENT, SUBJECT said", "CONTENT, said SUBJECT" and "SUBJECT said (OBJECT) that CONTENT", read off the words. */
    private static Optional<Reading> fromSurface(Sentence s, int v, Optional<Integer> subject) {
        int npStart = nounPhraseStart(s, v - 1);
        int npEnd = nounPhraseEnd(s, v + 1);
        if (endsSentence(s, v) && npStart < v && npStart >= 2 && s.token(npStart - 1).word().equals(",")) {
            return Optional.of(new Reading(0, npStart - 2, subject.or(() -> Optional.of(v - 1))));
        }
        if (v >= 2 && s.token(v - 1).word().equals(",") && npEnd > v + 1 && endsSentence(s, npEnd - 1)) {
            return Optional.of(new Reading(0, v - 2, subject.or(() -> Optional.of(npEnd - 1))));
        }
        for (int that = v + 1; that < s.tokens().size() && that <= v + MAX_CUE_TO_THAT; that++) {
            if (BELIEF_NOUNS.contains(s.token(that).lemma().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (s.token(that).word().equalsIgnoreCase("that") && npStart < v && !determiner(s, that)
                    && hasFiniteVerb(s, that + 1, s.tokens().size() - 1)) {
                return Optional.of(new Reading(that, s.tokens().size() - 1, subject.or(() -> Optional.of(v - 1))));
            }
        }
        return Optional.empty();
    }

    /**
     * Reported content {@code [start, end)} with the quotations it touches: a quotation that is the whole
     * content makes it a direct quote (its span without the marks); one that is part of it makes it mixed,
     * widened to hold the quotation with its marks; {@code cueKind} is the kind of cue that introduced it.
     */
    private static Found withQuotations(int start, int end, List<QuotedSpans.Span> quoted, int sentence, int cue,
                                        Speaker speaker, QuoteConfidence.Cue cueKind) {
        int from = start;
        int to = end;
        QuoteKind kind = QuoteKind.INDIRECT;
        for (QuotedSpans.Span q : quoted) {
            if (q.overlaps(from, to)) {
                if (q.start() <= from + 2 && q.end() >= to - 2) {
                    from = q.start();
                    to = q.end();
                    kind = QuoteKind.DIRECT;
                } else {
                    kind = QuoteKind.MIXED;
                    from = Math.min(from, q.start() - 1);
                    to = Math.max(to, q.end() + 1);
                }
            }
        }
        return new Found(from, to, kind, sentence, cue, speaker, cueKind);
    }

    /**
     * Whether {@code s} is a headline-like line: a paragraph of its own that does not end like a sentence.
     * Its words are too often mis-parsed to name a speaker unless they name a known actor.
     */
    private static boolean headline(String text, Sentence s) {
        String last = s.token(s.tokens().size() - 1).word();
        return lineStart(text, s.start()) && lineEnd(text, s.end()) && !last.matches("[.!?\"”’']");
    }

    private static boolean lineStart(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    private static boolean lineEnd(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n';
    }

    /** Whether nothing but a short verbless tail ("on Monday", "in a statement") or a further cue follows token {@code v}. */
    private static boolean endsSentence(Sentence s, int v) {
        int n = s.tokens().size();
        if (n - v > 18) {
            return false;
        }
        for (int i = v + 1; i < n; i++) {
            Token t = s.token(i);
            if (t.isVerb() && !isSpeechVerb(t.lemma())) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code t} is the determiner of a noun ("that winter"), not a conjunction ("said that"). */
    private static boolean determiner(Sentence s, int t) {
        return s.token(t).pos().equals("DT") || s.headEdge(t).filter(e -> e.relation().equals("det")).isPresent();
    }

    private static boolean hasFiniteVerb(Sentence s, int first, int last) {
        for (int i = Math.max(0, first); i <= last; i++) {
            if (s.token(i).pos().matches("VBD|VBZ|VBP|MD")) {
                return true;
            }
        }
        return false;
    }

    private static final String NOUN_PHRASE_TAGS = "NNP|NNPS|NN|NNS|PRP|DT|JJ|POS|CD|HYPH";

    /** First token of the noun phrase ending at token {@code last} (at most eight tokens), or {@code last + 1}. */
    private static int nounPhraseStart(Sentence s, int last) {
        int i = last;
        while (i >= 0 && last - i < 8 && s.token(i).pos().matches(NOUN_PHRASE_TAGS)) {
            i--;
        }
        return i + 1;
    }

    /** Token after the noun phrase starting at {@code first} when it runs to the sentence's end; else {@code first}. */
    private static int nounPhraseEnd(Sentence s, int first) {
        int i = first;
        while (i < s.tokens().size() && i - first < 8 && s.token(i).pos().matches(NOUN_PHRASE_TAGS)) {
            i++;
        }
        boolean toEnd = i > first && (i == s.tokens().size() || s.token(i).pos().matches("[.,:]"));
        return toEnd ? i : first;
    }

    /** The speaker's token for cue {@code v}: never a word inside quotation marks (that is what was said). */
    private static Optional<Integer> speakerToken(Sentence s, int v, List<QuotedSpans.Span> quoted) {
        Optional<Integer> subject = subject(s, v);
        if (subject.isPresent() && insideQuote(quoted, s.token(subject.get()).start(), s.token(subject.get()).end())) {
            return surfaceSubject(s, v)
                    .filter(t -> !insideQuote(quoted, s.token(t).start(), s.token(t).end()));
        }
        return subject;
    }

    /**
     * The token naming who speaks for cue {@code v}: its subject (for a relative pronoun, the noun it stands
     * for; for a passive "told" or "asked" by someone, its {@link #agent}), or the subject of the clause it hangs on ("...,
     * saying"; for "and added", see {@link #reportingVerb}; for a misparsed participle, {@link #reducedRelative});
     * "quoted X as saying" gives X. Where the parse has none, the name right after the cue ("…," said X) or right
     * before it.
     */
    private static Optional<Integer> subject(Sentence s, int v) {
        Optional<Integer> described = participlePhraseSubject(s, v).or(() -> trailingAttribution(s, v));
        if (described.isPresent()) {
            return described;
        }
        int verb = v;
        for (int hop = 0; hop < 3; hop++) {
            if (s.token(verb).lemma().equalsIgnoreCase("quote")) {
                List<Integer> obj = s.children(verb, "obj");
                if (!obj.isEmpty()) {
                    return Optional.of(obj.get(0));
                }
            }
            Optional<Dependency> up = s.headEdge(verb);
            if (verb == v && reportedThing(s, v)) {
                return agent(s, v);
            }
            for (Dependency d : s.children(verb)) {
                boolean subject = d.relation().equals("nsubj") || d.relation().equals("nsubj:pass");
                Optional<Integer> agent = d.relation().equals("nsubj:pass")
                        && REQUEST_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT)) ? agent(s, verb) : Optional.empty();
                if (agent.isPresent()) {
                    return agent;
                }
                if (subject && Character.isLetterOrDigit(s.token(d.dependent()).word().charAt(0))) {
                    boolean relative = s.token(d.dependent()).pos().startsWith("W");
                    if (relative && up.isPresent() && up.get().relation().equals("acl:relcl")) {
                        return Optional.of(up.get().head());
                    }
                    int hungOn = up.isPresent() && up.get().relation().equals("dep") ? up.get().head() : -1;
                    Optional<Integer> setOff = nounBeforeComma(s, d.dependent()).filter(n -> relative
                            || n == hungOn && s.token(n).isProperNoun() && s.headEdge(n).filter(e -> e.head() < 0).isPresent());
                    return setOff.or(() -> Optional.of(d.dependent()));
                }
            }
            if (up.isEmpty() || up.get().head() < 0) {
                break;
            }
            String rel = up.get().baseRelation();
            boolean participle = s.token(verb).pos().equals("VBG");
            if (!Set.of("xcomp", "advcl", "conj", "acl").contains(rel)
                    && !(participle && Set.of("dep", "parataxis").contains(rel)) && !reducedRelative(s, verb)) {
                break;
            }
            boolean own = participle && verb == v && s.children(v, "aux").isEmpty();
            Optional<Integer> reporter = own && !isCue(s.token(up.get().head())) ? reporter(s, up.get().head()) : Optional.empty();
            int next = rel.equals("acl") ? quotedBy(s, up.get().head()).orElse(up.get().head()) : up.get().head();
            verb = reporter.orElse(rel.equals("conj") ? reportingVerb(s, next).orElse(next) : next);
        }
        return surfaceSubject(s, v).or(() -> mainSubject(s, v));
    }

    /**
     * For cue {@code v} that ends its sentence set off by a comma and the parse hung on the reported words before it
     * ("They landed west of Kelvar, the largest of the islands, the defence ministry said."): the one noun phrase
     * between that comma and the cue, which is who said them; the parse may have given the cue a subject inside the
     * reported words ("the largest", "fireworks"). Not a phrase opened by a preposition ("..., in a statement, said"),
     * nor where a comma stands right before the cue ("..., Ana Ruiz, a nurse, said": the parse's subject holds).
     */
    private static Optional<Integer> trailingAttribution(Sentence s, int v) {
        boolean hungOnWords = s.headEdge(v).filter(e -> e.head() >= 0 && e.head() < v
                && Set.of("parataxis", "ccomp").contains(e.baseRelation())).isPresent();
        boolean last = IntStream.range(v + 1, s.tokens().size()).noneMatch(i -> Character.isLetterOrDigit(s.token(i).word().charAt(0)));
        int comma = v - 1;
        while (comma >= 0 && !s.token(comma).word().equals(",")) {
            comma--;
        }
        if (!hungOnWords || !last || comma < 1 || comma == v - 1) {
            return Optional.empty();
        }
        int from = comma;
        List<Integer> heads = IntStream.range(comma + 1, v).filter(i -> s.headEdge(i)
                .filter(e -> e.head() > from && e.head() < v).isEmpty()).boxed().toList();
        return heads.size() == 1 && (s.token(heads.get(0)).isNoun() || s.token(heads.get(0)).isPronoun())
                && s.children(heads.get(0), "case").isEmpty() ? Optional.of(heads.get(0)) : Optional.empty();
    }

    /**
     * Whether cue {@code v} is passive with a subject that is what was said, not who said it ("His dismissal was
     * reported on Monday", "the plan was announced", "she is said to be furious"): who spoke is only its "by" agent,
     * if any. Not for cues that take an addressee ("she was told", "he was asked": PolNeAR gives the words to the one
     * told) nor "quoted" ("he was quoted as saying").
     */
    private static boolean reportedThing(Sentence s, int v) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        return passiveSubject(s, v).isPresent() && !REQUEST_VERBS.contains(lemma) && !lemma.equals("quote");
    }

    /** The subject of cue {@code v} where it is a past participle with a passive auxiliary ("was reported"). */
    private static Optional<Integer> passiveSubject(Sentence s, int v) {
        boolean passive = s.token(v).pos().equals("VBN") && s.children(v).stream().anyMatch(d -> d.relation().equals("aux:pass"));
        return s.children(v).stream().filter(d -> passive && d.relation().equals("nsubj:pass")).map(Dependency::dependent)
                .findFirst();
    }

    /**
     * For a participle cue (no "is urging") hung on complement clause {@code clause} ("Ruiz declined to say whether
     * fatigue was the cause, explaining ..."; "Ruiz disputed that the plan was late, adding ..."): the outermost
     * active verb that takes it, whose subject the participle shares, not the complement's. Empty when no verb takes
     * it or a passive one does ("It is alleged that Ruiz wrote to the league, stating ...": Ruiz). Not asked for a participle
     * hung on a speech verb: it goes on with that verb's act ("The group claimed the attack, saying ..., Reuters
     * reported": the group).
     */
    private static Optional<Integer> reporter(Sentence s, int clause) {
        Optional<Integer> found = Optional.empty();
        int c = clause;
        for (int hop = 0; hop < 3; hop++) {
            Optional<Dependency> up = s.headEdge(c).filter(e -> e.relation().equals("ccomp") && e.head() >= 0
                    && s.token(e.head()).isVerb() && !passive(s, e.head()));
            if (up.isEmpty()) {
                break;
            }
            c = up.get().head();
            found = Optional.of(c);
        }
        return found;
    }

    /**
     * The head of the noun phrase that ends right before a comma before subject {@code subject} (past an article):
     * for a relative pronoun the noun it stands for where the parse did not hang its clause on it ("the owner sided
     * with the cashier, who said"); for a description the name it is set off after, where the parse made the
     * apposition the subject and hung the verb on the name ("Dana Corwell, a baker, wrote"). A hyphenated word
     * before the comma whose last part is no noun counts from its first part, which the parse may take for the noun
     * alone ("President Moon Jae-in, who said": "Jae", its "in" a preposition).
     */
    static Optional<Integer> nounBeforeComma(Sentence s, int subject) {
        int t = subject - 1;
        while (t >= 0 && s.token(t).pos().equals("DT")) {
            t--;
        }
        if (t < 1 || !s.token(t).word().equals(",")) {
            return Optional.empty();
        }
        int noun = s.token(t - 1).isNoun() ? t - 1 : hyphenatedStart(s, t - 1);
        if (!s.token(noun).isNoun()) {
            return Optional.empty();
        }
        Optional<Dependency> up = s.headEdge(noun);
        while (up.isPresent() && up.get().head() >= 0 && up.get().head() < noun
                && Set.of("flat", "nmod").contains(up.get().baseRelation())) {
            noun = up.get().head();
            up = s.headEdge(noun);
        }
        return Optional.of(noun);
    }

    /** The first token of the hyphenated word that token {@code last} ends ("Jae" of "Jae - in"); {@code last} itself otherwise. */
    private static int hyphenatedStart(Sentence s, int last) {
        int first = last;
        while (first >= 2 && s.token(first - 1).word().equals("-") && s.token(first - 1).start() == s.token(first - 2).end()
                && s.token(first).start() == s.token(first - 1).end()) {
            first -= 2;
        }
        return first;
    }

    /**
     * For the noun a participle cue hangs on, the "by" agent of a passive "quoted" or "cited" ("Ruiz was quoted by the
     * Tass agency saying"): that verb, whose subject said the words; the agency only relayed them.
     */
    private static Optional<Integer> quotedBy(Sentence s, int noun) {
        return s.headEdge(noun).filter(e -> e.head() >= 0 && e.baseRelation().equals("obl")
                && Set.of("quote", "cite").contains(s.token(e.head()).lemma().toLowerCase(Locale.ROOT))
                && passive(s, e.head())).map(Dependency::head);
    }

    /**
     * For cue {@code v} the parse hung on a participle phrase before it that it took for the main clause ("The authors
     * of the study published in the journal Marine Ecology argued that ..." read as "authors published" and "Marine
     * Ecology argued"): the participle's subject, who speaks; the cue's own subject inside the phrase is where the
     * thing appeared. Only a participle root with no auxiliary and no comma before the cue ("Troops deployed in the
     * north, officials said" is a report of its own).
     */
    private static Optional<Integer> participlePhraseSubject(Sentence s, int v) {
        Optional<Dependency> up = s.headEdge(v).filter(e -> e.head() >= 0 && e.head() < v
                && Set.of("ccomp", "dep").contains(e.relation()) && s.token(e.head()).pos().equals("VBN"));
        if (up.isEmpty()) {
            return Optional.empty();
        }
        int participle = up.get().head();
        boolean root = s.headEdge(participle).filter(e -> e.head() < 0).isPresent();
        boolean auxiliary = s.children(participle).stream().anyMatch(d -> d.relation().startsWith("aux"));
        boolean comma = IntStream.range(participle, v).anyMatch(i -> s.token(i).pos().equals(","));
        boolean ownSubjectInside = s.children(v, "nsubj").stream().allMatch(t -> t > participle);
        if (!root || auxiliary || comma || !ownSubjectInside) {
            return Optional.empty();
        }
        return s.children(participle, "nsubj").stream().filter(t -> t < participle).findFirst();
    }

    /**
     * For a cue coordinated with the verb of a reported clause ("Ruiz said that the families needed time, and added
     * that ..." parsed with "added" hanging on "needed"), the speech verb that reports the clause: the cue shares its
     * subject, not the reported clause's. Empty when {@code conjunct} is a speech verb or heads no reported clause.
     */
    private static Optional<Integer> reportingVerb(Sentence s, int conjunct) {
        return s.headEdge(conjunct).filter(e -> !isSpeechVerb(s.token(conjunct).lemma()) && e.relation().equals("ccomp")
                && e.head() >= 0 && isCue(s.token(e.head()))).map(Dependency::head);
    }

    /**
     * Whether cue {@code v} hangs as "dep" on a past participle before it, the parse's reading of a subject with a
     * participle phrase right after it ("A commentary published in the Herald on Friday said ..." taken as
     * "commentary published"): the participle's subject is the cue's. Not "the driver, 42, is being held ..., police
     * said", where the participle is a clause of its own.
     */
    private static boolean reducedRelative(Sentence s, int v) {
        return s.headEdge(v).filter(e -> e.relation().equals("dep") && e.head() >= 0 && e.head() < v
                && s.token(e.head()).pos().equals("VBN") && s.children(e.head(), "nsubj").contains(e.head() - 1)).isPresent();
    }

    /**
     * Who speaks for a passive cue that takes an addressee ("workers were told by the firm to sign"): its "by" agent
     * (a name, a person or body; not "by phone", "by Friday"), not its subject, who was told. Without one the subject
     * stays (PolNeAR gives "X said she was asked to ..." to X).
     */
    private static Optional<Integer> agent(Sentence s, int verb) {
        return s.children(verb).stream().filter(d -> d.relation().equals("obl:agent") || d.baseRelation().equals("obl")
                        && s.children(d.dependent(), "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("by")))
                .map(Dependency::dependent).filter(a -> s.token(a).ner().matches("PERSON|ORGANIZATION")
                        || s.token(a).isPronoun()).findFirst();
    }

    /**
     * For a participle cue set off after the main clause ("X dismissed the idea, calling it ... and saying ..."),
     * the main clause's subject, which the participle shares whatever the parse hung it on.
     */
    private static Optional<Integer> mainSubject(Sentence s, int v) {
        return s.token(v).pos().equals("VBG") ? rootSubject(s, v) : Optional.empty();
    }

    /** The subject of the sentence's main verb when both come before token {@code before}. */
    private static Optional<Integer> rootSubject(Sentence s, int before) {
        int root = root(s);
        if (root < 0 || root >= before || !s.token(root).isVerb()) {
            return Optional.empty();
        }
        return s.children(root, "nsubj").stream().filter(t -> t < root).findFirst();
    }

    /** The token the parse makes the sentence's root, or -1. */
    private static int root(Sentence s) {
        for (int r = 0; r < s.tokens().size(); r++) {
            if (s.headEdge(r).filter(e -> e.head() < 0).isPresent()) {
                return r;
            }
        }
        return -1;
    }

    /** The first token of {@code s} that starts at or after {@code offset} (the sentence's length when none does). */
    private static int tokenAt(Sentence s, int offset) {
        int i = 0;
        while (i < s.tokens().size() && s.token(i).start() < offset) {
            i++;
        }
        return i;
    }

    /**
     * The last word of the name right after the cue ("…," said the mayor) or the word right before it. Only a
     * finite cue other than "tell" is inverted: after "telling" or "saying" comes who is told or who the reported
     * clause is about ("when telling army commanders, "…"", "saying the two leaders had agreed"), never who speaks;
     * nor after "told" ("…," she told the miners).
     */
    private static Optional<Integer> surfaceSubject(Sentence s, int v) {
        boolean inverts = !s.token(v).pos().equals("VBG") && !s.token(v).lemma().equalsIgnoreCase("tell");
        int i = v + 1;
        while (inverts && i < s.tokens().size() && i - v <= 8 && isNameToken(s.token(i))) {
            i++;
        }
        Token last = s.token(i - 1);
        if (i > v + 1 && (last.isNoun() || last.pos().equals("JJ") && Character.isUpperCase(last.word().charAt(0)))) {
            return Optional.of(i - 1);
        }
        if (v > 0 && (s.token(v - 1).isNoun() || s.token(v - 1).isPronoun()) && isNameToken(s.token(v - 1))) {
            return Optional.of(v - 1);
        }
        return Optional.empty();
    }

    private static boolean isNameToken(Token t) {
        return t.pos().matches("NNP|NNPS|NN|NNS|DT|JJ|POS|CD|PRP\\$?") && !t.ner().matches("DATE|TIME|DURATION|SET");
    }

    private static final Set<String> LABELS = TsvResource.words(QuoteExtractor.class, "transcript-labels.txt");

    /**
     * A transcript or headline line "NAME: words": a paragraph opening with one to four capitalised words, one
     * of them a person's name or an all-capitals speaker label, then a colon and a clause with a finite verb (not
     * a list entry such as "NAME: possession of a weapon, held without bond"); the content runs to the paragraph's end
     * and closes with a stop of speech: a line ending in a word ("GRIDWATCH: The people who are racing to fix the grid", a
     * link or headline line) is no speech.
     */
    private Optional<Found> labelled(Annotation annotation, Sentence s, ArticleActors actors,
                                     SpeakerResolver speakers) {
        String text = annotation.text();
        if (!lineStart(text, s.start())) {
            return Optional.empty();
        }
        int first = 0;
        while (first < s.tokens().size() && s.token(first).pos().matches("``|''")) {
            first++;
        }
        int colon = first;
        while (colon < s.tokens().size() && colon - first < 4 && !s.token(colon).word().equals(":")) {
            colon++;
        }
        if (colon == first || colon >= s.tokens().size() - 1 || !s.token(colon).word().equals(":")) {
            return Optional.empty();
        }
        boolean named = false;
        for (int i = first; i < colon; i++) {
            String w = s.token(i).word();
            if (!Character.isUpperCase(w.charAt(0)) || LABELS.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            named |= actors.mentionAt(s.index(), i).isPresent() || w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT));
        }
        if (!named || !hasFiniteVerb(s, colon + 1, s.tokens().size() - 1)) {
            return Optional.empty();
        }
        int start = s.token(colon + 1).start();
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || "\"“”".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end - start < 3 || Character.isLetterOrDigit(text.charAt(end - 1)) ? Optional.empty()
                : Optional.of(new Found(start, end, QuoteKind.DIRECT, s.index(), colon,
                        speakers.resolve(s, first, colon), QuoteConfidence.Cue.LABEL));
    }

    /**
     * "According to X, ..." or "..., according to X": the rest of the sentence, said by X; a quotation that is all of
     * it makes a direct quote, one inside it a mixed one ({@link #withQuotations}). The caller leaves out an
     * "according to" inside quotation marks: it is the quoted speaker's ("'... carried out according to the rules,'
     * he said").
     */
    private Optional<Found> accordingTo(Sentence s, int according, List<QuotedSpans.Span> quoted,
                                        SpeakerResolver speakers) {
        Optional<Dependency> up = s.headEdge(according);
        if (up.isEmpty() || up.get().head() < 0) {
            return Optional.empty();
        }
        int source = up.get().head();
        if (!speakers.canSpeak(s, source)) {
            return Optional.empty();
        }
        BitSet phrase = sourcePhrase(s, source, according);
        int pFirst = Math.min(phrase.nextSetBit(0), according);
        int pLast = phrase.length() - 1;
        int first;
        int last;
        if (pFirst <= 1) {
            first = pLast + 1;
            last = s.tokens().size() - 1;
        } else {
            first = 0;
            last = pFirst - 1;
        }
        while (first <= last && s.token(first).pos().matches("[.,:]")) {
            first++;
        }
        while (last >= first && s.token(last).pos().matches("[.,:]")) {
            last--;
        }
        if (last - first < 2) {
            return Optional.empty();
        }
        return Optional.of(withQuotations(s.token(first).start(), s.token(last).end(), quoted, s.index(), according,
                speakers.resolve(s, source), QuoteConfidence.Cue.ACCORDING));
    }

    /**
     * The tokens of the source named after "according" at token {@code according}: {@code source} with its nominal
     * dependents after "according", not the clause the parse may have hung on it when it made the source the
     * sentence's root (""The deal included a swap," according to the Herald." has the quotation under "Herald").
     */
    private static BitSet sourcePhrase(Sentence s, int source, int according) {
        BitSet phrase = new BitSet();
        phrase.set(source);
        for (Dependency d : s.children(source)) {
            if (d.dependent() > according && SOURCE_RELATIONS.contains(d.baseRelation())) {
                phrase.or(s.subtree(d.dependent()));
            }
        }
        return phrase;
    }

    /**
     * A quotation not inside reported speech, attributed as the class comment says; null when it is no quote
     * (also when its nearest cue has a thing for a subject, "the report showed", or its only cues are
     * {@link #unreal}, "as the coach would say"). A negated cue attributes nothing: "(Ruiz did not respond to requests
     * for comment)" next to a quotation says who did not speak. A quotation with no cue of its own and none around it
     * carries the speaker of {@code previous}: the attribution of the quotation before it, or reported speech nearer in
     * the sentence before ({@link #reportedJustBefore}).
     */
    private Found direct(Annotation annotation, QuotedSpans.Span q, List<QuotedSpans.Span> quoted,
                         SpeakerResolver speakers, Found previous) {
        if (QuotedSpans.isName(annotation.text(), q)) {
            return null;
        }
        List<Sentence> sentences = annotation.sentences();
        int words = annotation.text().substring(q.start(), q.end()).split("\\s+").length;
        int firstSentence = annotation.sentenceAt(q.start());
        int lastSentence = annotation.sentenceAt(Math.max(q.start(), q.end() - 1));
        Found named = words >= MIN_QUOTE_WORDS ? namedInWhat(sentences.get(firstSentence), q, speakers) : null;
        if (named != null) {
            return named;
        }
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean unreal = false;
        for (int si = firstSentence; si <= lastSentence; si++) {
            Sentence s = sentences.get(si);
            for (Token v : s.tokens()) {
                boolean cue = (cueVerb(s, v.index()) || putItAs(s, v.index())) && !insideQuote(quoted, v.start(), v.end())
                        && !deniedHere(s, v.index(), quoted)
                        && !introducesNextLine(annotation.text(), q, v, quoted);
                unreal |= cue && unreal(s, v.index());
                if (cue && !unreal(s, v.index())) {
                    int distance = v.end() <= q.start() ? q.start() - v.end() : v.start() - q.end();
                    if (distance >= 0 && distance < bestDistance) {
                        bestDistance = distance;
                        best = attributed(s, v.index(), q, quoted, speakers);
                    }
                }
            }
        }
        if (best == null && (bestDistance < Integer.MAX_VALUE || unreal)) {
            return null;
        }
        if (best != null && headline(annotation.text(), sentences.get(best.sentence())) && best.speaker().actor() == null) {
            best = null;
        }
        if (best != null) {
            return words >= MIN_QUOTE_WORDS || bestDistance <= SHORT_QUOTE_CUE_DISTANCE ? best : null;
        }
        if (words < MIN_QUOTE_WORDS) {
            return null;
        }
        if (firstSentence > 0) {
            Sentence before = sentences.get(firstSentence - 1);
            if (annotation.text().substring(before.start(), before.end()).strip().endsWith(":")) {
                Found f = cueIn(before, q, quoted, speakers);
                if (f != null) {
                    return f;
                }
                Found introducer = introducer(before, before.tokens().size(), q, speakers);
                if (introducer != null) {
                    return introducer;
                }
            }
        }
        if (lastSentence + 1 < sentences.size()) {
            Sentence after = sentences.get(lastSentence + 1);
            boolean adjacent = !annotation.text().substring(q.end(), after.start()).contains("\n\n");
            Found f = adjacent && (after.tokens().size() <= 8 || cueWithoutContent(after, quoted))
                    && !colonQuotationIn(annotation.text(), after.start(), after.end() + 3, quoted) ? cueIn(after, q, quoted, speakers) : null;
            if (f != null) {
                return f;
            }
        }
        if (words < MIN_UNATTRIBUTED_WORDS) {
            return null;
        }
        Sentence opening = sentences.get(firstSentence);
        Optional<Speaker> subject = rootSubject(opening, tokenAt(opening, q.start()))
                .filter(t -> speakers.canSpeak(opening, t)).map(t -> speakers.resolve(opening, t))
                .filter(sp -> sp.actor() != null);
        if (subject.isPresent()) {
            return new Found(q.start(), q.end(), QuoteKind.DIRECT, firstSentence, root(opening), subject.get(),
                    QuoteConfidence.Cue.SUBJECT);
        }
        boolean colon = AFTER_COLON.matcher(annotation.text().substring(Math.max(0, q.start() - 4), q.start())).find();
        Found introducer = colon ? introducer(opening, tokenAt(opening, q.start()), q, speakers) : null;
        if (introducer != null) {
            return introducer;
        }
        Found introduced = firstSentence > 0
                ? introducedJustBefore(annotation, sentences.get(firstSentence - 1), q, quoted, speakers, previous) : null;
        if (introduced != null) {
            return introduced;
        }
        if (previous != null && q.start() - previous.end() < CARRY_OVER_GAP) {
            return new Found(q.start(), q.end(), QuoteKind.DIRECT, previous.sentence(), previous.cue(),
                    previous.speaker(), QuoteConfidence.Cue.CARRIED);
        }
        return new Found(q.start(), q.end(), QuoteKind.DIRECT, firstSentence, -1, new Speaker(null, null, null),
                QuoteConfidence.Cue.NONE);
    }

    /**
     * A quotation that is the name someone gave a thing in a relative "in what X called": the subject of the naming
     * verb ({@link #NAMING_VERBS}), the noun phrase right before it, that has "what" before it, is someone
     * ({@link SpeakerResolver#isSomeone}) and the verb ends at most {@link #NAMING_GAP} characters before
     * the quotation ("lost in what coach Ria Dunn called "a lesson in patience"", "in what the minister described as
     * the "worst week of my career"") said those words, not the subject of the sentence. Read for quotations of
     * {@link #MIN_QUOTE_WORDS} words or more ("what the firm calls "sea proven"" is a term). Null when no such
     * verb stands before the quotation, no "what" before its subject or that subject is no one.
     */
    private static Found namedInWhat(Sentence s, QuotedSpans.Span q, SpeakerResolver speakers) {
        for (Token v : s.tokens()) {
            int v0 = v.index();
            if (v0 < 2 || v.end() > q.start() || q.start() - v.end() > NAMING_GAP || !v.isVerb()
                    || !NAMING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = nounPhraseStart(s, v0 - 1);
            if (first < v0 && first > 0 && s.token(first - 1).word().equalsIgnoreCase("what")
                    && speakers.isSomeone(s, v0 - 1)) {
                return new Found(q.start(), q.end(), QuoteKind.DIRECT, s.index(), v0, speakers.resolve(s, v0 - 1),
                        QuoteConfidence.Cue.VERB);
            }
        }
        return null;
    }

    /**
     * A quotation with no cue right after a sentence of its paragraph, after the quotation before, whose main subject is
     * a person named by name ("Marta Quill, 68, opposed the idea. "..."") is that person's: the sentence introduces who
     * speaks next, not the one quoted before. Null where that sentence quotes something itself or its subject is a
     * description, a pronoun or no person.
     */
    private static Found introducedJustBefore(Annotation annotation, Sentence before, QuotedSpans.Span q,
                                              List<QuotedSpans.Span> quoted, SpeakerResolver speakers, Found previous) {
        if (annotation.text().substring(before.end(), q.start()).contains("\n")
                || previous != null && previous.end() > before.start()
                || quoted.stream().anyMatch(o -> o.overlaps(before.start(), before.end()))) {
            return null;
        }
        return rootSubject(before, before.tokens().size()).filter(t -> speakers.namesPerson(before, t))
                .map(t -> new Found(q.start(), q.end(), QuoteKind.DIRECT, before.index(), root(before),
                        speakers.resolve(before, t), QuoteConfidence.Cue.SUBJECT)).orElse(null);
    }

    /**
     * A quotation introduced by a colon without a cue ("One officer pinpointed the shooter: "...""), attributed to the
     * subject of the main clause of {@code s} before token {@code before} when that subject is someone
     * ({@link SpeakerResolver#isSomeone}); null otherwise.
     */
    private static Found introducer(Sentence s, int before, QuotedSpans.Span q, SpeakerResolver speakers) {
        return rootSubject(s, before).filter(t -> speakers.isSomeone(s, t))
                .map(t -> new Found(q.start(), q.end(), QuoteKind.DIRECT, s.index(), root(s), speakers.resolve(s, t),
                        QuoteConfidence.Cue.SUBJECT)).orElse(null);
    }

    /**
     * Whether cue {@code v} stands on a line after quotation {@code q} and introduces a quotation of its own with a
     * colon ("Officials responded by saying: "...""): a new paragraph's cue, not {@code q}'s. On the same line it may
     * be {@code q}'s ("X described the scene as "pandemonium", adding: "..."").
     */
    private static boolean introducesNextLine(String text, QuotedSpans.Span q, Token v, List<QuotedSpans.Span> quoted) {
        return v.start() >= q.end() && text.substring(q.end(), v.start()).contains("\n")
                && colonQuotationIn(text, v.end(), v.end() + OWN_QUOTATION_GAP, quoted);
    }

    /**
     * Whether a quotation introduced by a colon starts in the text from {@code from} to {@code to}: a cue or a sentence
     * before it ("Officials responded by saying: "..."") introduces that quotation, not the one before them.
     */
    private static boolean colonQuotationIn(String text, int from, int to, List<QuotedSpans.Span> quoted) {
        return quoted.stream().anyMatch(o -> o.start() > from && o.start() <= to
                && AFTER_COLON.matcher(text.substring(Math.max(0, o.start() - 4), o.start())).find());
    }

    /**
     * Whether {@code s} is only an attribution: it quotes nothing itself and its first cue has neither a
     * complement nor an object ("Ana Ortiz, the mayor's adviser on housing, said at a meeting."), so what it
     * attributes is the quotation before it, however long its speaker's phrase.
     */
    private static boolean cueWithoutContent(Sentence s, List<QuotedSpans.Span> quoted) {
        if (quoted.stream().anyMatch(q -> q.overlaps(s.start(), s.end()))) {
            return false;
        }
        for (Token v : s.tokens()) {
            if (isCue(v)) {
                return s.children(v.index()).stream().noneMatch(d -> CONTENT_RELATIONS.contains(d.baseRelation()));
            }
        }
        return false;
    }

    /**
     * Quotation {@code q} attributed to the first cue of sentence {@code s} next to it that names who speaks; null when
     * none does, or when a passive cue with no "by" agent comes first ("His dismissal was reported on Monday, with the
     * club confirming it": the sentence tells what was reported, not who said the quotation).
     */
    private Found cueIn(Sentence s, QuotedSpans.Span q, List<QuotedSpans.Span> quoted, SpeakerResolver speakers) {
        for (Token v : s.tokens()) {
            if (cueVerb(s, v.index()) && !insideQuote(quoted, v.start(), v.end()) && !deniedHere(s, v.index(), quoted)) {
                if (speakerToken(s, v.index(), quoted).isPresent()) {
                    return attributed(s, v.index(), q, quoted, speakers);
                }
                if (reportedThing(s, v.index())) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Found attributed(Sentence s, int v, QuotedSpans.Span q, List<QuotedSpans.Span> quoted,
                                    SpeakerResolver speakers) {
        if (speakerToken(s, v, quoted).filter(subj -> !speakers.canSpeak(s, subj)).isPresent()) {
            return null;
        }
        Speaker speaker = speakerToken(s, v, quoted).map(subj -> speakers.resolve(s, subj))
                .orElse(new Speaker(null, null, null));
        return new Found(q.start(), q.end(), QuoteKind.DIRECT, s.index(), v, speaker, QuoteConfidence.Cue.VERB);
    }

    private static boolean insideQuote(List<QuotedSpans.Span> quoted, int start, int end) {
        return quoted.stream().anyMatch(q -> q.contains(start, end));
    }

    /**
     * Resolves overlaps: of two overlapping quotes, one attributed to a news outlet yields to one attributed to
     * anyone else (the outlet relays what the other said: "X said Y, Reuters reported"); else one whose span holds
     * the other's cue is reported speech nested in the outer content ("X said, Y reported") and yields to the
     * inner one; otherwise the one that starts first (the longer on a tie) stays.
     */
    private static List<Found> outermost(List<Found> found, Annotation annotation, SpeakerResolver speakers) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -f.end()));
        List<Found> out = new ArrayList<>();
        for (Found f : sorted) {
            Found kept = out.isEmpty() ? null : out.get(out.size() - 1);
            if (kept == null || f.start() >= kept.end()) {
                out.add(f);
            } else if (speakers.isOutlet(kept.speaker()) != speakers.isOutlet(f.speaker())) {
                out.set(out.size() - 1, speakers.isOutlet(kept.speaker()) ? f : kept);
            } else if (holdsCue(kept, f, annotation) && !holdsCue(f, kept, annotation)) {
                out.set(out.size() - 1, f);
            }
        }
        return out;
    }

    private static boolean holdsCue(Found outer, Found inner, Annotation annotation) {
        if (inner.cue() < 0) {
            return false;
        }
        int at = annotation.sentences().get(inner.sentence()).token(inner.cue()).start();
        return outer.start() <= at && at < outer.end();
    }

    private Quote build(Article article, Annotation annotation, Found f, List<TimeMention> times) {
        Sentence s = annotation.sentences().get(f.sentence());
        String cue = f.cue() < 0 ? null : s.token(f.cue()).word();
        FactDate date = FactDate.of(article, f.cue() < 0 ? null : statedTime(s, f, times));
        String words = annotation.text().substring(f.start(), f.end());
        List<String> signals = QuoteConfidence.signals(f.via(), f.sentence() - annotation.sentenceAt(f.start()),
                f.cue() < 0 ? -1 : distance(s.token(f.cue()), f), f.speaker(), f.kind(), words.split("\\s+").length);
        return new Quote(quoteId(article.id(), f.start(), f.end()), article.id(), f.speaker(), f.kind(), cue, words,
                f.start(), f.end(), date.value(), date.basis(), null, null, QuoteConfidence.of(signals), signals);
    }

    /** Characters between the cue and the words it attributes; 0 when the cue is inside them or touches them. */
    private static int distance(Token cue, Found f) {
        return Math.max(0, Math.max(f.start() - cue.end(), cue.start() - f.end()));
    }

    /** The calendar time expression in the cue's sentence outside the content, nearest the cue, or null. */
    private static TimeMention statedTime(Sentence s, Found f, List<TimeMention> times) {
        int cueAt = s.token(f.cue()).start();
        return times.stream()
                .filter(t -> t.start() >= s.start() && t.end() <= s.end())
                .filter(t -> t.end() <= f.start() || t.start() >= f.end())
                .filter(FactDate::onCalendar)
                .min(Comparator.comparingInt(t -> Math.abs(t.start() - cueAt)))
                .orElse(null);
    }

    /** First 16 hex digits of SHA-256 of {@code articleId:start:end}. */
    static String quoteId(String articleId, int start, int end) {
        return Ids.of(articleId + ":" + start + ":" + end);
    }
}
