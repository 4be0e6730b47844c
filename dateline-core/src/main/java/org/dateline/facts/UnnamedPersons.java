package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Party;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Gender;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person a "he" or "she" of an event stands for when the passage gives that person no name: "A 23-year-old
 * student opened fire in a library. He killed four people" is the student's act, not that of a politician the
 * article named paragraphs before. The nearest subject or passive agent before the pronoun (in its sentence, or
 * the {@value #REACH} before) decides: a singular common noun for a person ("the driver", "a young man"; not "the
 * company", nor a title such as "the minister", which stands for a person the article names) is the antecedent; a
 * pronoun of the same gender there stands for the same person (searched again from there); a person's name leaves the
 * pronoun to {@link SpeakerResolver#antecedent}; the name of a body, a state or a place is passed over. A definite description ("the driver") gives way to a named person
 * of the pronoun's gender mentioned after it or up to {@value #DESCRIBED_REACH} sentences before it ("Mara Quint
 * won. The actress said she ..." is Quint); an indefinite one ("a man") only to one mentioned after it or in its
 * sentence ("Ana Ruiz, a lawyer who ..."). A phrase that runs over a line break keeps the words after it (a list's
 * heading "Campus: 32 killed" is not the student's name). One instance per article; not thread-safe.
 */
final class UnnamedPersons {
    /** How many sentences before the pronoun's own the unnamed person may be named in. */
    private static final int REACH = 2;
    /** How many sentences before a definite description a named person makes the description theirs. */
    private static final int DESCRIBED_REACH = 3;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Endings of a word for a person among the words that code a sector ("attacker", "gunman"; not "company"). */
    private static final Pattern PERSON_ENDING = Pattern.compile(".*(?:er|or|ist|ian|man|woman)");
    private final TriggerSenses senses = TriggerSenses.get();

    private final Annotation annotation;
    private final ArticleActors actors;
    private final LocalDate day;
    private final ActorCoder coder;
    private final Map<Integer, Read> read = new HashMap<>();

    /** The coding and syntax of one sentence. */
    private record Read(PartyCoding coding, ClauseSyntax syntax) {
    }

    /**
     * @param day   the article's reference day, for office holders; null when unknown
     * @param coder the coder shared by all sentences
     */
    UnnamedPersons(Annotation annotation, ArticleActors actors, LocalDate day, ActorCoder coder) {
        this.annotation = annotation;
        this.actors = actors;
        this.day = day;
        this.coder = coder;
    }

    /**
     * The unnamed person the third-person pronoun (or "his"/"her") at token {@code pronoun} of {@code s} stands for,
     * as a party coded by its words; empty when the passage names that person, or names nobody it can be.
     *
     * @param named the named person {@link SpeakerResolver#antecedent} would take, if any
     */
    Optional<Party> of(Sentence s, int pronoun, Optional<Actor> named) {
        Gender gender = Triggers.lemma(s, pronoun).equals("she") || s.token(pronoun).word().equalsIgnoreCase("her")
                ? Gender.FEMALE : Gender.MALE;
        Optional<Integer> own = s.headEdge(pronoun).map(Dependency::head);
        for (int si = s.index(); si >= Math.max(0, s.index() - REACH); si--) {
            Sentence cur = annotation.sentences().get(si);
            for (int k = si == s.index() ? pronoun - 1 : cur.tokens().size() - 1; k >= 0; k--) {
                if (!subject(cur, k) || si == s.index() && own.equals(cur.headEdge(k).map(Dependency::head))) {
                    continue;
                }
                Token t = cur.token(k);
                ClauseSyntax syntax = read(si).syntax();
                int head = syntax.appositionHead(k);
                String lemma = Triggers.lemma(cur, k);
                if (t.isPronoun() && lemma.equals(gender == Gender.FEMALE ? "she" : "he")) {
                    return of(cur, k, named);
                }
                if (t.isProperNoun() || actors.mentionAt(si, head).isPresent()) {
                    if (named(cur, head)) {
                        return Optional.empty();
                    }
                    continue;
                }
                Gender nounGender = SpeakerResolver.nounGender(t.word());
                if (!t.pos().equals("NN") || !person(si, k) || Roles.isHead(t.word())
                        || nounGender != null && nounGender.contradicts(gender)) {
                    continue;
                }
                boolean definite = cur.children(k, "det").stream().anyMatch(d -> DEFINITE.contains(Triggers.lemma(cur, d)));
                return namedNearer(named, s, pronoun, si, k, definite) ? Optional.empty() : Optional.of(party(si, k));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the subject at {@code k} of {@code s} names a person (tagged or resolved as one), whom "he" or "she" may
     * stand for; a named body, state or place cannot, and is passed over ("the driver was arrested. Tolvar police
     * said they were investigating whether he ..." is the driver).
     */
    private boolean named(Sentence s, int k) {
        return s.token(k).ner().equals("PERSON") || actors.mentionAt(s.index(), k).flatMap(m -> actors.byId(m.actor()))
                .map(a -> a.type() == ActorType.PERSON).orElse(false);
    }

    /**
     * Whether token {@code k} of sentence {@code si} is a word for a person: a listed one ("student", "man") or a word
     * with a person's ending that codes a sector by itself ("attacker", "driver", "gunman").
     */
    private boolean person(int si, int k) {
        String lemma = Triggers.lemma(annotation.sentences().get(si), k);
        return senses.person(lemma) || read(si).coding().wordSector(k) != null && PERSON_ENDING.matcher(lemma).matches();
    }

    /** Whether token {@code k} of {@code s} is a subject or a passive's by-agent. */
    private boolean subject(Sentence s, int k) {
        return s.headEdge(k).filter(d -> d.head() >= 0).map(d -> d.baseRelation().equals("nsubj")
                || d.relation().equals("obl:agent")
                || d.baseRelation().equals("obl") && read(s.index()).coding().hasCase(k, "by")).orElse(false);
    }

    /**
     * Whether the named person's last mention before the pronoun comes after the unnamed one at token {@code k} of
     * sentence {@code si}, or in its sentence ("Ana Ruiz, a lawyer who ..."), or, for a definite description, at
     * most {@value #DESCRIBED_REACH} sentences before it.
     */
    private boolean namedNearer(Optional<Actor> named, Sentence s, int pronoun, int si, int k, boolean definite) {
        if (named.isEmpty()) {
            return false;
        }
        int offset = s.token(pronoun).start();
        int unnamed = annotation.sentences().get(si).token(k).start();
        List<ActorMention> before = actors.mentions().stream()
                .filter(m -> m.actor().equals(named.get().id()) && m.start() < offset).toList();
        if (before.isEmpty()) {
            return false;
        }
        ActorMention last = before.get(before.size() - 1);
        return last.start() > unnamed || last.sentence() == si || definite && last.sentence() >= si - DESCRIBED_REACH;
    }

    private Party party(int si, int k) {
        PartyCoding coding = read(si).coding();
        ActorCoder.ActorCode code = coding.code(k);
        return new Party(null, coding.words(coding.phrase(k)), code.country(), code.sector());
    }

    private Read read(int si) {
        return read.computeIfAbsent(si, i -> {
            Sentence s = annotation.sentences().get(i);
            PartyCoding coding = new PartyCoding(annotation, s, day, coder);
            return new Read(coding, new ClauseSyntax(s, actors, coding));
        });
    }
}
