package org.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.CorpusActors;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.export.ContractJson;
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
import org.dateline.store.Store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated analysed record, written as {@code analyze} writes one (the output contract's files and a store),
 * without language analysis: {@link SyntheticNews} texts, each ending with a paragraph whose actors, quote, event and
 * time are put at known offsets. Articles come from {@value #OUTLETS} outlets and {@value #PERSONS} persons of
 * {@value #COUNTRIES} countries; every {@value #PER_STORY} consecutive articles form a story and every
 * {@value #STORIES_PER_THREAD} consecutive stories a thread. The actors have the ids {@code analyze} gives them, so a
 * batch added to the record keeps them. The same seed gives the same record.
 */
public final class SyntheticRecord {
    static final int OUTLETS = 40;
    static final int PERSONS = 3_000;
    static final int COUNTRIES = 30;
    static final int PER_STORY = 8;
    static final int STORIES_PER_THREAD = 6;
    private static final String[] COUNTRY_CODES = {"ARM", "AZE", "RUS", "USA", "CHN", "FRA", "DEU", "GBR", "TUR", "IRN",
            "UKR", "GEO", "KAZ", "IND", "BRA", "JPN", "EGY", "ISR", "SAU", "QAT", "POL", "ITA", "ESP", "CAN", "MEX",
            "ZAF", "NGA", "KEN", "IDN", "PAK"};
    private static final String[] OUTLET_KINDS = {"Herald", "Post", "Times", "Wire", "Daily", "Courier", "Observer",
            "Tribune"};
    private static final String[] TITLES = {"Foreign Minister", "President", "envoy", "spokesperson", "General",
            "Prime Minister"};
    private static final String[] SYLLABLES = {"va", "ren", "ko", "mir", "sa", "tel", "dor", "an", "bri", "lo",
            "zen", "ka", "mo", "ru", "vi", "shen", "ta", "gal", "or", "em"};
    private static final long EPOCH = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();

    /**
     * What was written.
     *
     * @param outlets the outlets' names
     * @param persons the persons' actors
     * @param words   words of the generated titles, for queries
     */
    public record Written(int articles, int stories, int threads, List<String> outlets, List<Actor> persons,
                          List<String> words) {
    }

    private final long seed;
    private final SyntheticNews news;
    private final List<String> outlets = new ArrayList<>();
    private final List<Actor> persons = new ArrayList<>();

    public SyntheticRecord(long seed) {
        this.seed = seed;
        this.news = new SyntheticNews(seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
        for (int i = 0; i < OUTLETS; i++) {
            outlets.add("The " + capitalised(word(random, 2)) + " " + OUTLET_KINDS[i % OUTLET_KINDS.length]);
        }
        for (int i = 0; i < PERSONS; i++) {
            String surname = capitalised(word(random, 3));
            String name = capitalised(word(random, 2)) + " " + surname;
            persons.add(asInTheCorpus(new Actor("p" + i, name, ActorType.PERSON, List.of(surname),
                    List.of(TITLES[random.nextInt(TITLES.length)]), COUNTRY_CODES[i % COUNTRIES],
                    Sector.values()[random.nextInt(Sector.values().length)], 0)));
        }
    }

    /**
     * {@code actor} as {@code analyze}'s corpus step writes it, under the id that hashes its name key and country: a
     * batch added to the record by {@code analyze --append} keeps it (a made-up id would be renamed by the batch).
     */
    private static Actor asInTheCorpus(Actor actor) {
        return new CorpusActors().merge(List.of(actor), List.of()).actors().get(0);
    }

    /** Article {@code i}: always the same for the same seed and number. */
    AnalyzedArticle article(int i) {
        SplittableRandom random = new SplittableRandom(seed * 31 + i);
        SyntheticNews.Draft draft = news.draft(i);
        String id = String.format(Locale.ROOT, "syn%07d", i);
        String published = LocalDate.ofInstant(Instant.ofEpochSecond(EPOCH + (long) i * 600), ZoneOffset.UTC).toString();
        Actor a = persons.get(random.nextInt(PERSONS));
        Actor b = persons.get(random.nextInt(PERSONS));
        EventType type = EventType.values()[random.nextInt(EventType.values().length)];
        StringBuilder text = new StringBuilder(SyntheticNews.render(draft, 80, random)).append("\n\n");
        int aStart = text.length();
        text.append(a.name());
        String met = " " + type.name().toLowerCase(Locale.ROOT) + " with " + b.name();
        int eventStart = text.length();
        text.append(met).append(" on Monday.");
        int bStart = eventStart + met.length() - b.name().length();
        int timeStart = text.length() - "Monday.".length();
        text.append(" \"");
        String said = String.join(" ", draft.sentences().get(0));
        int quoteStart = text.length();
        text.append(said).append(",\" ").append(a.aliases().get(0)).append(" said.");
        String story = "story" + i / PER_STORY;
        String thread = "thread" + i / (PER_STORY * STORIES_PER_THREAD);
        Article article = new Article(id, "synthetic/" + id, outlets.get(random.nextInt(OUTLETS)),
                capitalised(String.join(" ", draft.title())), published, "metadata", null, List.of(), "en",
                text.toString(), null, story, List.of()).withThread(thread);
        Quote quote = new Quote(id + "-q", id, new Speaker(a.id(), a.name(), a.aliases().get(0)), QuoteKind.DIRECT,
                "said", said, quoteStart, quoteStart + said.length(), published, DateBasis.PUBLISHED);
        Event event = new Event(id + "-e", id, new Party(a.id(), a.name(), a.country(), a.sector()),
                new Party(b.id(), b.name(), b.country(), b.sector()), type, null, null, published, DateBasis.SENTENCE,
                null, text.substring(aStart, timeStart + "Monday".length()), aStart, timeStart + "Monday".length(),
                0.5 + random.nextDouble() / 2);
        TimeMention time = new TimeMention(id, "Monday", "DATE", published, timeStart, timeStart + "Monday".length());
        List<Mention> mentions = List.of(
                new Mention(a.id(), id, a.name(), aStart, aStart + a.name().length(), MentionRule.NAME.label()),
                new Mention(b.id(), id, b.name(), bStart, bStart + b.name().length(), MentionRule.NAME.label()));
        return new AnalyzedArticle(article, a.equals(b) ? List.of(a) : List.of(a, b), List.of(quote), List.of(time),
                List.of(event), mentions);
    }

    /**
     * Writes articles 0 to {@code count - 1} to the output folder {@code out} (the contract's files) and puts them
     * into {@code store}, committing at the end.
     */
    public Written write(int count, Path out, Store store) throws IOException {
        List<String> words = new ArrayList<>();
        ObjectMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        ContractJson contract = new ContractJson(json);
        List<Stories.Story> stories = new ArrayList<>();
        List<Article> story = new ArrayList<>();
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            for (int i = 0; i < count; i++) {
                AnalyzedArticle a = article(i);
                exporter.write(a);
                store.put(a);
                if (i % 50 == 0) {
                    words.addAll(List.of(a.article().title().toLowerCase(Locale.ROOT).split(" ")));
                }
                story.add(a.article());
                if ((i + 1) % PER_STORY == 0 || i == count - 1) {
                    stories.add(story(story));
                    story.clear();
                }
            }
        }
        store.commit();
        List<Threads.Thread> threads = threads(stories);
        writeLines(out.resolve(JsonlExporter.STORIES), stories.stream().map(contract::story).toList(), json);
        writeLines(out.resolve(JsonlExporter.THREADS), threads.stream().map(contract::thread).toList(), json);
        return new Written(count, stories.size(), threads.size(), List.copyOf(outlets), List.copyOf(persons),
                List.copyOf(words));
    }

    private static Stories.Story story(List<Article> articles) {
        Article first = articles.get(0);
        return new Stories.Story(first.story(), first.title(), articles.stream().map(Article::id).toList(),
                articles.stream().map(Article::outlet).distinct().sorted().toList(), first.published(),
                articles.get(articles.size() - 1).published(), first.thread());
    }

    private static List<Threads.Thread> threads(List<Stories.Story> stories) {
        Map<String, List<Stories.Story>> byThread = new LinkedHashMap<>();
        stories.forEach(s -> byThread.computeIfAbsent(s.thread(), k -> new ArrayList<>()).add(s));
        return byThread.values().stream().map(list -> new Threads.Thread(list.get(0).thread(), list.get(0).title(),
                list.stream().map(Stories.Story::id).toList(),
                list.stream().flatMap(s -> s.articles().stream()).toList(),
                list.stream().flatMap(s -> s.outlets().stream()).distinct().sorted().toList(), list.get(0).first(),
                list.get(list.size() - 1).last())).toList();
    }

    private static void writeLines(Path file, List<ObjectNode> lines, ObjectMapper json) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (ObjectNode line : lines) {
                w.write(json.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
