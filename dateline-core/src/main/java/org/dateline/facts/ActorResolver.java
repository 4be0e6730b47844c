package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Article;
import org.dateline.model.Ids;
import org.dateline.model.MentionRule;
import org.dateline.model.Sector;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Mention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Groups the mentions of one article into actors: persons by full name and surname, organisations and
 * places by name (countries recognised from {@link Countries}), and role mentions ("the minister",
 * "the Russian top diplomat") tied to the person whose title and country fit them. Titles, country and
 * sector come from the words before a name or from an apposition. Pronouns are not resolved here.
 *
 * <p>A name of a state, place or organisation of the tables ({@link KnownEntities}) is that entity's one actor,
 * with the entity's name and type. Names compare with case, accents, dots and hyphens folded. A surname alone
 * goes to the one person of the article (before or after it) with that surname, failing that a given name alone
 * to the one person with that given name; a name two persons of the article share stays an actor of its own, and
 * different surnames ("Aliyev", "Aliyeva") never merge. Names in photo credits, captions and reporting credits
 * are skipped ({@link #CREDIT}), and a tagged name that runs over a line break is read line by line. Each mention
 * keeps the {@link MentionRule} that linked it.
 *
 * <p>Country and sector ({@link ActorCoder}): a person's from the nationality or possessive before a title,
 * else from the titles and name (a known office holder on the publication date); an organisation's from
 * its name ("OSCE Minsk Group" → IGO IGO, "Azerbaijan's Foreign Ministry" → AZE GOV); a place's country
 * from {@link Countries}, and a capital that is the subject or passive agent of a verb ("Moscow said")
 * stands for its government (GOV).
 */
public final class ActorResolver {
    private static final Set<String> HONORIFICS = TsvResource.words(ActorResolver.class, "honorifics.txt");
    /** Generic nouns that end a name and that news drops once the name is known ({@link #headless}). */
    private static final Set<String> GENERIC_HEADS = TsvResource.words(ActorResolver.class, "generic-heads.txt");
    /** Words that end only a company's name ({@code company-words.txt}): such a name is no person's. */
    private static final Set<String> COMPANY_WORDS = TsvResource.words(ActorResolver.class, "company-words.txt");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "of", "for");

    private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obl:agent", "nmod:agent");
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
            "STATE_OR_PROVINCE", "CITY");
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");
    /** Pronouns a tagger sometimes reads as a person at a sentence's start ("He" beside Liu He): never a name. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "we",
            "me", "you");

    /**
     * A line that credits a photo or a report, or captions an image ("Jana Novak/AP", "Image copyright Getty
     * Images", "Reporting by ...", "Lee Min / Reuters", "REUTERS/Lee Min"): names there are not actors of the story.
     */
    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:image copyright|image caption|toggle caption"
            + "|hide caption|photograph:|photos?:|getty images|ap photo|file photo|(?:additional )?reporting by"
            + "|writing by|editing by)|\\s?/\\s?(?:AP|AFP|EPA|Getty|Reuters|Shutterstock)\\b"
            + "|\\b(?-i:AP|AFP|EPA|REUTERS)/\\p{L}");
    /** Nouns of made things that, after a name, make it a product's ("the Falcon Heavy rocket"). */
    private static final Set<String> PRODUCT_NOUNS = Set.of("rocket", "rockets", "laptop", "laptops", "phone", "phones",
            "smartphone", "smartphones", "chip", "chips", "processor", "processors", "tablet", "tablets", "headphones",
            "earbuds", "smartwatch", "console", "consoles", "sedan", "sedans", "spacecraft", "capsule", "handset",
            "handsets", "camera", "cameras");
    /** Sources of photos that captions start with, glued to the caption's first word by the page's text. */
    private static final Set<String> PHOTO_SOURCES = Set.of("reuters", "ap", "associated press", "afp", "epa", "getty",
            "getty images", "shutterstock", "twitter", "instagram", "facebook", "handout");
    /** Tags of a word that opens a sentence and is no part of the name after it ({@link #openingModifier}). */
    private static final Set<String> OPENING_TAGS = Set.of("JJ", "JJR", "JJS", "VBG", "RB");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    /** What comes before a ticker symbol ("(Nasdaq: QCOM)", "NYSE:F"): the symbol is no name of its own. */
    private static final Pattern TICKER = Pattern.compile("(?i)\\b(?:nasdaq|nyse|amex|lse|tsx|asx|otc)\\s*:\\s*$");
    /** Words before a parenthesis that make the capitals in it a ticker symbol ("Ascom registered shares (ASCN)"). */
    private static final Set<String> SHARE_WORDS = Set.of("shares", "share", "stock", "stocks");
    /** Sections of a news outlet written after its name ("CNN Business"): the outlet itself ({@link #outletSection}). */
    private static final Set<String> DESK_WORDS = Set.of("business", "politics", "sports", "sport", "money", "travel",
            "health", "tech", "opinion", "entertainment", "style", "world", "news");
    /** US states by postal code ("AZ" → Arizona), read only after a town and a comma ({@link #postalState}). */
    private static final Map<String, String> POSTAL_CODES = TsvResource.table(ActorResolver.class, "state-codes.tsv",
            s -> s);
    /** Adjectives of a region before a place's name ("Southern California"): that place still, not a name of its own. */
    private static final String REGION_OF = "(?:north|south|east|west)ern|central|upper|lower";
    /**
     * A work's title in quotation marks after "from" ("Jesse from 'Night Shift'"): the name before it is a character of
     * the work; not after "in" ("Lopez in 'Hustlers'" may be the actor).
     */
    private static final Pattern WORK_AFTER = Pattern.compile("\\s+from\\s+[\"“‘'«]\\p{Lu}");
    /** A relative told apart by age ("the elder Mr. Varga"): not the person of the article with that surname. */
    private static final Pattern ELDER = Pattern.compile("(?i)\\bthe\\s+(?:elder|younger)\\s+(?:(?:mr|mrs|ms|dr)\\.?\\s+)?$");
    /** The most words before or after a mention read as part of a longer known name ({@link #widened}). */
    private static final int WIDEN_TOKENS = 5;
    /** The fewest letters of a one-word name read as a known entity's misspelling ({@link #misspelt}). */
    private static final int MISSPELT_WORD = 8;
    /** The longest line still read as a caption or credit. */
    private static final int CREDIT_LINE = 300;

    private final Countries countries = Countries.get();
    private final KnownEntities entities = KnownEntities.get();
    private final ActorCoder coder = new ActorCoder();

    public ArticleActors resolve(Article article, Annotation annotation) {
        List<Draft> drafts = new ArrayList<>();
        List<PendingMention> pending = new ArrayList<>();
        List<Mention> lines = annotation.mentions().stream()
                .filter(m -> NAME_TYPES.contains(m.type()))
                .flatMap(m -> byLine(annotation, m).stream())
                .filter(m -> !inCredit(annotation.text(), m) && !TICKER.matcher(annotation.text())
                        .region(Math.max(0, m.start() - 12), m.start()).find() && !tickerAfterName(annotation, m)
                        ).map(m -> withoutNouns(annotation, m)).flatMap(Optional::stream).toList();
        Set<String> alone = lines.stream().map(m -> String.join(" ", words(cleanName(m.text()))))
                .collect(Collectors.toSet());
        List<Mention> widened = lines.stream().flatMap(m -> unglued(annotation, m, alone).stream())
                .map(m -> widened(annotation, m)).sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Mention> sorted = widened.stream().filter(m -> !withinAnother(m, widened) && !character(annotation, m))
                .toList();
        List<Mention> fullNames = sorted.stream().filter(m -> m.type().equals("PERSON"))
                .filter(m -> words(cleanName(m.text())).length >= 2).toList();
        Set<String> bare = sorted.stream().filter(m -> m.type().equals("PERSON")).map(m -> words(cleanName(m.text())))
                .filter(w -> w.length == 1).map(w -> w[0]).collect(Collectors.toSet());
        Names names = new Names(fullNames, headlineNames(article.title(), bare));
        Set<String> places = sorted.stream().filter(m -> PLACE_TYPES.contains(m.type()))
                .map(m -> String.join(" ", words(cleanName(m.text())))).collect(Collectors.toSet());
        List<String> orgNames = sorted.stream().filter(m -> !m.type().equals("PERSON"))
                .map(m -> withoutSection(cleanName(m.text())))
                .filter(n -> words(n).length >= 2).distinct().toList();
        Map<ActorType, List<String>> longNames = sorted.stream().filter(m -> !m.type().equals("PERSON"))
                .collect(Collectors.groupingBy(m -> m.type().equals("ORGANIZATION") ? ActorType.ORGANIZATION
                        : ActorType.LOCATION, Collectors.mapping(m -> cleanName(m.text()), Collectors.toList())));
        Set<String> products = products(annotation, sorted);
        List<KnownEntity> named = sorted.stream().map(m -> entities.named(cleanName(m.text())))
                .flatMap(Optional::stream).distinct().toList();
        List<KnownEntity> states = named.stream().filter(k -> k.type() == ActorType.COUNTRY).toList();
        List<String> capitals = sorted.stream().filter(m -> PLACE_TYPES.contains(m.type())).map(m -> cleanName(m.text()))
                .filter(n -> countries.byCapital(n).isPresent()).toList();
        for (Mention m : sorted) {
            String name = cleanName(m.text());
            if (name.isEmpty() || m.type().equals("PERSON") && PRONOUNS.contains(Roles.lower(name))
                    || isProduct(name, products)) {
                continue;
            }
            boolean personsSurname = isPersonsSurname(name, names);
            Optional<KnownEntity> known = entities.named(name)
                    .filter(k -> !(personsSurname && k.type() == ActorType.ORGANIZATION));
            Optional<Link> state = postalState(annotation, m, name, drafts).or(() -> known.isPresent() ? Optional.empty()
                    : stateByWord(annotation, m, name, states, drafts));
            Link link = state.or(() -> known.map(k -> knownLink(k, drafts)))
                    .or(() -> misspelt(name, named, capitals, drafts))
                    .or(() -> outletSection(name, drafts))
                    .orElseGet(() -> switch (m.type()) {
                        case "PERSON" -> elder(annotation, m, name) ? byName(drafts, ActorType.PERSON, name, null)
                                : companyName(name) ? byName(drafts, ActorType.ORGANIZATION, name, null)
                                : namesNoPerson(name, names)
                                ? headless(name, ActorType.ORGANIZATION, longNames, places, drafts)
                                .or(() -> initialism(name, longNames.getOrDefault(ActorType.ORGANIZATION, List.of()), drafts))
                                .orElseGet(() -> person(name, m.start(), names, drafts))
                                : person(name, m.start(), names, drafts);
                        case "ORGANIZATION" -> personsSurname ? person(name, m.start(), names, drafts)
                                : singular(name, orgNames, drafts).or(() -> placeless(name, orgNames, places, drafts))
                                .or(() -> headless(name, ActorType.ORGANIZATION, longNames, places, drafts))
                                .or(() -> initialism(name, longNames.getOrDefault(ActorType.ORGANIZATION, List.of()), drafts))
                                .orElseGet(() -> byName(drafts, ActorType.ORGANIZATION, name, null));
                        default -> countries.byName(name)
                                .map(code -> byName(drafts, ActorType.COUNTRY, name, code))
                                .or(() -> headless(name, ActorType.LOCATION, longNames, places, drafts))
                                .orElseGet(() -> byName(drafts, ActorType.LOCATION, name, null));
                    });
            Draft d = link.draft();
            d.forms.add(name);
            if (d.type == ActorType.PERSON) {
                readTitles(annotation, annotation.sentences().get(m.sentence()), m.firstToken(), m.lastToken(), d);
            }
            pending.add(new PendingMention(d, m.text(), m.start(), m.end(), m.sentence(), m.firstToken(),
                    m.lastToken(), link.rule()));
            d.first = Math.min(d.first, m.start());
            d.last = m.start();
        }
        LocalDate day = article.referenceDay();
        addRoleMentions(annotation, drafts, pending, day);
        return build(drafts, pending, annotation, day);
    }

    /**
     * The names (folded) the article writes as a product's: a name of two or more words, tagged an organisation and
     * no known entity, that a product noun follows somewhere ("the Falcon Heavy rocket", "MacBook Pro laptops", "its
     * Pixel Visual Core chip"). A product is no actor, so none of the name's mentions in the article is one.
     */
    private Set<String> products(Annotation annotation, List<Mention> mentions) {
        Set<String> found = new HashSet<>();
        for (Mention m : mentions) {
            List<Token> t = annotation.sentences().get(m.sentence()).tokens();
            String name = cleanName(m.text());
            if (m.type().equals("ORGANIZATION") && words(name).length >= 2 && m.lastToken() < t.size()
                    && PRODUCT_NOUNS.contains(Roles.lower(t.get(m.lastToken()).word())) && entities.named(name).isEmpty()) {
                found.add(String.join(" ", words(name)));
            }
        }
        return found;
    }

    /**
     * Whether a name is a product's the article names ({@link #products}), or the end of one, of two words or more
     * ("Visual Core" of the Pixel Visual Core chip).
     */
    private static boolean isProduct(String name, Set<String> products) {
        List<String> w = List.of(words(name));
        return products.stream().map(p -> List.of(p.split(" "))).anyMatch(p -> p.equals(w)
                || w.size() >= 2 && p.size() > w.size() && p.subList(p.size() - w.size(), p.size()).equals(w));
    }

    private Link knownLink(KnownEntity k, List<Draft> drafts) {
        return new Link(byName(drafts, k.type(), k.name(), k.country()).draft(), MentionRule.KNOWN_ENTITY);
    }

    /**
     * Whether a one-word name is the surname of a person the article names in full ("Sheen" beside "Michael Sheen",
     * "Ford" beside "John Ford"): a person's name ({@link #person}), even where the tagger or an organisation of the
     * tables reads the word as a company.
     */
    private static boolean isPersonsSurname(String name, Names names) {
        String[] w = words(name);
        return w.length == 1 && !abbreviation(name.strip()) && !holders(names.body(), MentionRule.SURNAME, w[0]).isEmpty();
    }

    /** A word written as an abbreviation ("UN", "U.N."), which is no one's surname ("Kim Jong Un"). */
    private static boolean abbreviation(String word) {
        return word.indexOf('.') >= 0 || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * An organisation named without the place its full name starts with ("the Times" of the New York Times, "the
     * Cardinals" of the Arizona Cardinals): the one organisation of the article whose name is a place followed by
     * it; with two such names, or none, nothing.
     */
    private Optional<Link> placeless(String name, List<String> orgNames, Set<String> places, List<Draft> drafts) {
        List<String> w = List.of(words(name));
        List<String> longer = orgNames.stream().filter(o -> {
            List<String> ow = List.of(words(o));
            if (ow.size() <= w.size() || !ow.subList(ow.size() - w.size(), ow.size()).equals(w)) {
                return false;
            }
            String place = String.join(" ", ow.subList(0, ow.size() - w.size()));
            return places.contains(place) || countries.byName(place).or(() -> countries.byCapital(place)).isPresent()
                    || entities.named(place).filter(e -> e.type() != ActorType.ORGANIZATION).isPresent();
        }).map(o -> String.join(" ", words(o))).distinct().toList();
        if (longer.size() != 1) {
            return Optional.empty();
        }
        String full = orgNames.stream().filter(o -> String.join(" ", words(o)).equals(longer.get(0))).findFirst()
                .orElseThrow();
        Draft d = entities.named(full).map(k -> knownLink(k, drafts).draft())
                .orElseGet(() -> byName(drafts, ActorType.ORGANIZATION, full, null).draft());
        return Optional.of(new Link(d, MentionRule.SHORT_NAME));
    }

    /**
     * A name of two words or more that is a known entity of the article ({@code named}) but for one word written one
     * letter off, the longer spelling of five letters or more ("Boko Harm" beside Boko Haram): that entity, linked as a
     * {@code misspelling}; with two such entities, or none, nothing. A name of one word is read so only when it has
     * {@link #MISSPELT_WORD} letters or more and is no nationality, and may be a capital the article names too
     * ({@code capitals}: "Pyongang" beside Pyongyang; "Georgian" stays apart from Georgia). An entity the article never
     * names correctly is not guessed.
     */
    private Optional<Link> misspelt(String name, List<KnownEntity> named, List<String> capitals, List<Draft> drafts) {
        String[] w = words(name);
        boolean longWord = w.length == 1 && w[0].length() >= MISSPELT_WORD && countries.byAnyForm(name).isEmpty();
        if (w.length < 2 && !longWord) {
            return Optional.empty();
        }
        List<KnownEntity> close = named.stream()
                .filter(k -> k.names().stream().anyMatch(n -> oneWordOff(w, words(n)))).toList();
        List<String> capital = capitals.stream().filter(c -> oneWordOff(w, words(c))).distinct().toList();
        if (close.size() + capital.size() != 1) {
            return Optional.empty();
        }
        Draft d = close.isEmpty() ? byName(drafts, ActorType.LOCATION, capital.get(0), null).draft()
                : knownLink(close.get(0), drafts).draft();
        return Optional.of(new Link(d, MentionRule.MISSPELLING));
    }

    /** Whether two names of as many words differ in one word only, by one letter added, dropped or changed. */
    private static boolean oneWordOff(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        List<Integer> differ = IntStream.range(0, a.length).filter(i -> !a[i].equals(b[i])).boxed().toList();
        return differ.size() == 1 && oneEdit(a[differ.get(0)], b[differ.get(0)]);
    }

    /** Whether {@code a} and {@code b}, the longer of five letters or more, are one letter added, dropped or changed apart. */
    private static boolean oneEdit(String a, String b) {
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        if (l.length() < 5 || l.length() - s.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.substring(l.length() == s.length() ? i + 1 : i).equals(l.substring(i + 1));
    }

    /**
     * A name of two words or more in the plural whose singular the article names too ("MacBook Pros" beside MacBook
     * Pro): the singular's actor, by the same name.
     */
    private static Optional<Link> singular(String name, List<String> orgNames, List<Draft> drafts) {
        String[] w = words(name);
        String lastWord = w.length >= 2 ? last(w) : "";
        if (!lastWord.endsWith("s") || lastWord.endsWith("ss")) {
            return Optional.empty();
        }
        w[w.length - 1] = lastWord.substring(0, lastWord.length() - 1);
        return orgNames.stream().filter(o -> Arrays.equals(words(o), w)).findFirst()
                .map(o -> byName(drafts, ActorType.ORGANIZATION, o, null));
    }

    /**
     * The mention with the words just before it when together they are a known entity's name, the longest such name
     * ("Korea" or "Republic of Korea" after "Democratic People's", even over a line break: North Korea, not South
     * Korea); never over a comma ("Ohio" after "Cleveland," is the state). Else the mention with the words just after
     * it, capitalised, when together they are a known organisation's name on one line ("USA" of "USA TODAY" is the
     * outlet, no mention of the state; but "the USA today"). Else the mention.
     */
    private Mention widened(Annotation annotation, Mention m) {
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        for (int from = Math.max(0, m.firstToken() - WIDEN_TOKENS); from < m.firstToken(); from++) {
            String longer = annotation.text().substring(t.get(from).start(), m.end());
            if (!longer.contains(",") && !same(cleanName(longer), cleanName(m.text()))
                    && entities.named(cleanName(longer)).isPresent()) {
                return part(annotation, m, from, m.lastToken());
            }
        }
        for (int to = Math.min(t.size(), m.lastToken() + WIDEN_TOKENS); to > m.lastToken(); to--) {
            String longer = annotation.text().substring(m.start(), t.get(to - 1).end());
            boolean capitalised = t.subList(m.lastToken(), to).stream()
                    .allMatch(k -> Character.isUpperCase(k.word().charAt(0)));
            if (capitalised && !longer.contains(",") && longer.indexOf('\n') < 0 && entities.named(cleanName(longer))
                    .filter(k -> k.type() == ActorType.ORGANIZATION).isPresent()) {
                return part(annotation, m, m.firstToken(), to);
            }
        }
        return m;
    }

    /**
     * Whether the mention lies inside a longer one ({@link #widened}: "USA" of "China Daily USA", which the tagger
     * read as "China Daily" and "USA"): the words are the longer name's, no mention of their own.
     */
    private static boolean withinAnother(Mention m, List<Mention> mentions) {
        return mentions.stream().anyMatch(o -> o != m && o.start() <= m.start() && m.end() <= o.end()
                && o.end() - o.start() > m.end() - m.start());
    }

    /**
     * Whether a one-word name follows "the elder" or "the younger" ("the elder Mr. Varga"): a relative told apart from
     * the person of the article with that surname, so an actor of its own.
     */
    private static boolean elder(Annotation annotation, Mention m, String name) {
        String before = annotation.text().substring(Math.max(0, m.start() - 30), m.start());
        return words(name).length == 1 && ELDER.matcher(before).find();
    }

    /**
     * Whether a one-word person name is a character of a work named in quotation marks after it ("Jesse from
     * 'Night Shift'", {@link #WORK_AFTER}): a role in fiction, no actor of the news, nor the given name of the actor
     * who plays someone else.
     */
    private static boolean character(Annotation annotation, Mention m) {
        if (!m.type().equals("PERSON") || words(cleanName(m.text())).length != 1) {
            return false;
        }
        String after = annotation.text().substring(m.end(), Math.min(annotation.text().length(), m.end() + 12));
        return WORK_AFTER.matcher(after).lookingAt();
    }

    /**
     * A ticker symbol in parentheses right after a company's name or a word for its shares ("Apple (AAPL)", "its
     * registered shares (ASCN)"), whether or not the tagger read the name before it: capitals that are no known entity
     * and not the initials of the capitalised words before them (an acronym, "Kestrel Lake Fisheries (KLF)", is the
     * name's). A ticker is no actor.
     */
    private boolean tickerAfterName(Annotation annotation, Mention m) {
        String text = annotation.text();
        if (!m.text().matches("\\p{Lu}{2,5}") || m.start() < 2 || m.end() >= text.length()
                || text.charAt(m.start() - 1) != '(' || text.charAt(m.end()) != ')'
                || entities.named(m.text()).isPresent()) {
            return false;
        }
        String before = text.substring(text.lastIndexOf('\n', m.start() - 1) + 1, m.start() - 1).stripTrailing();
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        return SHARE_WORDS.contains(Roles.lower(lastWord))
                || lastWord.matches("\\p{Lu}.*") && !initials(before).endsWith(m.text());
    }

    /** The first letters of a text's capitalised words ("the Kestrel Lake Fisheries" → "KLF"). */
    private static String initials(String text) {
        return Arrays.stream(text.split("[\\s-]+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .map(w -> w.substring(0, 1)).collect(Collectors.joining());
    }

    /**
     * The mention without the common nouns in lower case it ends with, which make it a description rather than a name
     * ("the French Riviera city" is French Riviera's, "Punjab province" Punjab's): a name ends in a capitalised word
     * (or in a part after a hyphen: "Ri Chol-su"), unless the whole is a name of the tables ("UN security council").
     * Nothing when no name is left.
     */
    private Optional<Mention> withoutNouns(Annotation annotation, Mention m) {
        if (entities.named(cleanName(m.text())).isPresent()) {
            return Optional.of(m);
        }
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        int last = m.lastToken();
        while (last > m.firstToken() + 1 && t.get(last - 1).word().matches("\\p{Ll}+")
                && t.get(last - 2).end() < t.get(last - 1).start()) {
            last--;
        }
        return last == m.lastToken() ? Optional.of(m) : last > m.firstToken() && !t.get(last - 1).word().matches("\\p{Ll}+")
                ? Optional.of(part(annotation, m, m.firstToken(), last)) : Optional.empty();
    }

    /** A capitalised proper noun. */
    private static boolean nameWord(Token token) {
        return token.pos().startsWith("NNP") && Character.isUpperCase(token.word().charAt(0));
    }

    /**
     * A US state's postal code after a town and a comma ("Phoenix, AZ", "Mountain View, CA"), as event listings and
     * addresses write it: that state, a {@code short-name}. Elsewhere two capitals are no state ("CA" may be anything).
     */
    private Optional<Link> postalState(Annotation annotation, Mention m, String name, List<Draft> drafts) {
        String state = POSTAL_CODES.get(name);
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        int at = m.firstToken();
        if (state == null || at < 2 || !t.get(at - 1).word().equals(",") || !nameWord(t.get(at - 2))
                || lineBreak(annotation, t.get(at - 2), t.get(at))) {
            return Optional.empty();
        }
        Draft d = entities.named(state).filter(k -> "USA".equals(k.country())).map(k -> knownLink(k, drafts).draft())
                .orElseGet(() -> byName(drafts, ActorType.LOCATION, state, "USA").draft());
        return Optional.of(new Link(d, MentionRule.SHORT_NAME));
    }

    /**
     * A news outlet of the tables followed by the name of one of its sections ("CNN Business", "Reuters Health"): the
     * outlet, by its name; a section is no actor of its own.
     */
    private Optional<Link> outletSection(String name, List<Draft> drafts) {
        String outlet = withoutSection(name);
        return outlet.equals(name) ? Optional.empty()
                : entities.named(outlet).map(k -> new Link(knownLink(k, drafts).draft(), MentionRule.KNOWN_ENTITY));
    }

    /** The name without a section's word after a news outlet of the tables ("The New York Times Opinion"), else the name. */
    private String withoutSection(String name) {
        String[] w = name.strip().split("\\s+");
        if (w.length < 2 || !DESK_WORDS.contains(Roles.lower(w[w.length - 1]))) {
            return name;
        }
        String outlet = String.join(" ", Arrays.copyOf(w, w.length - 1));
        return entities.named(outlet).filter(k -> k.type() == ActorType.ORGANIZATION
                && coder.code(k.name(), null, null).sector() == Sector.MED).isPresent() ? outlet : name;
    }

    /**
     * "The North", "the South", "the States": a word after "the" that begins or ends the name of exactly one state the
     * article names (North Korea, South Korea, the United States) is that state, linked as its {@code short-name}.
     */
    private Optional<Link> stateByWord(Annotation annotation, Mention m, String name, List<KnownEntity> states,
                                       List<Draft> drafts) {
        String[] w = words(name);
        boolean afterThe = Roles.lower(m.text()).startsWith("the ") || m.firstToken() > 0
                && Roles.lower(annotation.sentences().get(m.sentence()).tokens().get(m.firstToken() - 1).word()).equals("the");
        if (w.length != 1 || !afterThe) {
            return Optional.empty();
        }
        List<KnownEntity> named = states.stream().filter(k -> {
            String[] full = words(k.name());
            return full.length >= 2 && (full[0].equals(w[0]) || last(full).equals(w[0]));
        }).toList();
        return named.size() == 1 ? Optional.of(new Link(knownLink(named.get(0), drafts).draft(), MentionRule.SHORT_NAME))
                : Optional.empty();
    }

    /** A mention that runs over a line break ("Shinzo Abe" at a line's end, "Trump" at the next's start), in parts. */
    private static List<Mention> byLine(Annotation annotation, Mention m) {
        if (m.text().indexOf('\n') < 0) {
            return List.of(m);
        }
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        List<Mention> parts = new ArrayList<>();
        int from = m.firstToken();
        for (int k = m.firstToken() + 1; k <= m.lastToken(); k++) {
            if (k == m.lastToken() || annotation.text().substring(t.get(k - 1).end(), t.get(k).start()).indexOf('\n') >= 0) {
                parts.add(part(annotation, m, from, k));
                from = k;
            }
        }
        return parts;
    }

    /**
     * A place or organisation named without the generic noun its full name ends with ("the Pacific" of the Pacific
     * Ocean, "Wrigley" of Wrigley Field, "American" of American Airlines; {@code generic-heads.txt}): the one name of
     * that kind in the article that is this name followed by such a noun; with two such names, or none, nothing.
     * An organisation's name may also drop a word only a company's name ends in ("Acme" of Acme Inc.,
     * {@code company-words.txt}). An organisation's short name that the article also names as a place ({@code places})
     * is the place's, not the organisation's (the town, not its university).
     */
    private Optional<Link> headless(String name, ActorType type, Map<ActorType, List<String>> longNames,
                                    Set<String> places, List<Draft> drafts) {
        List<String> w = List.of(words(name));
        if (type == ActorType.ORGANIZATION && places.contains(String.join(" ", w))) {
            return Optional.empty();
        }
        List<String> longer = longNames.getOrDefault(type, List.of()).stream().filter(o -> {
            List<String> ow = List.of(words(o));
            return ow.size() == w.size() + 1 && ow.subList(0, w.size()).equals(w) && (GENERIC_HEADS.contains(ow.get(w.size()))
                    || type == ActorType.ORGANIZATION && COMPANY_WORDS.contains(ow.get(w.size())));
        }).toList();
        if (longer.stream().map(o -> String.join(" ", words(o))).distinct().count() != 1) {
            return Optional.empty();
        }
        String full = longer.get(0);
        Draft d = entities.named(full).map(k -> knownLink(k, drafts).draft())
                .orElseGet(() -> byName(drafts, type, full, null).draft());
        return Optional.of(new Link(d, MentionRule.SHORT_NAME));
    }

    /**
     * A name glued to words before it by a caption, credit or share bar ("Reuters Chicago Cubs", "Pinterest Denver
     * Broncos"): when the name's end is a known entity (not of a name read as one, {@link #oneName}), or two or more words the article names on their own elsewhere (one word will do after a known organisation: "told CNN Abe was"), and its start is no
     * place or nationality, the end is the mention and the start is
     * dropped, or kept as a mention of its own when it is a known entity. A person's name is only split after a known
     * entity, so "Mary Ann Smith" stays whole. After a known organisation, two or more words are a person's full name
     * of their own when the tagger read the whole as a person or a title follows it in apposition ("wrote on Twitter
     * Christian Lamarque, mayor of Nice"). An adjective opening the sentence is dropped ({@link #openingModifier}). A
     * name written twice over ("Acme Acme", a logo beside its name) is the name once.
     */
    private List<Mention> unglued(Annotation annotation, Mention m, Set<String> alone) {
        if (entities.named(cleanName(m.text())).isPresent()) {
            return List.of(m);
        }
        int half = (m.lastToken() - m.firstToken()) / 2;
        Mention second = part(annotation, m, m.firstToken() + half, m.lastToken());
        if (half > 0 && half * 2 == m.lastToken() - m.firstToken()
                && same(part(annotation, m, m.firstToken(), m.firstToken() + half).text(), second.text())) {
            return List.of(second);
        }
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        int source = captionSource(annotation, m);
        if (source > 0) {
            Mention rest = part(annotation, m, m.firstToken() + source, m.lastToken());
            return words(rest.text()).length >= 2 ? unglued(annotation, rest, alone) : List.of();
        }
        if (openingModifier(t, m)) {
            return unglued(annotation, part(annotation, m, m.firstToken() + 1, m.lastToken()), alone);
        }
        for (int k = m.firstToken() + 1; k < m.lastToken(); k++) {
            Mention head = part(annotation, m, m.firstToken(), k);
            Mention rest = part(annotation, m, k, m.lastToken());
            boolean knownHead = entities.named(head.text()).filter(e -> e.type() == ActorType.ORGANIZATION).isPresent();
            boolean knownRest = entities.named(rest.text()).isPresent() && (knownHead || !oneName(t, m, k, rest));
            boolean namedAlone = (words(rest.text()).length >= 2 || knownHead)
                    && alone.contains(String.join(" ", words(rest.text())));
            boolean fullName = knownHead && words(rest.text()).length >= 2
                    && (m.type().equals("PERSON") || titledAfter(t, m.lastToken()));
            boolean place = countries.byAnyForm(t.get(k - 1).word()).isPresent()
                    || entities.named(head.text()).filter(e -> e.type() != ActorType.ORGANIZATION).isPresent();
            if (fullName) {
                return List.of(head, new Mention(rest.text(), "PERSON", rest.start(), rest.end(), rest.sentence(),
                        rest.firstToken(), rest.lastToken()));
            }
            if ((knownRest || namedAlone) && !place && (knownHead || !m.type().equals("PERSON"))) {
                return knownHead ? List.of(head, rest) : List.of(rest);
            }
        }
        return List.of(m);
    }

    /**
     * Whether the mention's tokens before {@code k} and the known state or place {@code rest} from {@code k} on read as
     * one name, not as a name glued after another: the head ends in a lower-case word ("Bank of America"; but "Committee
     * for the Red Cross" ends in an organisation's name) or in a capitalised word before a one-word state or place ("North America", "Team USA", "Ascom North America"; but "United Twitter"
     * is two names, and "Northern Japan" is a region of Japan, {@link #REGION_OF}).
     */
    private boolean oneName(List<Token> t, Mention m, int k, Mention rest) {
        String before = t.get(k - 1).word();
        boolean place = entities.named(rest.text()).filter(e -> e.type() != ActorType.ORGANIZATION).isPresent();
        return place && (before.matches("\\p{Ll}+") || m.lastToken() == k + 1 && before.matches("\\p{Lu}\\p{Ll}+")
                && !Roles.lower(before).matches(REGION_OF));
    }

    /** Whether token {@code i} opens an apposition that is a person's title (", mayor of Lindow", ", the coach"). */
    private static boolean titledAfter(List<Token> t, int i) {
        int k = i + 1;
        if (i >= t.size() || !t.get(i).word().equals(",")) {
            return false;
        }
        if (k < t.size() && DETERMINERS.contains(Roles.lower(t.get(k).word()))) {
            k++;
        }
        while (k < t.size() && Roles.isTitleWord(t.get(k).word())) {
            if (Roles.isHead(t.get(k).word())) {
                return true;
            }
            k++;
        }
        return false;
    }

    /**
     * Whether the mention opens its sentence with an adjective, participle or adverb that the capital of the
     * sentence's start glued to a name of two words or more after it ("Jubilant Chicago Cubs fans", "Smiling Ana
     * Reyes"): a word of those tags is no part of a person's or organisation's name, unless it is a nationality
     * ("Russian Foreign Ministry"), is a name of the tables itself ("Nice-Matin") or starts one ("National Guard"), is
     * not written as a word capitalised by the sentence ("LAX Airport Police") or runs into the next word without a
     * space. A name of two words keeps its first ("Real Madrid").
     */
    private boolean openingModifier(List<Token> t, Mention m) {
        if (m.lastToken() - m.firstToken() < 3) {
            return false;
        }
        Token first = t.get(m.firstToken());
        Token next = t.get(m.firstToken() + 1);
        return Set.of("PERSON", "ORGANIZATION").contains(m.type())
                && t.subList(0, m.firstToken()).stream().noneMatch(k -> k.word().chars().anyMatch(Character::isLetterOrDigit))
                && OPENING_TAGS.contains(first.pos()) && first.word().matches("\\p{Lu}\\p{Ll}+")
                && first.end() < next.start() && countries.byAnyForm(first.word()).isEmpty()
                && entities.named(first.word()).isEmpty() && !entities.startsName(first.word());
    }

    /**
     * The number of tokens of a photo source that opens the mention at the start of its line, glued to the caption
     * after it ("Reuters Heavily armed police ...", "AP:Associated Press Forensics are working ...", "Twitter Bodies
     * were seen ..."), or 0: the source is a credit, and the caption's first word is no name unless more name words
     * follow it.
     */
    private static int captionSource(Annotation annotation, Mention m) {
        String text = annotation.text();
        String before = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start());
        if (!before.matches("\\s*(?:\\p{L}+:)?\\s*")) {
            return 0;
        }
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        String head = "";
        for (int k = 1; k < m.lastToken() - m.firstToken(); k++) {
            head = (head + " " + Roles.lower(t.get(m.firstToken() + k - 1).word())).strip();
            if (PHOTO_SOURCES.contains(head)) {
                return k;
            }
        }
        return 0;
    }

    /** Tokens {@code [from, to)} of a mention as a mention of the same type. */
    private static Mention part(Annotation annotation, Mention m, int from, int to) {
        List<Token> t = annotation.sentences().get(m.sentence()).tokens();
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        return new Mention(annotation.text().substring(start, end), m.type(), start, end, m.sentence(), from, to);
    }

    /** Whether the mention stands in a short line that credits or captions a photo, or credits the reporting. */
    private static boolean inCredit(String text, Mention m) {
        int from = text.lastIndexOf('\n', m.start()) + 1;
        int end = text.indexOf('\n', m.end());
        int to = end < 0 ? text.length() : end;
        return to - from <= CREDIT_LINE && CREDIT.matcher(text).region(from, to).find();
    }

    /**
     * The full names of the people the article names to link its bare names to: those of its body, and those of its
     * headline that are two capitalised words the body uses as bare person names ("Uma Thurman" in the headline,
     * "Uma" and "Thurman" in the body): a profile names its subject in the headline and by one name after.
     *
     * @param full the person mentions of two words or more of the body, in the text's order
     */
    private record Names(List<Mention> full, List<String> headline) {
        /** The full names of the body. */
        List<String> body() {
            return before(Integer.MAX_VALUE);
        }

        /** The full names of the body written before offset {@code start}. */
        List<String> before(int start) {
            return full.stream().filter(m -> m.start() < start).map(m -> cleanName(m.text())).toList();
        }
    }

    /** Adjacent capitalised headline words that the body both uses alone as person names ({@code bare}). */
    private static List<String> headlineNames(String title, Set<String> bare) {
        if (title == null) {
            return List.of();
        }
        String[] w = title.strip().split("\\s+");
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < w.length; i++) {
            String surname = w[i + 1].replaceFirst("['’]s?\\p{P}*$|\\p{P}+$", "");
            String[] first = words(w[i]);
            String[] second = words(surname);
            if (Character.isUpperCase(w[i].charAt(0)) && first.length == 1 && second.length == 1
                    && bare.contains(first[0]) && bare.contains(second[0]) && !first[0].equals(second[0])) {
                found.add(w[i] + " " + surname);
            }
        }
        return found;
    }

    /**
     * A person's mention. A name of two or more words is the person with the same first and last word (folded);
     * a one-word name is the one person of the headline ({@link Names}), else of the article (before or after it),
     * with that surname, else with that given name; when two persons of the article share it, it is an actor of its
     * own, unless only one of them was named before it ("Kim" after Kim Jong Un, before a professor Kim Dong-yup is
     * introduced). So a profile's bare surname is its subject's, not her father's named once in the body. A one-word
     * name that no person of the article holds and that the office holders' table lists as a whole name ("Obama")
     * is that known person, by the table's full name.
     */
    private Link person(String name, int start, Names names, List<Draft> drafts) {
        String[] words = words(name);
        if (words.length >= 2) {
            for (Draft d : drafts) {
                if (d.type == ActorType.PERSON && d.words().length >= 2 && last(d.words()).equals(last(words))
                        && d.words()[0].equals(words[0])) {
                    if (words.length > d.words().length) {
                        d.name = name;
                    }
                    return new Link(d, MentionRule.SAME_NAME);
                }
            }
            return new Link(add(drafts, new Draft(ActorType.PERSON, name, null)), MentionRule.NAME);
        }
        String word = words.length == 0 ? "" : words[0];
        for (MentionRule rule : List.of(MentionRule.SURNAME, MentionRule.GIVEN_NAME)) {
            Map<String, String> inHeadline = holders(names.headline(), rule, word);
            Map<String, String> holders = inHeadline.size() == 1 ? inHeadline : holders(names.body(), rule, word);
            Map<String, String> earlier = holders(names.before(start), rule, word);
            if (holders.size() > 1 && earlier.size() == 1) {
                holders = earlier;
            }
            if (holders.size() > 1) {
                return byName(drafts, ActorType.PERSON, name, null);
            }
            if (holders.size() == 1) {
                return new Link(person(holders.values().iterator().next(), start, names, drafts).draft(), rule);
            }
        }
        return knownPerson(words).map(full -> new Link(person(full, start, names, drafts).draft(), MentionRule.KNOWN_ENTITY))
                .orElseGet(() -> byName(drafts, ActorType.PERSON, name, null));
    }

    /** The full name the office holders' table gives a one-word name it lists as a whole ("Obama": Barack Obama). */
    private static Optional<String> knownPerson(String[] words) {
        List<PhraseTable.Token> tokens = PhraseTable.tokenize(String.join(" ", words));
        return words.length != 1 ? Optional.empty() : OfficeHolders.get().find(tokens)
                .filter(m -> m.first() == 0 && m.last() == tokens.size() - 1).map(PhraseTable.Match::value)
                .filter(full -> full.strip().split("\\s+").length >= 2);
    }

    /**
     * Whether {@code name} is one word that no full name of a person of the article holds: the tagger's person may
     * then be an organisation named short ("Coralwing said" beside Coralwing Airlines, {@link #headless}).
     */
    private static boolean namesNoPerson(String name, Names names) {
        String[] w = words(name);
        return w.length == 1 && Stream.concat(names.body().stream(), names.headline().stream())
                .noneMatch(full -> List.of(words(full)).contains(w[0]));
    }

    /** Whether a name of two words or more ends in a word only a company's name ends in ("Acme Productions"). */
    private static boolean companyName(String name) {
        String[] w = words(name);
        return w.length >= 2 && COMPANY_WORDS.contains(last(w));
    }

    /**
     * An organisation named by its initials ("NVA" of Norrland Valley Airways), which the tagger may read as a person:
     * the one name of two words or more the article tags as an organisation whose capitalised words' initials the
     * name's capitals are; with two such names, or none, nothing.
     */
    private static Optional<Link> initialism(String name, List<String> orgNames, List<Draft> drafts) {
        if (!name.matches("\\p{Lu}{2,6}")) {
            return Optional.empty();
        }
        List<String> spelt = orgNames.stream().filter(o -> words(o).length >= 2 && initials(o).equals(name)).toList();
        return spelt.stream().map(o -> String.join(" ", words(o))).distinct().count() != 1 ? Optional.empty()
                : Optional.of(new Link(byName(drafts, ActorType.ORGANIZATION, spelt.get(0), null).draft(), MentionRule.SHORT_NAME));
    }

    /** The full names whose surname (or given name, by {@code rule}) is {@code word}, by first and last word. */
    private static Map<String, String> holders(List<String> fullNames, MentionRule rule, String word) {
        Map<String, String> holders = new LinkedHashMap<>();
        for (String full : fullNames) {
            String[] w = words(full);
            if ((rule == MentionRule.SURNAME ? last(w) : w[0]).equals(word)) {
                holders.putIfAbsent(w[0] + " " + last(w), full);
            }
        }
        return holders;
    }

    private static Link byName(List<Draft> drafts, ActorType type, String name, String country) {
        for (Draft d : drafts) {
            if (d.type == type && same(d.name, name)) {
                return new Link(d, MentionRule.SAME_NAME);
            }
        }
        return new Link(add(drafts, new Draft(type, name, country)), MentionRule.NAME);
    }

    private static Draft add(List<Draft> drafts, Draft d) {
        drafts.add(d);
        return d;
    }

    /** Reads a title before the name ("Russian Foreign Minister X"), before it as apposition ("Azerbaijan's
     *  Foreign Ministry Spokesman, X"), or after it ("X, Russia's foreign minister,"; closed by punctuation, as
     *  "choking X, the director told" is the subject of the next clause); never over a line break, so
     *  the last word of a headline in a list ("... make it official") is no title of a name on the next line. */
    private void readTitles(Annotation annotation, Sentence s, int first, int last, Draft d) {
        List<Token> t = s.tokens();
        int end = first;
        if (end > 0 && t.get(end - 1).word().equals(",")) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Roles.isTitleWord(t.get(begin - 1).word())
                && !t.get(begin - 1).ner().equals("PERSON") && !lineBreak(annotation, t.get(begin - 1), t.get(first))) {
            begin--;
        }
        if (begin < end && Roles.isHead(t.get(end - 1).word()) && !(end < first && aside(t, begin))) {
            takeTitle(t, begin, end, d);
        }
        if (last < t.size() - 1 && t.get(last).word().equals(",")) {
            int from = last + 1;
            int to = from;
            while (to < t.size() && (Roles.isTitleWord(t.get(to).word()) || isCountryWord(t, to))
                    && !lineBreak(annotation, t.get(last - 1), t.get(to))) {
                to++;
            }
            boolean closed = to == t.size() || t.get(to).word().matches("[,.;:]");
            if (closed && to > from && Roles.isHead(t.get(to - 1).word())) {
                takeTitle(t, from, to, d);
            }
        }
    }

    /**
     * Whether a title set off by a comma before a name, starting at token {@code begin}, is said of someone else: an
     * indefinite one or one after a preposition ("Through a spokesperson, Weinstein denied", "like any director,
     * Thurman said").
     */
    private static boolean aside(List<Token> t, int begin) {
        int i = begin - 1;
        if (i >= 0 && Set.of("a", "an", "any", "every", "each", "no", "another").contains(Roles.lower(t.get(i).word()))) {
            return true;
        }
        if (i >= 0 && Roles.lower(t.get(i).word()).equals("the")) {
            i--;
        }
        return i >= 0 && Set.of("IN", "TO").contains(t.get(i).pos());
    }

    /** Whether the text from token {@code a} to token {@code b} runs over a line break. */
    private static boolean lineBreak(Annotation annotation, Token a, Token b) {
        return annotation.text().substring(a.start(), b.start()).indexOf('\n') >= 0;
    }

    private boolean isCountryWord(List<Token> t, int i) {
        String w = t.get(i).word();
        if (w.equals("'s") || w.equals("’s")) {
            return i > 0 && countries.byName(t.get(i - 1).word()).isPresent();
        }
        return countries.byAnyForm(w).isPresent();
    }

    /** Records tokens {@code [from, to)} as a title; a nationality or country possessive before it sets the country. */
    private void takeTitle(List<Token> t, int from, int to, Draft d) {
        int i = from;
        while (i < to && (DETERMINERS.contains(Roles.lower(t.get(i).word())) || isCountryWord(t, i))) {
            i++;
        }
        String country = countryBefore(t, i);
        if (i >= to) {
            return;
        }
        StringBuilder title = new StringBuilder();
        for (int k = i; k < to; k++) {
            title.append(k > i ? " " : "").append(t.get(k).word());
        }
        d.titles.add(title.toString());
        if (country != null && d.country == null) {
            d.country = country;
        }
    }

    /** The country named by the word(s) just before token {@code i}: "Russian", "North Korean", "Russia 's". */
    private String countryBefore(List<Token> t, int i) {
        if (i >= 1 && (t.get(i - 1).word().equals("'s") || t.get(i - 1).word().equals("’s")) && i >= 2) {
            return countries.byAnyForm(t.get(i - 2).word()).orElse(null);
        }
        if (i >= 2) {
            Optional<String> twoWords = countries.byAdjective(t.get(i - 2).word() + " " + t.get(i - 1).word());
            if (twoWords.isPresent()) {
                return twoWords.get();
            }
        }
        if (i >= 1) {
            return countries.byAdjective(t.get(i - 1).word()).orElse(null);
        }
        return null;
    }

    /**
     * Role mentions: "the (nationality) (modifiers) HEAD" or "Country's (modifiers) HEAD" not followed by a
     * name, tied to the person most recently mentioned before it whose title fits the role ({@link Roles#fits}:
     * "the president" is not a vice president) and whose country, given or coded on {@code day}, is the role's
     * when it names one ("Ukrainian president" is never a US president); failing a title, to the most recent
     * person of the named country who was given no title.
     */
    private void addRoleMentions(Annotation annotation, List<Draft> drafts, List<PendingMention> pending,
                                 LocalDate day) {
        List<QuotedSpans.Span> quoted = QuotedSpans.find(annotation.text());
        for (Sentence s : annotation.sentences()) {
            List<Token> t = s.tokens();
            for (int h = 1; h < t.size(); h++) {
                Token head = t.get(h);
                if (!Roles.isHead(head.word()) || !head.ner().equals("O") || head.pos().endsWith("S")
                        || (h + 1 < t.size() && t.get(h + 1).isProperNoun()) || titleGoesOn(t, h)
                        || quoted.stream().anyMatch(q -> q.contains(head.start(), head.end()))) {
                    continue;
                }
                int b = h;
                String country = null;
                while (b > 0 && (Roles.isTitleWord(t.get(b - 1).word()) || isCountryWord(t, b - 1))
                        && !Roles.lower(t.get(b - 1).word()).equals("the")) {
                    b--;
                    if (isCountryWord(t, b)) {
                        country = t.get(b).word().matches("'s|’s") ? countries.byName(t.get(b - 1).word()).orElse(null)
                                : countries.byAnyForm(t.get(b).word()).orElse(country);
                        if (t.get(b).word().matches("'s|’s")) {
                            b--;
                        }
                    }
                }
                boolean determined = b > 0 && Roles.lower(t.get(b - 1).word()).equals("the");
                if (!determined && country == null) {
                    continue;
                }
                int from = determined ? b - 1 : b;
                int start = t.get(from).start();
                String text = annotation.text().substring(start, head.end());
                List<String> names = new ArrayList<>();
                for (int k = from + 1; k < h; k++) {
                    if (Character.isUpperCase(t.get(k).word().charAt(0)) && !isCountryWord(t, k)) {
                        names.add(Roles.lower(t.get(k).word()));
                    }
                }
                Draft target = roleTarget(drafts, new Role(text, head.word(), names, country), start, day);
                if (target == null) {
                    continue;
                }
                target.forms.add(text);
                pending.add(new PendingMention(target, text, start, head.end(), s.index(), from, h + 1,
                        MentionRule.ROLE));
            }
        }
    }

    /**
     * Whether the head at {@code h} is part of something longer, so no role on its own: a title that goes on
     * ("Secretary of State", "the president of the farm bureau", "the attorney for the district": the office of another
     * body), a compound ("the general manager") or the name of an office ("the U.S. Attorney's Office").
     */
    private static boolean titleGoesOn(List<Token> t, int h) {
        if (h + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(h + 1);
        return Set.of("of", "for").contains(Roles.lower(next.word())) || next.pos().startsWith("NN")
                || next.word().matches("'s|’s") && h + 2 < t.size() && Character.isUpperCase(t.get(h + 2).word().charAt(0));
    }

    /**
     * A role mention: its text, head word, the capitalised words before the head that are not a country's
     * ("UN" of "the UN leader": the title must have them) and the country it names, or null.
     */
    private record Role(String text, String head, List<String> names, String country) {
        boolean fits(String title) {
            List<String> words = List.of(Roles.lower(title).split("\\s+"));
            return Roles.fits(text, head, title) && words.containsAll(names);
        }
    }

    /**
     * The one person named before the role who holds it: by a title that fits it, or as the holder of a fitting office
     * on {@code day} ({@link OfficeHolders}: "Trump" holds "the president" in 2019 untitled), of the role's country when
     * it names one; failing a holder, the one untitled person of the named country. Two possible holders ("the
     * president" in an article naming two presidents) leave the role unlinked: the article does not say which.
     */
    private Draft roleTarget(List<Draft> drafts, Role role, int before, LocalDate day) {
        String country = role.country();
        List<Draft> earlier = drafts.stream().filter(d -> d.type == ActorType.PERSON && d.first < before).toList();
        List<Draft> holders = earlier.stream().filter(d -> holds(d, role, day)
                && (country == null || compatible(country, countryOf(d, day)))).toList();
        if (holders.isEmpty() && country != null) {
            holders = earlier.stream().filter(d -> d.titles.isEmpty() && country.equals(d.country)).toList();
        }
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /** Whether the person holds the role: by a title of the article, or by the office a known holder held on {@code day}. */
    private static boolean holds(Draft d, Role role, LocalDate day) {
        boolean titled = d.titles.stream().anyMatch(role::fits);
        if (titled || day == null) {
            return titled;
        }
        OfficeHolders table = OfficeHolders.get();
        List<PhraseTable.Token> tokens = PhraseTable.tokenize(d.name);
        return table.find(tokens).filter(m -> m.first() == 0 && m.last() == tokens.size() - 1)
                .flatMap(m -> table.standing(m.value(), day)).map(OfficeHolders.Standing::office)
                .filter(o -> o != null && role.fits(o)).isPresent();
    }

    /** A person's country: given by the words around a name, else coded from its titles and name on {@code day}. */
    private String countryOf(Draft d, LocalDate day) {
        return d.country != null ? d.country : personCode(d, day).country();
    }

    private static boolean compatible(String country, String other) {
        return other == null || country.equals(other);
    }

    /** A person coded from its titles and name, after its state's name when the text gave it ("North Korea's"). */
    private ActorCoder.ActorCode personCode(Draft d, LocalDate day) {
        String state = d.country == null ? "" : countries.nameOf(d.country).map(n -> n + "'s ").orElse("");
        return coder.codePerson(state + String.join(", ", d.titles), d.name, day);
    }

    private ArticleActors build(List<Draft> drafts, List<PendingMention> pending, Annotation annotation,
                                LocalDate date) {
        List<Actor> actors = new ArrayList<>();
        for (Draft d : drafts) {
            d.id = actorId(d.type, d.name);
            List<PendingMention> own = pending.stream().filter(p -> p.draft == d).toList();
            List<String> aliases = d.forms.stream().filter(f -> !f.equals(d.name)).toList();
            ActorCoder.ActorCode code = code(d, own, annotation, date);
            actors.add(new Actor(d.id, d.name, d.type, aliases, List.copyOf(d.titles),
                    d.country != null ? d.country : code.country(), code.sector(), own.size()));
        }
        List<ActorMention> mentions = pending.stream()
                .sorted(Comparator.comparingInt(PendingMention::start))
                .map(p -> new ActorMention(p.draft.id, p.text, p.start, p.end, p.sentence, p.first, p.last, p.rule))
                .toList();
        return new ArticleActors(actors, mentions);
    }

    private ActorCoder.ActorCode code(Draft d, List<PendingMention> mentions, Annotation annotation,
                                      LocalDate date) {
        return switch (d.type) {
            case PERSON -> personCode(d, date);
            case ORGANIZATION, GROUP -> coder.code(d.name, null, date);
            case COUNTRY -> new ActorCoder.ActorCode(d.country, null);
            case LOCATION -> {
                ActorCoder.ActorCode place = coder.code(d.name, null, date);
                boolean capital = countries.byCapital(d.name).isPresent();
                boolean agent = mentions.stream().anyMatch(m -> isAgent(annotation.sentences().get(m.sentence), m));
                yield new ActorCoder.ActorCode(place.country(), capital && agent ? Sector.GOV : null);
            }
        };
    }

    /** Whether the mention's last token is the subject or passive agent of its clause. */
    private static boolean isAgent(Sentence s, PendingMention m) {
        int last = Math.min(m.last, s.tokens().size()) - 1;
        for (int i = m.first; i <= last; i++) {
            var edge = s.headEdge(i);
            if (edge.isPresent() && AGENT_RELATIONS.contains(edge.get().relation())
                    && (edge.get().head() < m.first || edge.get().head() > last)) {
                return true;
            }
        }
        return false;
    }

    /** First 16 hex digits of SHA-256 of {@code TYPE:canonical name}: the same name gets the same id everywhere. */
    public static String actorId(ActorType type, String name) {
        return Ids.of(type + ":" + name);
    }

    /** The name without a leading article, honorific or trailing possessive. */
    static String cleanName(String text) {
        String s = LEADING_THE.matcher(POSSESSIVE_END.matcher(text.strip()).replaceFirst("")).replaceFirst("");
        String[] words = SPACES.split(s);
        int i = 0;
        while (i < words.length - 1 && HONORIFICS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", Arrays.copyOfRange(words, i, words.length)).strip();
    }

    /** Equal names once case, accents, dots, hyphens and the apostrophe's form are folded. */
    private static boolean same(String a, String b) {
        return Arrays.equals(words(a), words(b));
    }

    /**
     * The words of a name folded for comparison: lower case, no accents or dots, one apostrophe, hyphens as spaces
     * ("François" and "Francois", "U.S." and "US", "Kim Jong-un" and "Kim Jong Un" fold alike).
     */
    static String[] words(String name) {
        String folded = PhraseTable.key(name).replace(".", "").replace('-', ' ').strip();
        return folded.isEmpty() ? new String[0] : SPACES.split(folded);
    }

    private static String last(String[] words) {
        return words[words.length - 1];
    }

    /** An actor while the article is read. */
    private static final class Draft {
        final ActorType type;
        String name;
        String country;
        String id;
        int first = Integer.MAX_VALUE;
        int last = -1;
        final LinkedHashSet<String> forms = new LinkedHashSet<>();
        final LinkedHashSet<String> titles = new LinkedHashSet<>();

        Draft(ActorType type, String name, String country) {
            this.type = type;
            this.name = name;
            this.country = country;
        }

        String[] words() {
            return ActorResolver.words(name);
        }
    }

    private record PendingMention(Draft draft, String text, int start, int end, int sentence, int first, int last,
                                  MentionRule rule) {
    }

    /** The actor a mention is linked to, and why. */
    private record Link(Draft draft, MentionRule rule) {
    }
}
