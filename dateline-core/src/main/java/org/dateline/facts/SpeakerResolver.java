package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.ActorType;
import org.dateline.model.Sector;
import org.dateline.model.Speaker;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Gender;
import org.dateline.nlp.NameGender;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Turns the subject of a reporting verb into a {@link Speaker}: the actor named in the subject phrase
 * (a name, or a role mention the {@link ActorResolver} tied to a person), for a third-person pronoun the
 * person most recently named before it outside quotation marks, and for "they" the group a plural subject
 * before it names (its actor, or its words as the name). What cannot be resolved keeps its words as the
 * mention with no actor.
 */
final class SpeakerResolver {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    /** Words for a person of no stated gender after whom a possessive may be theirs (besides the words for a woman or a man). */
    private static final Set<String> OTHER_PERSON = Set.of("girl", "boy", "woman", "man", "child", "baby", "victim");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** Sentences before a plural pronoun searched for the group it stands for. */
    private static final int GROUP_REACH = 2;
    /**
     * Sentences before a "he" or "she" searched for the person it stands for; where they hold nobody, not counting
     * those wholly inside quotation marks (a quote paragraph is the words of the person the passage is about).
     */
    private static final int PRONOUN_REACH = 3;
    /** How many earlier "he"/"she" subjects a pronoun may be carried back through to the person they stand for. */
    private static final int MAX_PRONOUN_HOPS = 4;
    /** Documents a journalist writes and others are quoted in: who spoke in one did not issue it. */
    private static final Set<String> QUOTING_DOCUMENTS = Set.of("article", "column");
    /** Sentences before a definite document searched for the one who issued it. */
    private static final int DOCUMENT_REACH = 6;
    /** Sentences before a description searched for an entity an apposition describes with the same noun. */
    private static final int APPOSITION_REACH = 3;
    /** Sentences either side of a description searched for the entity it describes. */
    private static final int DESCRIPTION_REACH = 1;
    /** Sentences before a description searched for the last speaker of its kind where none is nearer. */
    private static final int SPEAKER_REACH = 3;
    private static final Set<ActorType> BODIES = Set.of(ActorType.ORGANIZATION, ActorType.GROUP, ActorType.COUNTRY);
    /**
     * What a word for a body may name inside its phrase ("the Islamic State group"); a country there only gives the
     * body's origin ("the US daily").
     */
    private static final Set<ActorType> NAMED_BODIES = Set.of(ActorType.ORGANIZATION, ActorType.GROUP);
    private static final Map<String, Set<String>> NOUN_KINDS = TsvResource.wordsByTag(SpeakerResolver.class,
            "speaker-nouns.tsv", Set.of("person", "unnamed", "organization", "outlet", "state", "document", "inanimate", "amount"));
    /** The end of a phrase describing a person by age: "the 23-year-old", "a 40-year-old". */
    private static final Pattern AGE = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}\\s?-\\s?years?\\s?-\\s?old$");
    /** A byline: "By Jane Roe", "By Jane Roe and John Doe, Reuters". */
    private static final Pattern BYLINE = Pattern.compile("(?i)\\s*by\\s+\\p{Lu}.{0,70}");
    /** A photo caption or credit: "(AP Photo/Jane Roe)", "Photo: Jane Roe", "Image credit: ...", "Getty Images". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(?:photo|photograph|image|picture)s?\\s*(?:[:/]|by\\b|credit)|\\bcredit\\s*:|\\bgetty images\\b|\\bhide caption\\b");
    /** A name written surname first: a short family name, then a given name of two syllables ("Kim Jong Un", "Moon Jae-in"). */
    private static final Pattern SURNAME_FIRST = Pattern.compile("\\p{Lu}\\p{Ll}{1,3} \\p{Lu}\\p{Ll}{1,4}(?:-\\p{Ll}{1,4}| \\p{Lu}\\p{Ll}{0,2})");
    /** Words for a woman that may stand right before her name: "his wife Sue", "actress Lee Carver". */
    private static final String FEMALE_NOUNS = "wife|mother|daughter|sister|widow|girlfriend|grandmother|aunt|niece"
            + "|actress|spokeswoman|chairwoman|businesswoman|congresswoman|queen|princess|duchess";
    /** Words for a man that may stand right before his name: "her husband Sam", "spokesman Lee Carver". */
    private static final String MALE_NOUNS = "husband|father|son|brother|widower|boyfriend|grandfather|uncle|nephew"
            + "|spokesman|chairman|businessman|congressman|king|prince|duke";
    /**
     * Prepositions that tie a role to the body it speaks for: "a spokesman for the ministry", "a spokeswoman of the
     * league", "a spokesperson from the transport police".
     */
    private static final Set<String> OF_BODY = Set.of("for", "of", "from");
    /** Adjectives after people that say how they know ("people familiar with the talks"). */
    private static final Set<String> ACQUAINTED = Set.of("familiar", "knowledgeable");
    /** Verbs whose "in"/"by" phrase names a document's author or outlet: "published in", "issued by". */
    private static final Set<String> ISSUING = Set.of("publish", "issue", "release", "write", "sign", "post", "print",
            "send", "run", "carry");
    /** Words that pick some of a group named after "of": "one of", "several of". */
    private static final Set<String> PARTITIVES = Set.of("one", "some", "many", "several", "few", "both", "each");
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "det", "amod", "nmod:poss",
            "case", "nummod");
    /** A paragraph that opens a letter with its salutation: "Dear Abby:", "DEAR MRS. HALE,". */
    private static final Pattern SALUTATION = Pattern.compile("(?im)^\\s*dear\\s+\\p{L}[^\\n]{0,40}?[,:]");


    private final Annotation annotation;
    private final ArticleActors actors;
    private final List<QuotedSpans.Span> quoted;
    /** Who the article's own "I" is ({@link #narrator}). */
    private final Optional<String> narrator;
    /** The mentions that stand on a line of page furniture. */
    private final Set<ActorMention> furniture;
    /** The actors named at least once outside page furniture. */
    private final Set<String> namedInText;
    /** Each person's gender, by actor id, as {@link #gender} found it. */
    private final Map<String, Gender> genders = new HashMap<>();

    SpeakerResolver(Article article, Annotation annotation, ArticleActors actors, List<QuotedSpans.Span> quoted) {
        this.annotation = annotation;
        this.actors = actors;
        this.quoted = quoted;
        this.narrator = narrator(article);
        Set<ActorMention> onFurniture = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        Map<Long, Boolean> furnitureLines = new HashMap<>();
        String text = annotation.text();
        for (ActorMention m : actors.mentions()) {
            int from = text.lastIndexOf('\n', m.start()) + 1;
            int end = text.indexOf('\n', m.end());
            int to = end < 0 ? text.length() : end;
            if (furnitureLines.computeIfAbsent((long) from << 32 | to, line -> onFurnitureLine(text, from, to))) {
                onFurniture.add(m);
            } else {
                elsewhere.add(m.actor());
            }
        }
        this.furniture = Set.copyOf(onFurniture);
        this.namedInText = Set.copyOf(elsewhere);
    }

    /**
     * The speaker named by the phrase headed by token {@code head} of {@code s}: the actor it names; for "he" or
     * "she" the person the passage is about, for "it" the organisation or state that is the subject before (else the
     * description of a body that is, "the airline"), for
     * "they" the group; for a description ("the company", "South Korea's president") the one fitting entity
     * nearby; for one who names themself in a relative clause ("a driver who gave her name as Vera") that name
     * ({@link #selfNamed}), even where another actor holds it as part of a longer name; for an "I" outside quotation
     * marks the article's author ({@link #narrator}). The mention stays as written.
     */
    Speaker resolve(Sentence s, int head) {
        BitSet phrase = phrase(s, head);
        int first = phrase.nextSetBit(0);
        int last = phrase.length() - 1;
        String mention = annotation.text().substring(s.token(first).start(), s.token(last).end());
        Token h = s.token(head);
        String word = h.word().toLowerCase(Locale.ROOT);
        Optional<Integer> self = selfNamed(s, head);
        if (self.isPresent()) {
            BitSet named = phrase(s, self.get());
            Speaker by = resolve(s, self.get());
            String text = annotation.text().substring(s.token(named.nextSetBit(0)).start(), s.token(named.length() - 1).end());
            boolean same = by.actor() != null && text.equals(by.name()) && text.contains(" ");
            return new Speaker(same ? by.actor() : null, text, mention);
        }
        Optional<Actor> actor = named(s, head, phrase);
        Optional<String> placeNamed = actor.filter(a -> a.type() == ActorType.LOCATION || a.type() == ActorType.COUNTRY)
                .flatMap(a -> nameEndingInPlace(s, head, a));
        if (placeNamed.isPresent()) {
            return new Speaker(null, placeNamed.get(), mention);
        }
        if (actor.isEmpty() && phrase.cardinality() == 1 && PERSONAL.contains(word)) {
            Optional<Speaker> unnamed = unnamedSpeakerBefore(s, head, mention, 0);
            if (unnamed.isPresent()) {
                return unnamed.get();
            }
            actor = antecedent(h.start(), h.word());
        } else if (actor.isEmpty() && phrase.cardinality() == 1 && word.equals("it")) {
            actor = bodyBefore(s, head);
            Optional<String> body = actor.isPresent() ? Optional.empty() : bodyDescribedBefore(s, head);
            if (body.isPresent()) {
                return new Speaker(null, body.get(), mention);
            }
        } else if (actor.isEmpty() && phrase.cardinality() == 1 && PLURAL.contains(word)) {
            return group(s, head).map(g -> new Speaker(g.actor(), g.name() != null ? g.name() : g.mention(), mention))
                    .orElse(new Speaker(null, null, mention));
        } else if (actor.isEmpty() && phrase.cardinality() == 1 && word.equals("i") && narrator.isPresent()
                && !insideQuote(h.start(), h.end())) {
            return new Speaker(null, narrator.get(), mention);
        } else if (actor.isEmpty() && author(s, head).isPresent()) {
            Speaker by = resolve(s, author(s, head).get());
            return new Speaker(by.actor(), by.name(), mention);
        } else if (actor.isEmpty() && isDocument(h) && definite(s, head) && issuedBefore(s, head).isPresent()) {
            Speaker by = issuedBefore(s, head).get();
            return new Speaker(by.actor(), by.name(), mention);
        } else if (actor.isEmpty()) {
            actor = described(s, head, phrase).or(() -> bySurname(h, mention)).or(() -> servedBody(s, head))
                    .or(() -> namedAfter(s, head));
        }
        return actor.map(a -> new Speaker(a.id(), a.name(), mention))
                .orElseGet(() -> new Speaker(null, description(s, head, phrase).orElse(null), mention));
    }

    /**
     * Who says "I" in the article's own words: its one author, where a single name of two words or more stands in
     * its author list (a credential there, "MS" or "RDN", is no name). None where a paragraph opens with a salutation
     * ("Dear Abby:"): the letter's writer says "I" there too.
     */
    private static Optional<String> narrator(Article article) {
        List<String> names = article.authors().stream().filter(a -> a.trim().contains(" ")).toList();
        return names.size() == 1 && !SALUTATION.matcher(article.text()).find() ? Optional.of(names.get(0).trim()) : Optional.empty();
    }

    /**
     * The name an unnamed speaker gives themselves in a relative clause on its head: the proper noun after "as" in
     * "a driver who gave her name as Vera", "a woman who identified herself as Ana Ruiz". The caller takes the name as
     * given, an actor only where it is the actor's whole name of two words or more (a first name is no one else's, nor
     * is it linked to anyone across articles). Empty for other relative
     * clauses ("a man who knew Michel", "a woman who worked as a nurse").
     */
    private static Optional<Integer> selfNamed(Sentence s, int head) {
        for (int verb : s.children(head, "acl")) {
            String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
            boolean naming = lemma.equals("identify") || lemma.equals("give") && s.children(verb, "obj").stream()
                    .anyMatch(o -> s.token(o).lemma().equalsIgnoreCase("name"));
            BitSet clause = s.subtree(verb);
            for (int t = clause.nextSetBit(verb + 1); naming && t >= 0 && t + 1 < s.tokens().size(); t = clause.nextSetBit(t + 1)) {
                if (s.token(t).word().equalsIgnoreCase("as") && clause.get(t + 1) && s.token(t + 1).isProperNoun()) {
                    return Optional.of(t + 1);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The token naming who wrote a document speaker that names no actor in its own words: its possessor ("the
     * managers' letter"), a "from"/"by" phrase, also one after an "of" phrase ("a notice of data breach from the
     * bank's executives"), or the place a participle says it appeared in or the one it was issued by ("a commentary
     * published in the Kelvar Herald", also where the parse made the participle the document's verb). Empty for
     * other speakers and for a document of unknown origin ("the statement").
     */
    private Optional<Integer> author(Sentence s, int head) {
        return isDocument(s.token(head)) ? issuer(s, head) : Optional.empty();
    }

    private boolean isDocument(Token t) {
        return nounKind(t).filter(k -> k.equals("document")).isPresent();
    }

    /**
     * Who issued the document a definite document speaker takes up ("the statement said"), where its author is
     * not in its own phrase: the nearest earlier mention of the same word, within {@value #DOCUMENT_REACH} sentences,
     * outside quotation marks, that a subject (or the noun right before the verb) issued or spoke in ("the airline said in a statement", "the agency
     * released a report"; not one of {@link #QUOTING_DOCUMENTS}: "Ruiz said in the article" is quoted there, the
     * article is the paper's). An earlier mention of the same word that names no issuer ("the statement read") is the
     * same document: the search reaches {@value #DOCUMENT_REACH} sentences back from it, so a long statement quoted
     * sentence by sentence keeps its issuer. Empty when none is near.
     */
    private Optional<Speaker> issuedBefore(Sentence s, int head) {
        String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
        int reach = s.index() - DOCUMENT_REACH;
        for (int k = s.index(); k >= Math.max(0, reach); k--) {
            Sentence before = annotation.sentences().get(k);
            for (int t = k == s.index() ? head - 1 : before.tokens().size() - 1; t >= 0; t--) {
                Token tok = before.token(t);
                if (!tok.lemma().toLowerCase(Locale.ROOT).equals(lemma) || insideQuote(tok.start(), tok.end())) {
                    continue;
                }
                Optional<Integer> by = issuingSubject(before, t);
                if (by.isPresent()) {
                    return Optional.of(resolve(before, by.get()));
                }
                reach = Math.min(reach, k - DOCUMENT_REACH);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of the verb that issued document {@code doc} (its object: "Ortiz issued a statement") or spoke
     * in it ("the ministry said in a statement", also where the parse hung the document on the verb's object: "the
     * company denied the claims in a statement"); empty otherwise.
     */
    private static Optional<Integer> issuingSubject(Sentence s, int doc) {
        Optional<Dependency> edge = s.headEdge(doc);
        if (edge.isEmpty() || edge.get().head() < 0) {
            return Optional.empty();
        }
        Optional<Dependency> object = s.headEdge(edge.get().head());
        Optional<Dependency> up = edge.get().baseRelation().equals("nmod") && object.filter(o -> o.relation().equals("obj")).isPresent()
                ? Optional.of(new Dependency(object.get().head(), doc, "obl")) : edge;
        String verb = s.token(up.get().head()).lemma().toLowerCase(Locale.ROOT);
        boolean issued = up.get().relation().equals("obj") && ISSUING.contains(verb);
        boolean spokeIn = up.get().baseRelation().equals("obl") && QuoteExtractor.isSpeechVerb(verb) && hasCase(s, doc, Set.of("in"))
                && !QUOTING_DOCUMENTS.contains(s.token(doc).lemma().toLowerCase(Locale.ROOT));
        List<Integer> subjects = s.children(up.get().head(), "nsubj");
        return issued || spokeIn ? subjects.stream().findFirst().or(() -> nounBefore(s, up.get().head())) : Optional.empty();
    }

    /**
     * The noun right before verb {@code v}, past a bracketed short form, for a subject the parse did not give the verb:
     * "..., Kelvar Ferry Lines (KFL) said in a statement".
     */
    private static Optional<Integer> nounBefore(Sentence s, int v) {
        int t = v - 1;
        if (t >= 0 && s.token(t).pos().equals("-RRB-")) {
            while (t >= 0 && !s.token(t).pos().equals("-LRB-")) {
                t--;
            }
            t--;
        }
        return t >= 0 && (s.token(t).isNoun() || s.token(t).isPronoun()) ? Optional.of(t) : Optional.empty();
    }

    private static Optional<Integer> issuer(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            boolean nmod = d.baseRelation().equals("nmod") && d.dependent() > head;
            if (d.relation().equals("nmod:poss") || nmod && hasCase(s, d.dependent(), Set.of("from", "by"))) {
                return Optional.of(d.dependent());
            }
            Optional<Integer> further = nmod && hasCase(s, d.dependent(), Set.of("of")) ? issuer(s, d.dependent()) : Optional.empty();
            if (further.isPresent()) {
                return further;
            }
            Optional<Integer> outlet = d.baseRelation().equals("acl") ? appearedIn(s, d.dependent()) : Optional.empty();
            if (outlet.isPresent()) {
                return outlet;
            }
        }
        Optional<Integer> issuing = issuingSubject(s, head);
        if (issuing.isPresent()) {
            return issuing;
        }
        Optional<Dependency> up = s.headEdge(head);
        boolean participleSubject = up.isPresent() && up.get().relation().equals("nsubj") && up.get().head() > head
                && s.token(up.get().head()).pos().equals("VBN");
        return participleSubject ? appearedIn(s, up.get().head()) : Optional.empty();
    }

    /**
     * The "in"/"by" phrase of a participle of {@link #ISSUING} ("published in the Herald", "issued by the ministry"),
     * where the parse hung it; not of one that only says who holds it ("obtained by the paper", "seen by Reuters").
     */
    private static Optional<Integer> appearedIn(Sentence s, int participle) {
        if (!ISSUING.contains(s.token(participle).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return s.children(participle).stream().filter(o -> o.baseRelation().equals("obl")
                && hasCase(s, o.dependent(), Set.of("in", "by"))).map(Dependency::dependent).findFirst();
    }

    private static boolean hasCase(Sentence s, int noun, Set<String> prepositions) {
        return s.children(noun, "case").stream().anyMatch(c -> prepositions.contains(s.token(c).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * A person the article names in full whose family name is this proper noun, where the name recognizer left the
     * word alone ("analyst Lena Doctor ... Doctor says"), a family name the tokenizer split whole ("Ines Ruiz-Vale ...
     * Ruiz-Vale says"); empty when no one or two such persons are named.
     */
    private Optional<Actor> bySurname(Token h, String mention) {
        if (!h.isProperNoun()) {
            return Optional.empty();
        }
        String surname = mention.chars().anyMatch(Character::isWhitespace) ? h.word() : mention;
        List<Actor> holders = actors.actors().stream().filter(a -> a.type() == ActorType.PERSON
                && a.name().endsWith(" " + surname)).toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /**
     * The words of a speaker the article describes without naming an actor ("a FirstGroup spokesman", "local
     * sources", "a spokeswoman for the ambulance service", "federal prosecutors", "a company statement"): its head
     * is a word for a person, role, body or document, or a name no actor holds (a proper noun the name recognizer
     * tagged as a person or organisation or left untagged, "according to Carvento", not a place or a date); leading
     * articles and "one" ("one witness", not "two governments") and words before a line break are left out, and a "for"/"of"/"from" phrase
     * after a person's role kept.
     * One of a group ("one of Mr. Ruiz's neighbours", "two of the passengers") is described with its group. A pronoun, a
     * thing or a share of people gives none.
     */
    private Optional<String> description(Sentence s, int head, BitSet phrase) {
        Token h = s.token(head);
        Optional<Integer> group = partitive(s, head);
        if (group.isPresent()) {
            BitSet whole = phrase(s, group.get());
            boolean people = s.token(group.get()).isNoun() && canSpeak(s, group.get());
            return people ? Optional.of(annotation.text().substring(h.start(), s.token(whole.length() - 1).end())) : Optional.empty();
        }
        Optional<String> kind = kindAt(s, head);
        boolean name = h.isProperNoun() && h.ner().matches("PERSON|ORGANIZATION|O");
        Optional<BitSet> acquainted = acquainted(s, head);
        boolean speakerWord = kind.filter(k -> !k.equals("inanimate") && !k.equals("amount")).isPresent()
                || Roles.isHead(h.word()) || Roles.isHead(h.lemma()) || acquainted.isPresent() && kind.isEmpty();
        if (h.isPronoun() || !name && !speakerWord) {
            return Optional.empty();
        }
        BitSet words = (BitSet) phrase.clone();
        acquainted.ifPresent(words::or);
        if (speakerWord && !kind.filter(k -> k.equals("document")).isPresent()) {
            for (Dependency d : s.children(head)) {
                boolean setOff = IntStream.range(head, d.dependent()).anyMatch(i -> s.token(i).word().equals(","));
                if (d.baseRelation().equals("nmod") && d.dependent() > head && d.dependent() - head <= 8 && !setOff && s.children(d.dependent())
                        .stream().anyMatch(c -> c.relation().equals("case") && OF_BODY.contains(s.token(c.dependent()).word()))) {
                    words.or(phrase(s, d.dependent()));
                }
            }
        }
        int first = words.nextSetBit(0);
        while (first < head && (s.token(first).pos().equals("DT") || s.token(first).word().equalsIgnoreCase("one") || s.token(first).isVerb())) {
            first++;
        }
        int last = words.length() - 1;
        while (last > head && s.token(last).pos().equals("POS")) {
            last--;
        }
        String described = annotation.text().substring(s.token(first).start(), s.token(last).end());
        return Optional.of(described.substring(described.lastIndexOf('\n') + 1));
    }

    /**
     * The whole name of a speaker whose head names {@code place} and follows a proper noun that is no part of the
     * place's name, which the parse made one name with it: a station or paper named with its city or country ("KVXR
     * Denver reports", "NewsNine Jamaica reported") is the outlet, not the place. Empty where the words before belong
     * to the place's name ("North Korea"), name a person, or are no proper noun ("the Denver").
     */
    private Optional<String> nameEndingInPlace(Sentence s, int head, Actor place) {
        Set<String> placeWords = new HashSet<>();
        Stream.concat(Stream.of(place.name()), place.aliases().stream())
                .forEach(n -> placeWords.addAll(Arrays.asList(n.toLowerCase(Locale.ROOT).split(" "))));
        int first = head;
        while (first > 0 && s.token(first - 1).isProperNoun() && !s.token(first - 1).ner().equals("PERSON")
                && !placeWords.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))
                && s.headEdge(first - 1).filter(e -> e.relation().equals("compound") && e.head() == head).isPresent()) {
            first--;
        }
        return first == head ? Optional.empty() : Optional.of(annotation.text().substring(s.token(first).start(), s.token(head).end()));
    }

    /**
     * The words of an adjective after a common noun that tells how those people know what they say ("people familiar
     * with the talks say", "people knowledgeable about her plans"): the adjective and its prepositional phrase. Empty
     * for other adjectives ("people angry with the council") and for one with no such phrase.
     */
    private static Optional<BitSet> acquainted(Sentence s, int head) {
        if (!s.token(head).isNoun() || s.token(head).isProperNoun()) {
            return Optional.empty();
        }
        return s.children(head, "amod").stream().filter(a -> a > head && ACQUAINTED.contains(s.token(a).word().toLowerCase(Locale.ROOT)))
                .findFirst().flatMap(a -> s.children(a).stream().filter(d -> d.baseRelation().equals("obl") && d.dependent() > a
                        && d.dependent() - a <= 8).findFirst().map(d -> {
                    BitSet out = phrase(s, d.dependent());
                    out.set(a, d.dependent() + 1);
                    return out;
                }));
    }

    /** The group a number or quantifier at {@code head} picks from: "one of Mr. Ruiz's neighbours", "several of the crew". */
    private static Optional<Integer> partitive(Sentence s, int head) {
        Token h = s.token(head);
        if (!h.pos().equals("CD") && !PARTITIVES.contains(h.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return s.children(head).stream().filter(d -> d.baseRelation().equals("nmod") && d.dependent() > head
                && hasCase(s, d.dependent(), Set.of("of"))).map(Dependency::dependent).findFirst();
    }

    /**
     * For "he" or "she" at token {@code pronoun}: when the nearest speaker before it (the subject of a speech verb
     * in its sentence or the one before, outside quotation marks and reported clauses; or of the main verb of the
     * sentence before, a person's, not one referring back to someone named: "A police officer near the gate spots
     * the smoke. 'Get out,' he says"; "the actress kept waiting ... 'I liked music,' she said": her name) is a description no
     * actor holds ("A harbour spokesman said ... He added"), that description's words: the pronoun takes up the one who just spoke, not a
     * person named earlier; the actor a definite description stands for where one fits ("Ana Ruiz is touring. The singer
     * said ... She added": Ruiz). Empty when that speaker is named (in an apposition too: "Her lawyer, Dana Ruiz,
     * said"; "Dana Ruiz, a baker, wrote" where the parse made the apposition the subject; not by the body a role
     * serves, "a reporter for the Nordic Press Agency"), a pronoun, or of the other gender. A "he" or "she" of the
     * same gender found there is followed back the same way ("A witness said ... He said ... '...,' he told CNN": the
     * witness), over at most {@value #MAX_PRONOUN_HOPS} pronouns.
     */
    private Optional<Speaker> unnamedSpeakerBefore(Sentence s, int pronoun, String mention, int hops) {
        int offset = s.token(pronoun).start();
        boolean female = Set.of("she", "her").contains(s.token(pronoun).word().toLowerCase(Locale.ROOT));
        for (int k = s.index(); k >= Math.max(0, s.index() - 1); k--) {
            Sentence before = annotation.sentences().get(k);
            for (int t = before.tokens().size() - 1; t >= 0; t--) {
                Token tok = before.token(t);
                Optional<Dependency> edge = before.headEdge(t);
                if (tok.start() >= offset || insideQuote(tok.start(), tok.end()) || edge.isEmpty() || edge.get().head() < 0
                        || !edge.get().baseRelation().equals("nsubj")
                        || reported(before, edge.get().head())) {
                    continue;
                }
                BitSet phrase = phrase(before, t);
                String word = tok.word().toLowerCase(Locale.ROOT);
                boolean person = kindAt(before, t).filter(k2 -> k2.equals("person") || k2.equals("unnamed")).isPresent()
                        || Roles.isHead(tok.word()) || Roles.isHead(tok.lemma());
                BitSet own = person ? withoutBodyServed(before, t, phrase) : phrase;
                boolean named = own.stream().anyMatch(i -> actors.mentionAt(before.index(), i).isPresent())
                        || named(before, t, own).isPresent()
                        || QuoteExtractor.nounBeforeComma(before, t).filter(n -> before.token(n).isProperNoun()).isPresent();
                boolean namesPerson = named(before, t, own).filter(a -> a.type() == ActorType.PERSON).isPresent();
                boolean mainClause = k < s.index() && before.headEdge(edge.get().head()).filter(e -> e.head() >= 0).isEmpty();
                boolean speech = QuoteExtractor.isSpeechVerb(before.token(edge.get().head()).lemma());
                if (!speech && !(mainClause && (person || namesPerson || PERSONAL.contains(word)))) {
                    continue;
                }
                boolean otherGender = female ? word.endsWith("man") && !word.endsWith("woman") || word.matches(MALE_NOUNS)
                        : word.endsWith("woman") || word.matches(FEMALE_NOUNS);
                if (word.equals(female ? "she" : "he") && hops < MAX_PRONOUN_HOPS) {
                    return unnamedSpeakerBefore(before, t, mention, hops + 1);
                }
                if (!otherGender && !tok.isPronoun() && selfNamed(before, t).isPresent()) {
                    Speaker self = resolve(before, t);
                    return Optional.of(new Speaker(self.actor(), self.name(), mention));
                }
                if (named || tok.isPronoun() || tok.isProperNoun() || tok.pos().endsWith("S") || otherGender) {
                    return Optional.empty();
                }
                Optional<Actor> described = definite(before, t) ? described(before, t, phrase) : Optional.empty();
                if (!speech && described.isEmpty() && definite(before, t)) {
                    return Optional.empty();
                }
                return described.isPresent() ? Optional.of(new Speaker(described.get().id(), described.get().name(), mention))
                        : description(before, t, phrase).map(d -> new Speaker(null, d, mention));
            }
        }
        return Optional.empty();
    }

    /** Whether verb {@code v} heads a reported clause, or one joined to it ("he said he would stay and that the fund would go on"). */
    private static boolean reported(Sentence s, int v) {
        Optional<Dependency> up = s.headEdge(v);
        while (up.isPresent() && up.get().relation().equals("conj") && up.get().head() >= 0) {
            up = s.headEdge(up.get().head());
        }
        return up.filter(e -> e.relation().equals("ccomp")).isPresent();
    }

    /**
     * The words of a person's or role's phrase without the body its "for"/"of"/"from" phrase names: "a reporter for the
     * Nordic Press Agency" names no one, it describes the reporter.
     */
    private static BitSet withoutBodyServed(Sentence s, int head, BitSet phrase) {
        BitSet own = (BitSet) phrase.clone();
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("nmod") && s.children(d.dependent()).stream()
                    .anyMatch(c -> c.relation().equals("case") && OF_BODY.contains(s.token(c.dependent()).word()))) {
                own.andNot(s.subtree(d.dependent()));
            }
        }
        return own;
    }

    /** Whether a proper noun no actor holds is the subject of a speech verb in {@code s}, outside quotation marks. */
    private boolean unknownNameSpoke(Sentence s) {
        for (int t = 0; t < s.tokens().size(); t++) {
            Token tok = s.token(t);
            Optional<Dependency> edge = s.headEdge(t);
            if (tok.isProperNoun() && edge.isPresent() && edge.get().head() >= 0 && edge.get().baseRelation().equals("nsubj")
                    && QuoteExtractor.isSpeechVerb(s.token(edge.get().head()).lemma()) && !insideQuote(tok.start(), tok.end())
                    && actors.mentionAt(s.index(), t).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "he" or "she" at {@code offset} goes on with {@code actor}, the named person whose words come last before
     * it: a person not of the other gender (for "she" a woman), named within {@value #PRONOUN_REACH} sentences before
     * (sentence {@code from}), with no other person the subject of a clause (or a name the parse made the root) from
     * the start of that sentence to the pronoun, outside quotation marks and the earlier words {@code [wordsStart, wordsEnd)} ("Ruiz, the minister,
     * denied the reports. "...," he said": Ruiz; not where "Ortiz said" stands between, nor in "Brand said ..., and
     * Keller said ...").
     */
    boolean continues(String actor, String pronoun, int offset, int from, int wordsStart, int wordsEnd) {
        Optional<Actor> person = actors.byId(actor).filter(a -> a.type() == ActorType.PERSON);
        Gender pronounGender = pronoun.equalsIgnoreCase("she") ? Gender.FEMALE : Gender.MALE;
        int sentence = annotation.sentenceAt(offset);
        Gender g = person.map(this::gender).orElse(Gender.UNKNOWN);
        if (person.isEmpty() || (pronounGender == Gender.FEMALE ? g != Gender.FEMALE : g.contradicts(pronounGender))
                || sentence - from > PRONOUN_REACH) {
            return false;
        }
        for (int k = from; k <= sentence; k++) {
            Sentence s = annotation.sentences().get(k);
            for (Token tok : s.tokens()) {
                int t = tok.index();
                boolean outside = tok.start() < offset && !insideQuote(tok.start(), tok.end())
                        && (tok.end() <= wordsStart || tok.start() >= wordsEnd);
                boolean subject = s.headEdge(t).filter(e -> e.head() < 0 ? tok.isProperNoun() : e.baseRelation().equals("nsubj")).isPresent();
                if (outside && subject && !tok.isPronoun() && someonePerson(s, t) && !actor.equals(resolve(s, t).actor())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the phrase headed by token {@code t} is a person: one named in it ("Mayor of Lorvik Ana Ruiz"), a
     * person's surname NER left untagged, or a word for a person or a role.
     */
    private boolean someonePerson(Sentence s, int t) {
        return s.subtree(t).stream().anyMatch(i -> actors.mentionAt(s.index(), i).flatMap(m -> actors.byId(m.actor()))
                        .filter(a -> a.type() == ActorType.PERSON).isPresent())
                || untaggedSurname(s, t, Gender.UNKNOWN).isPresent()
                || kindAt(s, t).filter(k -> k.equals("person") || k.equals("unnamed")).isPresent()
                || Roles.isHead(s.token(t).word()) || Roles.isHead(s.token(t).lemma());
    }

    /** Whether the speaker is a news outlet (an organisation of the media sector). */
    boolean isOutlet(Speaker speaker) {
        return speaker.actor() != null && actors.byId(speaker.actor()).filter(a -> a.sector() == Sector.MED).isPresent();
    }

    /**
     * Whether the phrase headed by token {@code head} can have spoken: a thing ("blood tests revealed", "the data
     * showed", "according to plan"), a share of people ("Fifty-one percent say") or a demonstrative standing for
     * what was just described ("That gives the car a range of 400 km") cannot, unless its phrase names an actor ("the
     * agency's records show").
     */
    boolean canSpeak(Sentence s, int head) {
        BitSet phrase = phrase(s, head);
        if (phrase.cardinality() == 1 && s.token(head).pos().equals("DT")
                && DEMONSTRATIVES.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
            if (actors.mentionAt(s.index(), i).isPresent()) {
                return true;
            }
        }
        return !(nounKind(s.token(head)).filter(k -> k.equals("inanimate") || k.equals("amount")).isPresent());
    }

    /**
     * Whether the phrase headed by token {@code head} is someone who can speak: it names an actor, or its head is a word
     * for a person, a role or a body ("a witness", "one officer", "the ministry"), not for a thing or a document
     * ("the statement").
     */
    boolean isSomeone(Sentence s, int head) {
        BitSet phrase = phrase(s, head);
        for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
            if (actors.mentionAt(s.index(), i).isPresent()) {
                return true;
            }
        }
        Token h = s.token(head);
        return Roles.isHead(h.word()) || Roles.isHead(h.lemma()) || nounKind(h)
                .filter(k -> List.of("person", "unnamed", "organization", "outlet", "state").contains(k)).isPresent();
    }

    /** Whether the phrase headed by token {@code head} names a person by name ("Marta Quill, 68"), not by a pronoun or role. */
    boolean namesPerson(Sentence s, int head) {
        return s.token(head).isProperNoun() && named(s, head, phrase(s, head)).filter(a -> a.type() == ActorType.PERSON).isPresent();
    }

    /** The speaker named by tokens {@code [first, last)} of {@code s}, a name or label as written. */
    Speaker resolve(Sentence s, int first, int last) {
        String mention = annotation.text().substring(s.token(first).start(), s.token(last - 1).end());
        for (int i = first; i < last; i++) {
            Optional<Actor> a = actors.mentionAt(s.index(), i).flatMap(m -> actors.byId(m.actor()));
            if (a.isPresent()) {
                return new Speaker(a.get().id(), a.get().name(), mention);
            }
        }
        return new Speaker(null, null, mention);
    }

    /** The head's own name words, leaving out relative clauses and other clausal modifiers. */
    private static BitSet phrase(Sentence s, int head) {
        BitSet out = new BitSet();
        out.set(head);
        for (Dependency d : s.children(head)) {
            boolean preposition = d.relation().equals("case") && d.dependent() < head;
            if (PHRASE_RELATIONS.contains(d.relation()) && !preposition && Math.abs(d.dependent() - head) <= 6) {
                out.or(phrase(s, d.dependent()));
            }
        }
        return out;
    }

    /**
     * The actor named in the phrase or in an apposition to its head; a possessor ("Trump's campaign",
     * "Russia's negotiator") is not the speaker, nor is a person named before a common noun other than a word for
     * a document ("the Varga administration", "a Varga aide"; "a Varga statement" is Varga's), and a place or
     * organisation only when it is the head (not in "the Karabakh negotiator") or the head is a word for a body
     * ("the Islamic State group").
     */
    private Optional<Actor> named(Sentence s, int head, BitSet phrase) {
        Optional<Actor> best = Optional.empty();
        boolean modifiesNoun = s.token(head).isNoun() && !s.token(head).isProperNoun()
                && !nounKind(s.token(head)).filter(k -> k.equals("document")).isPresent();
        boolean body = nounKind(s.token(head)).filter(k -> k.equals("organization") || k.equals("outlet")).isPresent();
        BitSet wider = (BitSet) phrase.clone();
        for (Dependency d : s.children(head)) {
            if (Set.of("appos", "flat", "dep").contains(d.relation())) {
                wider.or(withoutServed(s, d));
            }
            if (d.relation().equals("nmod:poss")) {
                wider.andNot(s.subtree(d.dependent()));
            }
            if (d.baseRelation().equals("nmod") && d.dependent() > head && !s.token(head).isProperNoun()) {
                wider.or(nameApposedToModifier(s, d.dependent()));
            }
        }
        for (int i = wider.nextSetBit(0); i >= 0; i = wider.nextSetBit(i + 1)) {
            Optional<Actor> a = actors.mentionAt(s.index(), i).flatMap(m -> actors.byId(m.actor()));
            if (a.isPresent() && a.get().type() != ActorType.PERSON && i != head && !(body && NAMED_BODIES.contains(a.get().type()))
                    || a.isPresent() && a.get().type() == ActorType.PERSON && i < head && modifiesNoun) {
                continue;
            }
            if (a.isPresent() && (best.isEmpty() || a.get().type() == ActorType.PERSON && i == head)) {
                best = a;
            }
            if (a.isPresent() && a.get().type() == ActorType.PERSON && phrase.get(i)) {
                return a;
            }
        }
        return best;
    }

    /**
     * The words of a person's name the parse set in apposition to the noun of a common noun's modifier rather than to
     * the noun itself ("A woman in Lisbon, Marta Veiga, said"; "a spokesman for Acme, Dana Ruiz, said"): the name
     * describes the head, the place or body it is of does not. Where the modifier's noun is itself a person, only a
     * name written straight after the place or body it is of, which the parse took as one noun ("the ambassador to
     * Norway Carla Menezes"); empty for a person alone ("the lawyer for Tom Vale, Dana Ruiz": whose lawyer is unclear)
     * or an apposition that names no person.
     */
    private BitSet nameApposedToModifier(Sentence s, int modifier) {
        BitSet out = new BitSet();
        if (personAt(s, modifier)) {
            actors.mentionAt(s.index(), modifier).filter(m -> m.firstToken() > 0
                    && s.headEdge(m.firstToken() - 1).filter(e -> e.relation().equals("compound") && e.head() == modifier).isPresent()
                    && actors.mentionAt(s.index(), m.firstToken() - 1).flatMap(p -> actors.byId(p.actor()))
                            .filter(a -> a.type() != ActorType.PERSON).isPresent())
                    .ifPresent(m -> out.set(m.firstToken(), m.lastToken()));
            return out;
        }
        for (int a : s.children(modifier, "appos")) {
            if (personAt(s, a)) {
                out.or(withoutServed(s, new Dependency(modifier, a, "appos")));
            }
        }
        return out;
    }

    private boolean personAt(Sentence s, int t) {
        return actors.mentionAt(s.index(), t).flatMap(m -> actors.byId(m.actor())).filter(a -> a.type() == ActorType.PERSON).isPresent();
    }

    /**
     * The words of dependent {@code d} of a speaker's head; for an apposition giving a role, without the one the role
     * serves: "Lee Sun-woo, the spokesman for President Ilse Marten," is not Marten, nor is "Lee, Marten's aide".
     */
    private static BitSet withoutServed(Sentence s, Dependency d) {
        BitSet words = s.subtree(d.dependent());
        if (d.relation().equals("appos")) {
            for (Dependency o : s.children(d.dependent())) {
                if (o.baseRelation().equals("nmod")) {
                    words.andNot(s.subtree(o.dependent()));
                }
            }
        }
        return words;
    }

    /**
     * The person a third-person pronoun at {@code offset} refers to: walking back over the persons named
     * outside quotation marks and page furniture within the last {@value #PRONOUN_REACH} sentences, the nearest
     * who is the subject of a speech verb, else of a clause, else any; in one sentence a person whose name gives
     * the pronoun's gender goes before one of unknown gender, and for "she" anywhere in the window (female first
     * names are marked reliably; a name of unknown gender beside "she" is more often a man's: "she" after Uma
     * Thurman and a Quentin Tarantino goes to Thurman, while "he" may well be a Heigo Sato of no known gender);
     * two alike in one sentence compete and leave it unresolved, and of two subjects alike that of the main clause
     * goes first. The passage's subject holds: the subject of a sentence's main clause ends the walk, so that a
     * speaker further back does not win over it ("Ana Ruiz said ... Lena Ortiz was adamant. 'It works,' she said":
     * Ortiz), save that for "she" a person of unknown gender yields to a woman named further back. Where the person
     * found is no subject and "he" or "she" is the subject of that person's sentence or of one before it, the pronoun
     * continues that one and is resolved as it is ("Ana Ruiz lives here. She gave me the number of Lena Ortiz. 'No,'
     * she said": Ruiz); with nobody found, too. With nobody near, the walk is made again over a window that leaves out
     * the sentences wholly inside quotation marks (a quote paragraph between the person and "he said"); then the
     * article's main person of that gender.
     */
    Optional<Actor> antecedent(int offset, String pronoun) {
        return antecedent(offset, pronoun, 0, false);
    }

    /** {@code overQuotes}: the reach leaves out the sentences wholly inside quotation marks. */
    private Optional<Actor> antecedent(int offset, String pronoun, int hops, boolean overQuotes) {
        Gender pronounGender = pronoun.equalsIgnoreCase("she") || pronoun.equalsIgnoreCase("her") ? Gender.FEMALE : Gender.MALE;
        int sentence = annotation.sentenceAt(offset);
        ActorMention best = null;
        int bestRank = -1;
        boolean bestSure = false;
        boolean tie = false;
        List<ActorMention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.start() >= offset || insideQuote(m.start(), m.end()) || furniture(m)) {
                continue;
            }
            if (distance(sentence, m.sentence(), overQuotes) > PRONOUN_REACH || best != null && m.sentence() < best.sentence()
                    && bestRank % 2 == 1 && (pronounGender == Gender.MALE || bestSure)) {
                break;
            }
            Optional<Actor> a = actors.byId(m.actor());
            Gender g = a.filter(p -> p.type() == ActorType.PERSON).map(this::gender).orElse(null);
            if (g == null || g.contradicts(pronounGender)) {
                continue;
            }
            int rank = salience(m);
            boolean sure = g == pronounGender;
            boolean rival = best != null && rank == bestRank && m.sentence() == best.sentence() && !m.actor().equals(best.actor());
            boolean better = best == null || (pronounGender == Gender.FEMALE && sure != bestSure ? sure
                    : rank > bestRank || rival && sure && !bestSure);
            if (better) {
                best = m;
                bestRank = rank;
                bestSure = sure;
                tie = false;
            } else if (rival && sure == bestSure) {
                tie = true;
            }
        }
        Optional<Actor> untagged = untaggedSurnameSubject(offset, best == null ? -1 : best.sentence(), pronounGender);
        if (untagged.isPresent()) {
            return untagged;
        }
        Optional<Token> earlier = hops < MAX_PRONOUN_HOPS ? pronounSubjectBefore(offset, pronounGender, overQuotes) : Optional.empty();
        if (earlier.isPresent()) {
            int at = annotation.sentenceAt(earlier.get().start());
            if (best == null || best.sentence() >= at && bestRank == 0) {
                Optional<Actor> continued = antecedent(earlier.get().start(), earlier.get().word(), hops + 1, overQuotes);
                if (continued.isPresent()) {
                    return continued;
                }
            }
        }
        if (best != null) {
            return tie ? Optional.empty() : actors.byId(best.actor());
        }
        if (!overQuotes && earlier.isEmpty()) {
            return antecedent(offset, pronoun, hops, true);
        }
        return main(a -> a.type() == ActorType.PERSON && gender(a) == pronounGender)
                .or(() -> cataphor(offset, sentence, pronounGender));
    }

    /**
     * The person whose surname, left untagged by NER ("Young, in his testimony, did not ..."), is the subject of a
     * main clause outside quotation marks in a sentence after {@code after}, within {@value #PRONOUN_REACH} sentences
     * before {@code offset}: the passage has moved on to that person.
     */
    private Optional<Actor> untaggedSurnameSubject(int offset, int after, Gender pronounGender) {
        int sentence = annotation.sentenceAt(offset);
        for (int k = sentence; k > after && sentence - k <= PRONOUN_REACH; k--) {
            Sentence s = annotation.sentences().get(k);
            for (int t = s.tokens().size() - 1; t >= 0; t--) {
                Token tok = s.token(t);
                Optional<Dependency> edge = s.headEdge(t);
                if (tok.start() < offset && !insideQuote(tok.start(), tok.end()) && edge.isPresent() && edge.get().head() >= 0
                        && edge.get().baseRelation().equals("nsubj") && mainVerb(s, edge.get().head())) {
                    Optional<Actor> person = untaggedSurname(s, t, pronounGender);
                    if (person.isPresent()) {
                        return person;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The one person of the article named in full whose surname token {@code t} is, capitalised, where no mention
     * holds it (a surname NER left untagged) and the person is not of the other gender than {@code gender}.
     */
    private Optional<Actor> untaggedSurname(Sentence s, int t, Gender gender) {
        String word = s.token(t).word();
        if (!Character.isUpperCase(word.charAt(0)) || actors.mentionAt(s.index(), t).isPresent()) {
            return Optional.empty();
        }
        List<Actor> holders = actors.actors().stream().filter(a -> a.type() == ActorType.PERSON
                && a.name().endsWith(" " + word) && !gender(a).contradicts(gender)).toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** Whether verb {@code v} heads the sentence's main clause (the root, or a clause coordinated with it). */
    private static boolean mainVerb(Sentence s, int v) {
        Optional<Dependency> up = s.headEdge(v);
        if (up.isPresent() && up.get().baseRelation().equals("conj") && up.get().head() >= 0) {
            up = s.headEdge(up.get().head());
        }
        return up.isEmpty() || up.get().head() < 0;
    }

    /**
     * What "it" at token {@code pronoun} of {@code s} stands for: the nearest organisation, group or state before it,
     * in its sentence or the {@value #GROUP_REACH} before, that is the subject of a clause; a description of a body
     * that is a subject after it goes first where it stands for a body ("Harrow Logistics said ... The Denver-based
     * firm said ... It added": Harrow Logistics).
     */
    private Optional<Actor> bodyBefore(Sentence s, int pronoun) {
        int offset = s.token(pronoun).start();
        ActorMention named = null;
        List<ActorMention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0 && named == null; i--) {
            ActorMention m = mentions.get(i);
            if (m.start() >= offset || insideQuote(m.start(), m.end())) {
                continue;
            }
            if (s.index() - m.sentence() > GROUP_REACH) {
                break;
            }
            if (actors.byId(m.actor()).filter(x -> BODIES.contains(x.type())).isPresent() && subjectRank(m) > 0) {
                named = m;
            }
        }
        int after = named == null ? -1 : named.start();
        for (int[] at : bodySubjectsBefore(s, pronoun, after, GROUP_REACH)) {
            Sentence before = annotation.sentences().get(at[0]);
            Optional<Actor> described = described(before, at[1], phrase(before, at[1])).filter(x -> BODIES.contains(x.type()));
            if (described.isPresent()) {
                return described;
            }
        }
        return named == null ? Optional.empty() : actors.byId(named.actor());
    }

    /**
     * For "it" at token {@code pronoun} that stands for no actor: the words of the nearest definite description of a
     * body that is a subject in its sentence or the one before ("The airline said ... '...,' it said": airline),
     * the body that just spoke or acted, not nobody.
     */
    private Optional<String> bodyDescribedBefore(Sentence s, int pronoun) {
        for (int[] at : bodySubjectsBefore(s, pronoun, -1, 1)) {
            Sentence before = annotation.sentences().get(at[0]);
            if (definite(before, at[1])) {
                return description(before, at[1], phrase(before, at[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * The subjects of a clause whose head is a word for an organisation, outlet or state, before token {@code pronoun}
     * of {@code s} and after text offset {@code after}, outside quotation marks, in its sentence or the {@code reach}
     * before; nearest first, each as {sentence index, token index}.
     */
    private List<int[]> bodySubjectsBefore(Sentence s, int pronoun, int after, int reach) {
        int offset = s.token(pronoun).start();
        List<int[]> found = new ArrayList<>();
        for (int k = s.index(); k >= Math.max(0, s.index() - reach); k--) {
            Sentence before = annotation.sentences().get(k);
            for (int t = before.tokens().size() - 1; t >= 0; t--) {
                Token tok = before.token(t);
                if (tok.start() < offset && tok.start() > after && !insideQuote(tok.start(), tok.end())
                        && before.headEdge(t).filter(e -> e.head() >= 0 && e.baseRelation().equals("nsubj")).isPresent()
                        && nounKind(tok).filter(k2 -> List.of("organization", "outlet", "state").contains(k2)).isPresent()) {
                    found.add(new int[] {k, t});
                }
            }
        }
        return found;
    }

    /**
     * The entity a description speaker names ("the company", "South Korea's president", "the North Korean leader",
     * "a company statement": its issuer): the one actor of that kind, of the country the description gives, with a
     * title that fits its role (or, untitled, of the country it names), named outside quotation marks in the sentence
     * before the description, in it (before it) or in the next of its paragraph,
     * not of the other gender than a word for a woman or a man says ("the actress"),
     * and named there as the subject of a clause or coordinated with one (a word for a state with a country, its own or that of an earlier
     * subject of the same noun, is that country's actor: "The Japanese government said ... The government said"): a description takes up the entity the passage is about, not one it mentions in passing ("the group
     * claimed on Twitter ... the group tweeted"; "Ana Ruiz is mourning her cousin Tom Vale. The singer said": Ruiz).
     * Where none near is a subject, the one near that is the object of its sentence's main verb ("Regulators are
     * investigating Kelvar Rail. The company confirmed"): the sentence is about it; or the one near whose title fits
     * the role ("... paid for Gov. Ana Whitcombe's campaign. The governor said"). Otherwise none near as a subject, or
     * two, leave it unresolved: the article's main actor elsewhere is no safer guess than the words as written.
     */
    private Optional<Actor> described(Sentence s, int head, BitSet phrase) {
        Token h = s.token(head);
        Optional<String> kind = kindAt(s, head);
        boolean document = kind.isPresent() && kind.get().equals("document");
        if (!document && !definite(s, head) || namesAnother(s, phrase, head)) {
            return Optional.empty();
        }
        Optional<Actor> introduced = document ? Optional.empty() : introducedAs(s, phrase, head);
        if (introduced.isPresent()) {
            return introduced;
        }
        if (document) {
            kind = Optional.empty();
            for (int i = phrase.nextSetBit(0); i >= 0 && i < head && kind.isEmpty(); i = phrase.nextSetBit(i + 1)) {
                kind = nounKind(s.token(i)).filter(k -> !k.equals("document"));
            }
        } else if (Roles.isHead(h.word())) {
            kind = Optional.of("person");
        }
        if (kind.isEmpty() || h.isProperNoun() || h.pos().endsWith("S") || !List.of("person", "organization", "outlet",
                "state").contains(kind.get())) {
            return Optional.empty();
        }
        String country = countryIn(s, phrase, head);
        String role = annotation.text().substring(s.token(phrase.nextSetBit(0)).start(), h.end());
        String k = kind.get();
        if (k.equals("state")) {
            String of = country != null ? country : earlierCountry(s, h.lemma().toLowerCase(Locale.ROOT));
            Optional<Actor> state = actors.actors().stream().filter(a -> a.type() == ActorType.COUNTRY && a.country() != null
                    && a.country().equals(of) && !furnitureOnly(a)).findFirst();
            if (state.isPresent()) {
                return state;
            }
        }
        String noun = h.word().toLowerCase(Locale.ROOT);
        Gender nounGender = nounGender(noun);
        Predicate<Actor> fits = a -> fitsKind(a, k)
                && (nounGender == null || a.type() != ActorType.PERSON || !gender(a).contradicts(nounGender))
                && (country == null || country.equals(a.country()))
                && (a.type() != ActorType.PERSON || !Roles.isHead(h.word()) || country != null && a.titles().isEmpty()
                || a.titles().stream().anyMatch(t -> Roles.fits(role, h.word(), t)));
        Set<String> near = new LinkedHashSet<>();
        Set<String> subjects = new HashSet<>();
        Set<String> objects = new HashSet<>();
        for (ActorMention m : actors.mentions()) {
            boolean inReach = Math.abs(m.sentence() - s.index()) <= DESCRIPTION_REACH
                    && !(m.sentence() == s.index() && m.lastToken() > phrase.nextSetBit(0))
                    && !(m.sentence() > s.index() && annotation.text().substring(s.end(), m.start()).contains("\n"));
            if (inReach && !insideQuote(m.start(), m.end()) && !furniture(m)
                    && actors.byId(m.actor()).filter(fits).isPresent()) {
                near.add(m.actor());
                if (subjectRank(m) > 0 || conjunctOfSubject(m)) {
                    subjects.add(m.actor());
                }
                if (mainObject(m)) {
                    objects.add(m.actor());
                }
            }
        }
        if (near.isEmpty()) {
            return lastSpeaker(s, fits);
        }
        boolean titled = Roles.isHead(h.word()) && actors.byId(near.iterator().next())
                .filter(a -> a.titles().stream().anyMatch(t -> Roles.fits(role, h.word(), t))).isPresent();
        if (subjects.isEmpty() && near.size() == 1 && (objects.containsAll(near) || titled)) {
            return actors.byId(near.iterator().next());
        }
        return subjects.size() == 1 ? actors.byId(subjects.iterator().next()) : Optional.empty();
    }

    /**
     * For a description with no entity of its kind near: the one such entity that is the subject of a speech verb
     * not negated ("the FBI did not respond" is no speaker), outside quotation marks, in the nearest sentence of the {@value #SPEAKER_REACH} before that names one as such
     * ("Harrow Logistics said ... Regulators said ... The Denver-based firm said": Harrow Logistics); the passage
     * still follows its last speaker of that kind. Empty when the nearest sentence naming one of that kind has no
     * such speaker or two ("KTV said ... the FBI did not respond ... the airline said"), or a name no actor holds spoke
     * after it ("KRL said ... the airline said": the description may be that one).
     */
    private Optional<Actor> lastSpeaker(Sentence s, Predicate<Actor> fits) {
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - SPEAKER_REACH); k--) {
            if (unknownNameSpoke(annotation.sentences().get(k))) {
                return Optional.empty();
            }
            int sentence = k;
            Set<String> speakers = new LinkedHashSet<>();
            actors.mentions().stream().filter(m -> m.sentence() == sentence && !insideQuote(m.start(), m.end())
                            && !furniture(m) && subjectRank(m) == 2 && actors.byId(m.actor()).filter(fits).isPresent()
                            && clauseOf(m).filter(v -> QuoteExtractor.negated(annotation.sentences().get(sentence), v)).isEmpty())
                    .forEach(m -> speakers.add(m.actor()));
            boolean named = actors.mentions().stream().anyMatch(m -> m.sentence() == sentence && !insideQuote(m.start(), m.end())
                    && actors.byId(m.actor()).filter(fits).isPresent());
            if (named) {
                return speakers.size() == 1 ? actors.byId(speakers.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The actor an apposition before the description introduced with the same noun ("the Harbour Pilots Guild, a
     * trade group, ... the group says"; in the parse, or read off the words), within {@value #APPOSITION_REACH}
     * sentences, outside quotation marks, and of the kind the noun names (not the place in "Cape Vell, the site
     * of ... the site says"); empty when none or two different ones were.
     */
    private Optional<Actor> introducedAs(Sentence s, BitSet phrase, int head) {
        String noun = s.token(head).lemma().toLowerCase(Locale.ROOT);
        Optional<String> kind = nounKind(s.token(head)).filter(k -> List.of("person", "organization", "outlet", "state").contains(k));
        int before = s.token(phrase.nextSetBit(0)).start();
        Set<String> found = new LinkedHashSet<>();
        for (ActorMention m : actors.mentions()) {
            if (m.start() >= before || s.index() - m.sentence() > APPOSITION_REACH || insideQuote(m.start(), m.end())
                    || kind.isPresent() && actors.byId(m.actor()).filter(a -> fitsKind(a, kind.get())).isEmpty()) {
                continue;
            }
            Sentence ms = annotation.sentences().get(m.sentence());
            if (appositionAfter(ms, m.lastToken(), noun) || apposedTo(ms, m, noun, false)) {
                found.add(m.actor());
            }
        }
        return found.size() == 1 ? actors.byId(found.iterator().next()) : Optional.empty();
    }

    /**
     * For a role speaker written with "a" ("A ministry spokesman said"): the one person the next
     * {@value #APPOSITION_REACH} sentences name in an apposition with the same noun made definite ("the spokesman,
     * Ana Ruiz, said"; "Ana Ruiz, the ministry's spokesman"), outside quotation marks; empty when none or two.
     */
    private Optional<Actor> namedAfter(Sentence s, int head) {
        Token h = s.token(head);
        if (!Roles.isHead(h.word()) || definite(s, head)) {
            return Optional.empty();
        }
        String noun = h.lemma().toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (ActorMention m : actors.mentions()) {
            if (m.sentence() > s.index() && m.sentence() - s.index() <= APPOSITION_REACH && !insideQuote(m.start(), m.end())
                    && actors.byId(m.actor()).filter(a -> a.type() == ActorType.PERSON).isPresent()
                    && apposedTo(annotation.sentences().get(m.sentence()), m, noun, true)) {
                found.add(m.actor());
            }
        }
        return found.size() == 1 ? actors.byId(found.iterator().next()) : Optional.empty();
    }

    /** Whether the parse sets a noun of {@code lemma} (with "the" or a possessor, where asked) in apposition to mention {@code m}. */
    private static boolean apposedTo(Sentence ms, ActorMention m, String lemma, boolean definiteOnly) {
        for (int t = m.firstToken(); t < m.lastToken(); t++) {
            Optional<Dependency> up = ms.headEdge(t);
            if (ms.children(t, "appos").stream().anyMatch(a -> sameNoun(ms, a, lemma) && (!definiteOnly || definite(ms, a)))
                    || up.isPresent() && up.get().relation().equals("appos") && up.get().head() >= 0
                    && sameNoun(ms, up.get().head(), lemma) && (!definiteOnly || definite(ms, up.get().head()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from token {@code comma} on are an apposition the parse may have missed: a comma, an
     * article, then up to three modifiers and a noun of {@code lemma} that ends the phrase (", a trade group.").
     */
    private static boolean appositionAfter(Sentence s, int comma, String lemma) {
        int n = s.tokens().size();
        if (comma + 1 >= n || !s.token(comma).word().equals(",") || !s.token(comma + 1).pos().equals("DT")) {
            return false;
        }
        for (int t = comma + 2; t < n && t <= comma + 5 && (s.token(t).isNoun() || s.token(t).pos().startsWith("JJ")); t++) {
            if (sameNoun(s, t, lemma) && (t + 1 == n || s.token(t + 1).pos().matches("[.,:]"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNoun(Sentence s, int t, String lemma) {
        return s.token(t).isNoun() && s.token(t).lemma().toLowerCase(Locale.ROOT).equals(lemma);
    }

    /**
     * For people described by a word for the body they serve before their head ("agency officials said", "a company
     * spokesman"): the entity that word stands for, resolved as "the agency" would be. Empty for other heads, for a
     * body named by a name ("Pell Freight officials", read as a name) and for a state ("a government official" speaks
     * for an office, not for the country).
     */
    private Optional<Actor> servedBody(Sentence s, int head) {
        Token h = s.token(head);
        boolean people = Roles.isHead(h.word()) || Roles.isHead(h.lemma())
                || kindAt(s, head).filter(k -> k.equals("person") || k.equals("unnamed")).isPresent();
        return s.children(head, "compound").stream().filter(c -> people && c < head && !s.token(c).isProperNoun()
                        && nounKind(s.token(c)).filter(k -> k.equals("organization") || k.equals("outlet")).isPresent())
                .findFirst().flatMap(c -> described(s, c, phrase(s, c)));
    }

    /**
     * Whether the description refers back: "the", "this", "that" or a possessor, not "a", "another", "one"; a word for
     * a body that names the one its people serve ("agency" of "agency officials") refers back whatever their article.
     */
    private static boolean definite(Sentence s, int head) {
        if (s.headEdge(head).filter(e -> e.relation().equals("compound") && e.head() > head).isPresent()) {
            return true;
        }
        for (Dependency d : s.children(head)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("nmod:poss") || d.relation().equals("det") && Set.of("the", "this", "that").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a capitalised modifier other than a country's name or adjective names something else the
     * description is tied to ("The UN leader", "Seoul's defence ministry", "the London-based firm").
     */
    private static boolean namesAnother(Sentence s, BitSet phrase, int head) {
        Countries countries = Countries.get();
        for (int i = phrase.nextSetBit(0); i >= 0 && i < head; i = phrase.nextSetBit(i + 1)) {
            Token t = s.token(i);
            boolean country = countries.byAnyForm(t.word()).isPresent()
                    || i + 1 < head && countries.byAnyForm(t.word() + " " + s.token(i + 1).word()).isPresent()
                    || i > 0 && countries.byAnyForm(s.token(i - 1).word() + " " + t.word()).isPresent();
            if (Character.isUpperCase(t.word().charAt(0)) && !t.pos().equals("DT") && !country && !countryBased(t.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country given by a subject of the same noun in the {@value #APPOSITION_REACH} sentences before, outside
     * quotation marks: "The Japanese government said ... The government said"; null when none gives one.
     */
    private String earlierCountry(Sentence s, String lemma) {
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - APPOSITION_REACH); k--) {
            Sentence before = annotation.sentences().get(k);
            for (int t = 0; t < before.tokens().size(); t++) {
                Optional<Dependency> edge = before.headEdge(t);
                String country = sameNoun(before, t, lemma) && edge.isPresent() && edge.get().baseRelation().equals("nsubj")
                        && !insideQuote(before.token(t).start(), before.token(t).end())
                        ? countryIn(before, phrase(before, t), t) : null;
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** Whether a modifier gives only the country a body is based in: "Singapore-based", "Nigeria-based". */
    private static boolean countryBased(String word) {
        int dash = word.toLowerCase(Locale.ROOT).lastIndexOf("-based");
        return dash > 0 && dash + "-based".length() == word.length()
                && Countries.get().byAnyForm(word.substring(0, dash).replace('-', ' ')).isPresent();
    }

    private static boolean fitsKind(Actor a, String kind) {
        return switch (kind) {
            case "person" -> a.type() == ActorType.PERSON;
            case "state" -> a.type() == ActorType.COUNTRY;
            case "outlet" -> a.type() == ActorType.ORGANIZATION && a.sector() == Sector.MED;
            default -> (a.type() == ActorType.ORGANIZATION || a.type() == ActorType.GROUP) && a.sector() != Sector.MED;
        };
    }

    /** The country a description names before its head: "South Korea's", "North Korean", "Nigerian"; or null. */
    private static String countryIn(Sentence s, BitSet phrase, int head) {
        Countries countries = Countries.get();
        List<String> words = new ArrayList<>();
        for (int i = phrase.nextSetBit(0); i >= 0 && i < head; i = phrase.nextSetBit(i + 1)) {
            if (!s.token(i).word().matches("'s|’s")) {
                words.add(s.token(i).word());
            }
        }
        for (int len = Math.min(3, words.size()); len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                String form = String.join(" ", words.subList(i, i + len));
                Optional<String> code = countries.byName(form).or(() -> countries.byAdjective(form));
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        return null;
    }

    /** The actor {@code fits} accepts that the article names most: the only one, or named at least twice and more often than any other. */
    private Optional<Actor> main(Predicate<Actor> fits) {
        List<Actor> ranked = actors.actors().stream().filter(fits).filter(a -> !furnitureOnly(a))
                .sorted(Comparator.comparingInt(Actor::mentions).reversed()).toList();
        boolean clear = ranked.size() == 1
                || ranked.size() > 1 && ranked.get(0).mentions() >= 2 && ranked.get(0).mentions() > ranked.get(1).mentions();
        return clear ? Optional.of(ranked.get(0)) : Optional.empty();
    }

    /**
     * The kind of head word {@code t} of {@code s}, as {@link #nounKind}; an age ("the 23-year-old") is a person, and so
     * is an unlisted common noun that a relative clause opens on "who" ("the carpet fitter, who was hurt, said").
     */
    private Optional<String> kindAt(Sentence s, int t) {
        String age = annotation.text().substring(s.token(Math.max(0, t - 4)).start(), s.token(t).end());
        return AGE.matcher(age).find() ? Optional.of("person") : nounKind(s.token(t))
                .or(() -> relativeWho(s, t) ? Optional.of("person") : Optional.empty());
    }

    private static boolean relativeWho(Sentence s, int t) {
        return s.token(t).pos().equals("NN") && s.children(t).stream().filter(d -> d.relation().equals("acl:relcl"))
                .anyMatch(d -> Set.of("who", "whom").contains(s.token(s.subtree(d.dependent()).nextSetBit(0)).word().toLowerCase(Locale.ROOT)));
    }

    private Optional<String> nounKind(Token t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return NOUN_KINDS.entrySet().stream().filter(e -> e.getValue().contains(word) || e.getValue().contains(lemma))
                .map(Map.Entry::getKey).findFirst();
    }

    private boolean furniture(ActorMention m) {
        return furniture.contains(m);
    }

    private boolean furnitureOnly(Actor a) {
        return !namedInText.contains(a.id());
    }

    /**
     * Whether the line of {@code text} from {@code from} to {@code to} is page furniture: a byline, or a photo caption
     * or credit. Asked once per line, however many mentions stand on it.
     */
    private static boolean onFurnitureLine(String text, int from, int to) {
        String line = text.substring(from, to);
        return BYLINE.matcher(line).matches() || CREDIT.matcher(line).find();
    }


    /**
     * The group a plural pronoun ("they") at token {@code pronoun} of {@code s} stands for: the nearest plural
     * subject before it that can speak (a plural noun, or coordinated subjects; not "early reports" or "the data")
     * outside quotation marks, in its sentence or the
     * {@value #GROUP_REACH} before, the subject of a speech verb first ("Armenia's leaders insist that ... They
     * say ..."). As {@link #resolve(Sentence, int)} gives it: an actor when the phrase names one.
     */
    private Optional<Speaker> group(Sentence s, int pronoun) {
        int offset = s.token(pronoun).start();
        Speaker nearest = null;
        for (int k = s.index(); k >= Math.max(0, s.index() - GROUP_REACH); k--) {
            Sentence before = annotation.sentences().get(k);
            for (int t = before.tokens().size() - 1; t >= 0; t--) {
                Token tok = before.token(t);
                Optional<Dependency> edge = before.headEdge(t);
                if (tok.start() >= offset || insideQuote(tok.start(), tok.end()) || tok.isPronoun() || edge.isEmpty()
                        || edge.get().head() < 0 || !edge.get().baseRelation().equals("nsubj") || !canSpeak(before, t)
                        || nounKind(tok).filter(kind -> kind.equals("document")).isPresent()
                        || !(tok.pos().endsWith("NNS") || tok.pos().equals("NNPS") || !before.children(t, "conj").isEmpty())) {
                    continue;
                }
                Speaker g = resolve(before, t);
                if (QuoteExtractor.isSpeechVerb(before.token(edge.get().head()).lemma())) {
                    return Optional.of(g);
                }
                nearest = nearest == null ? g : nearest;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * With nobody named before it, a pronoun that opens an article (a standfirst such as "'...,' he said"
     * above the lead) refers forward to the first person who is the subject of a speech verb within the
     * next three sentences.
     */
    private Optional<Actor> cataphor(int offset, int sentence, Gender pronounGender) {
        for (ActorMention m : actors.mentions()) {
            if (m.start() <= offset || insideQuote(m.start(), m.end())) {
                continue;
            }
            if (m.sentence() - sentence > 3) {
                break;
            }
            Optional<Actor> a = actors.byId(m.actor());
            if (a.isPresent() && a.get().type() == ActorType.PERSON && !gender(a.get()).contradicts(pronounGender)
                    && subjectRank(m) == 2) {
                return a;
            }
        }
        return Optional.empty();
    }

    /**
     * The nearest "he" or "she" of {@code gender} before {@code offset}, within {@value #PRONOUN_REACH} sentences,
     * outside quotation marks, that is the subject of a clause.
     */
    private Optional<Token> pronounSubjectBefore(int offset, Gender gender, boolean overQuotes) {
        int sentence = annotation.sentenceAt(offset);
        String word = gender == Gender.FEMALE ? "she" : "he";
        for (int k = sentence; k >= 0 && distance(sentence, k, overQuotes) <= PRONOUN_REACH; k--) {
            Sentence s = annotation.sentences().get(k);
            for (int t = s.tokens().size() - 1; t >= 0; t--) {
                Token tok = s.token(t);
                if (tok.start() < offset && tok.word().equalsIgnoreCase(word) && !insideQuote(tok.start(), tok.end())
                        && s.headEdge(t).filter(e -> e.head() >= 0 && e.baseRelation().equals("nsubj")).isPresent()) {
                    return Optional.of(tok);
                }
            }
        }
        return Optional.empty();
    }

    /** The sentences after {@code earlier} up to {@code later}; with {@code overQuotes}, those not wholly inside quotation marks. */
    private int distance(int later, int earlier, boolean overQuotes) {
        if (!overQuotes) {
            return later - earlier;
        }
        int n = 0;
        for (int k = earlier + 1; k <= later; k++) {
            List<Token> words = annotation.sentences().get(k).tokens().stream()
                    .filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).toList();
            n += !words.isEmpty() && insideQuote(words.get(0).start(), words.get(words.size() - 1).end()) ? 0 : 1;
        }
        return n;
    }

    /**
     * How salient a mention is as the one a pronoun takes up: twice its {@link #subjectRank}, plus one when it is the
     * subject of its sentence's main clause (the root, or a clause coordinated with it): "When Ruiz left, Ortiz took
     * over" puts Ortiz before Ruiz.
     */
    private int salience(ActorMention m) {
        return 2 * subjectRank(m) + (mainSubject(m) ? 1 : 0);
    }

    private boolean mainSubject(ActorMention m) {
        Sentence s = annotation.sentences().get(m.sentence());
        return clauseOf(m).filter(verb -> mainVerb(s, verb)).isPresent();
    }

    /** Whether the mention is the object of its sentence's main verb: Kelvar Rail in "Regulators are investigating Kelvar Rail". */
    private boolean mainObject(ActorMention m) {
        Sentence s = annotation.sentences().get(m.sentence());
        for (int t = m.firstToken(); t < m.lastToken(); t++) {
            Optional<Dependency> edge = s.headEdge(t);
            if (edge.isPresent() && edge.get().relation().equals("obj") && edge.get().head() >= 0
                    && s.headEdge(edge.get().head()).filter(up -> up.head() >= 0).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** 2: the mention is the subject of a speech verb; 1: of another clause; 0: not a subject. */
    private int subjectRank(ActorMention m) {
        Sentence s = annotation.sentences().get(m.sentence());
        return clauseOf(m).map(verb -> QuoteExtractor.isSpeechVerb(s.token(verb).lemma()) ? 2 : 1).orElse(0);
    }

    /** Whether the mention is coordinated with a subject: Keller in "Brand and Keller met". */
    private boolean conjunctOfSubject(ActorMention m) {
        Sentence s = annotation.sentences().get(m.sentence());
        for (int t = m.firstToken(); t < m.lastToken(); t++) {
            Optional<Dependency> edge = s.headEdge(t);
            if (edge.isPresent() && edge.get().head() >= 0 && edge.get().baseRelation().equals("conj")
                    && s.headEdge(edge.get().head()).filter(up -> up.baseRelation().equals("nsubj")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of the clause whose subject the mention is (through an apposition or a name's parts); also the finite
     * verb right after the mention that has no subject of its own, where the parse hung the name on the phrase before
     * it ("shortly after news broke that the firms had a deal, Kelvan Studios denied ...": "Studios" an apposition of
     * "deal").
     */
    private Optional<Integer> clauseOf(ActorMention m) {
        Sentence s = annotation.sentences().get(m.sentence());
        for (int t = m.firstToken(); t < m.lastToken(); t++) {
            Optional<Dependency> edge = s.headEdge(t);
            if (edge.isPresent() && edge.get().head() >= 0 && Set.of("appos", "flat", "compound").contains(edge.get().relation())) {
                edge = s.headEdge(edge.get().head());
            }
            if (edge.isPresent() && edge.get().baseRelation().equals("nsubj") && edge.get().head() >= 0) {
                return Optional.of(edge.get().head());
            }
        }
        int next = m.lastToken();
        boolean subjectless = next < s.tokens().size() && s.token(next).pos().matches("VB[DZP]")
                && s.children(next).stream().noneMatch(d -> d.baseRelation().equals("nsubj"));
        return subjectless ? Optional.of(next) : openingRoot(s, m);
    }

    /**
     * The mention's head where the parse made the name that opens the sentence its root, with the clause that tells
     * of the person hung below it ("Ana Ruiz, who had not sung in years, worried about the song": "Ruiz" the root):
     * the name is the sentence's subject all the same.
     */
    private static Optional<Integer> openingRoot(Sentence s, ActorMention m) {
        for (int t = m.firstToken(); t < m.lastToken(); t++) {
            int head = t;
            if (m.firstToken() == 0 && s.headEdge(t).filter(e -> e.head() < 0).isPresent()
                    && s.children(t).stream().anyMatch(d -> d.dependent() > head && s.token(d.dependent()).pos().startsWith("VB"))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The gender a word for a woman or a man gives ("actress", "husband"); null for any other word. */
    static Gender nounGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.matches(FEMALE_NOUNS) ? Gender.FEMALE : w.matches(MALE_NOUNS) ? Gender.MALE : null;
    }

    /**
     * The person's gender from honorifics or a word for a woman or a man right before the name ("his wife Sue"), else
     * from common first names and feminine surname endings unless the article's own possessives give the other gender
     * in two sentences (the first-name list is wrong on some names used for both, "Taylor"), else from the possessives
     * the article gives them; a Korean or Chinese name written surname first ("Kim Jong Un", "Moon Jae-in") does not
     * start with a given name.
     */
    private Gender gender(Actor a) {
        return genders.computeIfAbsent(a.id(), id -> genderOf(a));
    }

    private Gender genderOf(Actor a) {
        for (ActorMention m : actors.mentions()) {
            if (m.actor().equals(a.id())) {
                String previous = (m.firstToken() > 0 ? annotation.sentences().get(m.sentence()).token(m.firstToken() - 1).word()
                        : "").toLowerCase(Locale.ROOT);
                String w = previous + " " + m.text().toLowerCase(Locale.ROOT);
                if (w.matches("(.* )?(mrs|ms|madam)\\b.*") || previous.matches(FEMALE_NOUNS)) {
                    return Gender.FEMALE;
                }
                if (w.matches("(.* )?mr\\b.*") || previous.matches(MALE_NOUNS)) {
                    return Gender.MALE;
                }
            }
        }
        String[] words = a.name().split("\\s+");
        Gender byName = words.length > 1 && !SURNAME_FIRST.matcher(a.name()).matches() ? NameGender.of(words[0]) : Gender.UNKNOWN;
        if (byName == Gender.FEMALE || words.length > 1
                && words[words.length - 1].toLowerCase(Locale.ROOT).matches(".*(ova|eva|ina|aya|yte)")) {
            byName = Gender.FEMALE;
        }
        if (byName == Gender.UNKNOWN) {
            return byPossessives(a, 1);
        }
        Gender possessives = byPossessives(a, 2);
        return possessives.contradicts(byName) ? possessives : byName;
    }

    /**
     * The gender the article's own "his" or "her" gives a person: a possessive determiner after the person's mention,
     * outside quotation marks, in a sentence that names no other person ("Sato said his team would wait", "Rowan Vale
     * and her lawyers left", not the object "her" of "Vale helped her"), before a word for another person, who may own
     * the possessive ("Vale grabbed the girl as she and her mother walked"); all of them agreeing, in at least
     * {@code sentences} sentences.
     */
    private Gender byPossessives(Actor a, int sentences) {
        Set<Gender> found = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (ActorMention m : actors.mentions()) {
            Sentence s = annotation.sentences().get(m.sentence());
            if (!m.actor().equals(a.id()) || insideQuote(m.start(), m.end()) || othersNamed(m)) {
                continue;
            }
            for (int t = m.lastToken(); t < s.tokens().size(); t++) {
                Token tok = s.token(t);
                String w = tok.word().toLowerCase(Locale.ROOT);
                if (tok.isNoun() && !tok.isProperNoun() && (nounGender(tok.lemma()) != null || OTHER_PERSON.contains(tok.lemma().toLowerCase(Locale.ROOT)))) {
                    break;
                }
                if (tok.pos().equals("PRP$") && (w.equals("his") || w.equals("her")) && !insideQuote(tok.start(), tok.end())
                        && s.headEdge(t).filter(e -> e.relation().equals("nmod:poss")).isPresent()) {
                    found.add(w.equals("his") ? Gender.MALE : Gender.FEMALE);
                    seen.add(m.sentence());
                }
            }
        }
        return found.size() == 1 && seen.size() >= sentences ? found.iterator().next() : Gender.UNKNOWN;
    }

    /** Whether the sentence of {@code m} names a person other than its actor. */
    private boolean othersNamed(ActorMention m) {
        return actors.mentions().stream().anyMatch(o -> o.sentence() == m.sentence() && !o.actor().equals(m.actor())
                && actors.byId(o.actor()).filter(x -> x.type() == ActorType.PERSON).isPresent());
    }

    private boolean insideQuote(int start, int end) {
        return quoted.stream().anyMatch(q -> q.contains(start, end));
    }
}
