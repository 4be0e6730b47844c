package org.dateline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dateline.pipeline.AnalysisRun;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.OutputException;
import org.dateline.pipeline.ResultSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code dateline spark analyze}: the Spark job from the command line, on a local master ({@code local[N]}) or, in the
 * shaded jar given to {@code spark-submit}, on the cluster that {@code spark-submit} names.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, subcommands = SparkMain.Analyze.class,
        description = "Runs Dateline's analysis as an Apache Spark job.")
public final class SparkMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                    "0:every input was analysed; the output is complete",
                    "1:the output was written, but some inputs (or parts of them) were skipped as unreadable or failed, each named on stderr; or no article was found",
                    "2:the run did not start (bad option, unusable output folder); nothing changed",
                    "3:the output could not be written, or the job failed; the earlier output was left as it was"},
            description = {
                    "The same analysis as `dateline analyze` as a Spark job: inputs are read, their articles analysed and their copies found on the executors, then linked (copies, actors, stories, threads) by the same code (the actors merged within blocks on the executors, the rest on the driver unless an option below moves it), so the output is the one `dateline analyze` writes for the same inputs (with --stories blocks, the same but for the stories and what follows from them: threads, names linked within a story; with --thread-linking blocks, the same but for the threads where a block moves a story).",
                    "Writes the JSON Lines files of the output contract and report.html to --out (a folder of the driver), and the same records as Parquet to --parquet."})
    static final class Analyze implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT",
                description = "Files or folders: local paths or Hadoop file system URIs (hdfs://, s3a://, file:/...).")
        List<String> inputs;

        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "Folder of the driver for the JSON Lines output; its Dateline files are replaced when the run is complete.")
        Path out;

        @Option(names = "--parquet", paramLabel = "URI",
                description = "Folder or Hadoop URI for the Parquet output, one folder per contract file (default: DIR/parquet).")
        String parquet;

        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master (default: the one spark-submit gives, else local[*]).")
        String master;

        @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + Analyzer.DEFAULT_MIN_EVENT_CONFIDENCE,
                description = "Keep only events of at least this confidence (default: ${DEFAULT-VALUE}), as `dateline analyze` does.")
        double minConfidence;

        @Option(names = "--min-quote-confidence", paramLabel = "X", defaultValue = "" + Analyzer.DEFAULT_MIN_QUOTE_CONFIDENCE,
                description = "Keep only quotes of at least this confidence (default: ${DEFAULT-VALUE}; 0 keeps every quote), as `dateline analyze` does.")
        double minQuoteConfidence;

        @Option(names = "--stories", paramLabel = "WHERE", defaultValue = "local",
                description = {"Where the stories are assigned: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                        "local: on the driver, over the whole corpus, as `dateline analyze` assigns them (its record).",
                        "blocks: by blocks of a week (an article's week with the week before) on the executors, joined on the driver; NOT `dateline analyze`'s record: each block counts its own word and name frequencies, so an article near the threshold can join another story or none (news-cluster-dev, 201 articles: BCubed F1 0.993 against the local stories, 11 articles moved, 74 stories for 72; docs/scale.md), and a copy of an article more than a week older is scored, not put in its original's story. Threads are linked from these stories on the driver, as ever."})
        SparkAnalyzeJob.StoryAssignment stories;

        @Option(names = "--thread-linking", paramLabel = "WHERE", defaultValue = "local",
                description = {"Where the stories are linked into threads (the running subjects above stories; not CPU threads): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                        "local: on the driver, over the whole corpus, as `dateline analyze` links them (its record).",
                        "blocks: by blocks of stories that share rare names and places (each story's keys and links on the executors, the blocks joined on the driver, at most 50,000 articles a block, each block's threads on the executors); NOT `dateline analyze`'s record where a block moves a story: each block counts its own word frequencies, stories that share only words are not compared, and the cap can split a thread. Measured (docs/scale.md): news-cluster-dev (203 articles) identical to the local threads at this cap (44 / 44, BCubed F1 1.000; thread level against the gold 0.922 both); news-cluster-dev with the Zyte pages (382) BCubed 0.993 against the local threads, 14 articles moved, gold 0.918 both. Works with either --stories."})
        SparkAnalyzeJob.ThreadLinking threadLinking;

        @Override
        public Integer call() {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            Thresholds least;
            try {
                least = new Thresholds(minConfidence, minQuoteConfidence);
            } catch (IllegalArgumentException e) {
                err.println("dateline: " + e.getMessage() + " (--min-confidence, --min-quote-confidence)");
                return 2;
            }
            JsonlOutput files;
            try {
                files = JsonlOutput.replacing(out, least.key());
            } catch (IOException e) {
                err.println("dateline: cannot use the output folder: " + e.getMessage() + "; nothing was analysed");
                return 2;
            }
            String parquetAt = parquet != null ? parquet : out.toAbsolutePath().resolve("parquet").toUri().toString();
            try (SparkSession spark = session(master)) {
                List<ResultSink> sinks = List.of(files, new ParquetOutput(spark, parquetAt));
                err.println("dateline: reading and analysing on Spark (" + spark.sparkContext().master() + ") ...");
                AnalyzeJob.Result result = new SparkAnalyzeJob(least, stories, threadLinking).run(spark, inputs, sinks,
                        new AnalyzeJob.Listener() {
                            @Override
                            public void problem(String message) {
                                err.println("warning: " + message);
                            }

                            @Override
                            public void linking(int articles) {
                                err.println("dateline: linking " + articles + " articles on the driver ...");
                            }
                        });
                AnalysisRun.Summary summary = result.summary();
                System.out.printf(Locale.ROOT, "analysed %d articles from %d pages in %.1f s: %d quotes, %d time"
                                + " expressions, %d events (%d skipped, %d failed, %d unreadable)%n", summary.articles(),
                        summary.pages(), summary.elapsed().toMillis() / 1000.0, result.quotes(), result.times(),
                        result.events(), summary.skipped(), summary.failed(), summary.unreadable());
                if (!result.wroteOutput()) {
                    System.out.println("no article found in the inputs; " + out + " was left as it was");
                    return 1;
                }
                System.out.printf(Locale.ROOT, "linked across articles: %d actors, %d stories in %d threads%n",
                        result.linked().actors().size(), result.linked().stories().size(),
                        result.linked().threads().size());
                System.out.println("wrote " + out.toAbsolutePath() + " and " + parquetAt);
                return summary.incomplete() ? 1 : 0;
            } catch (OutputException e) {
                err.println("dateline: " + e.getMessage() + "; the run was stopped");
                return 3;
            } catch (IOException e) {
                err.println("dateline: the output was written, but Spark did not stop cleanly: " + e.getMessage());
                return 3;
            } catch (RuntimeException e) {
                files.abandon();
                err.println("dateline: the job failed and " + out + " was left as it was: " + e);
                return 3;
            }
        }
    }

    /**
     * A session on {@code master}, or on the master {@code spark-submit} set, else on every local core; a local master
     * listens on the loopback address only.
     */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("dateline analyze");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.ui.enabled", "false");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
