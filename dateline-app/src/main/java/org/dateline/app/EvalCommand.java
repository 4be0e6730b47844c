package org.dateline.app;

import org.dateline.eval.ActorResolutionEval;
import org.dateline.eval.DateEval;
import org.dateline.eval.ExtractionEval;
import org.dateline.facts.ActorCoder;
import org.dateline.facts.OfficeHolders;
import org.dateline.eval.EventEval;
import org.dateline.eval.PentaclassFallback;
import org.dateline.eval.QuoteEval;
import org.dateline.eval.StoryEval;
import org.dateline.eval.TimeEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.Map;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Dateline on a public benchmark and prints the figures.",
        subcommands = {EvalCommand.Quotes.class, EvalCommand.Times.class, EvalCommand.Extraction.class,
                EvalCommand.Events.class, EvalCommand.Stories.class,
                EvalCommand.Dates.class})
final class EvalCommand {

    private static Path existing(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no " + what + " at " + dir.toAbsolutePath()
                    + " (give its folder with --data)");
        }
        return dir;
    }

    /** The options both fact evals share: the diagnostic path and the annotation cache. */
    static final class FactEvalOptions {
        @Option(names = "--direct", description = "Also score the annotators on the benchmark text directly, ingest and "
                + "extraction skipped (a diagnostic, printed after the figure through analyze; quotes: its predictions "
                + "go to the predictions file's name with .direct before the extension).")
        boolean direct;

        @Option(names = "--annotation-cache", paramLabel = "DIR", description = "Keep annotations in DIR between runs "
                + "(one file per text; delete it when the NLP layer changes).")
        Path annotationCache;

        /** The figures through analyze and what the path lost, then, with {@code --direct}, the diagnostic's. */
        void print(CommandSpec spec, String figures, String path, java.util.function.Supplier<String> direct) {
            var out = spec.commandLine().getOut();
            out.println("through analyze (ingest, extraction, analysis; what users get):");
            out.println(figures);
            out.println(path);
            if (this.direct) {
                out.println();
                out.println("diagnostic, annotators on the benchmark text (ingest and extraction skipped):");
                out.println(direct.get());
            }
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Quote content and speaker attribution on PolNeAR (BRAT standoff): content "
                    + "precision/recall/F1 with overlap and exact matching, on all attributions and on the "
                    + "speech-cue subset, and speaker accuracy on named gold sources.",
                    "Each article goes through analyze as a JSON Lines input (text, published, outlet, title) and "
                    + "the quotes found are mapped back to the benchmark's offsets.",
                    "Use the dev split while tuning; report the test split."})
    static final class Quotes implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/benchmarks/quotes/polnear",
                description = "PolNeAR folder (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--split", defaultValue = "test", description = "train, dev or test (default: ${DEFAULT-VALUE}).")
        String split;

        @Option(names = "--predictions", paramLabel = "FILE", defaultValue = "polnear-predictions.jsonl",
                description = "Where to write the predictions, in the reference scorer's format (default: ${DEFAULT-VALUE}).")
        Path predictions;

        @Mixin
        FactEvalOptions options;

        @Override
        public Integer call() {
            QuoteEval eval = new QuoteEval(options.annotationCache);
            var result = eval.run(existing(data, "PolNeAR"), split, predictions);
            options.print(spec, result.result().format(), result.path(),
                    () -> eval.runDirect(data, split, directPredictions(predictions)).format());
            return 0;
        }
    }

    /** polnear-predictions.jsonl as polnear-predictions.direct.jsonl. */
    private static Path directPredictions(Path predictions) {
        String name = predictions.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return predictions.resolveSibling(dot < 0 ? name + ".direct" : name.substring(0, dot) + ".direct" + name.substring(dot));
    }

    @Command(name = "times", mixinStandardHelpOptions = true,
            description = {"Time expressions on TempEval-3 platinum (TimeML): relaxed and strict extent "
                    + "P/R/F1, value accuracy and value F1 (the official ranking measure), type accuracy.",
                    "Each document's text goes through analyze as a JSON Lines input with its creation date as "
                    + "published, and the times found are mapped back to the benchmark's offsets."})
    static final class Times implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/benchmarks/timex/te3-platinum",
                description = "TempEval-3 folder, or any folder of .tml files (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--predictions", paramLabel = "FILE", defaultValue = "timex-predictions.jsonl",
                description = "Where to write the predictions, in the reference scorer's format (default: ${DEFAULT-VALUE}).")
        Path predictions;

        @Mixin
        FactEvalOptions options;

        @Override
        public Integer call() {
            TimeEval eval = TimeEval.forProduct(options.annotationCache);
            var result = eval.run(existing(data, "TimeML corpus"), predictions);
            options.print(spec, result.result().format(), result.path(), () -> eval.runDirect(data).format());
            return 0;
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Article body extraction on the Zyte benchmark (181 pages): precision, recall, F1 and",
                    "accuracy over token 4-gram shingles as its SOURCE.md defines them, pages/s and MB/s of",
                    "extraction alone, and how often a title and a publication date are found."})
    static final class Extraction implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/benchmarks/article-extraction",
                description = "Benchmark folder with ground-truth.json and html/ (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--predictions", paramLabel = "FILE", defaultValue = "extraction-predictions.json",
                description = "Where to write the predictions, in the benchmark's format (default: ${DEFAULT-VALUE}).")
        Path predictions;

        @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
                description = "Also list the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
        int worst;

        @Override
        public Integer call() {
            var result = new ExtractionEval().run(existing(data, "article-extraction benchmark"), predictions);
            spec.commandLine().getOut().println(result.format(worst));
            return 0;
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = {"Publication days of web pages (gold.json: URL -> {file, date} over pages/): each page goes",
                    "in as a JSONL line with its url and html, as a crawl would; accuracy is the share of pages whose",
                    "published day is the gold day (no date counts as wrong), then the found share and both by",
                    "published_basis."})
    static final class Dates implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"--set", "--data"}, paramLabel = "DIR", defaultValue = "../shared/benchmarks/dates/htmldate-mediacloud",
                description = "Benchmark folder with gold.json and pages/ (default: ${DEFAULT-VALUE}).")
        Path set;

        @Option(names = "--misses", description = "Also list every page whose day is wrong or missing.")
        boolean misses;

        @Override
        public Integer call() {
            var result = new DateEval().run(existing(set, "dates benchmark"));
            spec.commandLine().getOut().println(result.format(misses));
            return 0;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event coding on single gold sentences of the event-coding benchmarks.",
                    "plover: PLOVER type accuracy and macro-F1, source/target country F1.",
                    "pentaclass: CAMEO five-class macro-F1; sentences without an event count as class 0,",
                    "then as a naive Bayes classifier trained on the train split only guesses them.",
                    "actors: country and sector accuracy on the NGEC actor-resolution cases, by the general rules",
                    "alone and with the office-holder table (its scope a rule, docs/actor-coding.md)."})
    static final class Events implements java.util.concurrent.Callable<Integer> {
        /** The benchmark sets this command scores; each is scored on its own. */
        enum Set { plover, pentaclass, actors, all }

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/benchmarks/event-coding",
                description = "Event-coding benchmark folder (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--set", defaultValue = "all",
                description = "Which set to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Set set;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Also write one JSON line per PLOVER gold sentence: gold and predicted type and countries.")
        Path predictions;

        @Override
        public Integer call() {
            Path dir = existing(data, "event-coding benchmark");
            EventEval eval = EventEval.forProduct();
            if (set == Set.plover || set == Set.all) {
                spec.commandLine().getOut().println(eval.plover(dir.resolve("plover/PLOVER_GSR_CAMEO.json"), predictions).format());
            }
            if (set == Set.pentaclass || set == Set.all) {
                Path test = dir.resolve("conflibert/cameo_pentaclass_test.tsv");
                Path train = dir.resolve("conflibert/cameo_pentaclass_train.tsv");
                spec.commandLine().getOut().println(eval.pentaclass(test, null).format());
                if (Files.isRegularFile(train)) {
                    spec.commandLine().getOut().println(eval.pentaclass(test, PentaclassFallback.train(train)).format());
                }
            }
            if (set == Set.actors || set == Set.all) {
                Path cases = dir.resolve("polecat_ngec/ngec_actor_resolution_cases.derived.jsonl");
                spec.commandLine().getOut().println("actors, general rules: "
                        + new ActorResolutionEval(new ActorCoder(OfficeHolders.none())).run(cases).format());
                spec.commandLine().getOut().println("actors, with the office-holder table: "
                        + new ActorResolutionEval().run(cases).format());
            }
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Stories and threads against gold labels: pairwise and BCubed precision, recall and F1.",
                    "GOLD is JSON Lines with the label field (--label) and the article's `id` or `url`, and its",
                    "`published` day; OUT is a folder written by `dateline analyze`. An article with no story counts",
                    "as a story of its own. Prints three lines: the stories against every label; the story level,",
                    "scored on the articles of the labels that fall within --span-days (one happening); and the",
                    "thread level, the threads against every label (an output without threads scores its stories)."})
    static final class Stories implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold labels (JSONL).")
        Path gold;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder of `dateline analyze`.")
        Path out;

        @Option(names = "--label", paramLabel = "FIELD", defaultValue = "story",
                description = "The gold field that labels the subject (default: ${DEFAULT-VALUE}).")
        String label;

        @Option(names = "--span-days", paramLabel = "N", defaultValue = "3",
                description = "A label whose articles all fall within N days is one happening, scored at the story level (default: ${DEFAULT-VALUE}).")
        int spanDays;

        @Override
        public Integer call() {
            Path folder = existing(out, "analyze output");
            Map<String, String> labels = StoryEval.readGold(gold, label);
            Map<String, String> happenings = StoryEval.happenings(labels, StoryEval.readDays(gold), spanDays);
            Map<String, String> stories = StoryEval.readPredictions(folder);
            PrintWriter w = spec.commandLine().getOut();
            w.println("stories, all labels: " + StoryEval.score(labels, stories));
            w.println(happenings.isEmpty() ? "story level: no label falls within " + spanDays + " days"
                    : "story level (labels within " + spanDays + " days): " + StoryEval.score(happenings, stories));
            w.println("thread level, all labels: " + StoryEval.score(labels, StoryEval.readPredictions(folder,
                    StoryEval.Level.THREAD)));
            return 0;
        }
    }
}
