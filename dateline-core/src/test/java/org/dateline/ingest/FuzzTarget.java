package org.dateline.ingest;

import org.dateline.extract.ArticleExtractor;
import org.dateline.model.Article;
import org.dateline.model.RawPage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One input through the path of {@code dateline extract}: {@link Inputs#read} then {@link ArticleExtractor#extract}
 * on every page, under a time limit. It fails when anything is thrown (an exception, a stack overflow, an
 * {@link OutOfMemoryError}), when the time limit passes, or when a problem shows that a runtime exception
 * reached {@link Inputs}' last-resort catch (its message then names the exception's class), or the file was given up
 * after some of its pages had been read: bad input must become a warning or a problem in words, and cost only
 * what it touches.
 */
final class FuzzTarget implements AutoCloseable {
    /** The longest one input may take. */
    static final Duration PER_INPUT = Duration.ofSeconds(20);
    /** A problem carrying an exception's class name: what {@link Inputs} reports for a runtime exception it caught. */
    private static final Pattern CAUGHT_EXCEPTION = Pattern.compile(
            ": cannot be read: (?:java|javax|jdk|sun|org|com)\\.[\\w.$]*(?:Exception|Error)\\b");

    /**
     * What reading and extracting one input gave: the problems reported, the articles extracted, and the problem
     * with which {@link Inputs} gave the file up after pages of it had been read (a reader that threw halfway
     * through, losing the rest of the file), if any.
     */
    record Outcome(List<String> problems, List<Article> articles, Optional<String> gaveUp) {
        /** Every problem and every article warning. */
        List<String> messages() {
            List<String> all = new ArrayList<>(problems);
            articles.forEach(a -> all.addAll(a.warnings()));
            return all;
        }
    }

    /**
     * An input that broke the path.
     *
     * @param kind      {@code exception}, {@code hang}, {@code caught exception} or {@code gave up}
     * @param signature where it broke (exception class and first Dateline frame), to tell distinct bugs apart
     * @param detail    the stack trace or problem, for the report
     */
    record Failure(String kind, String signature, String detail) {
    }

    /** The outcome of one run: exactly one of the two is set. */
    record Result(Outcome outcome, Failure failure) {
    }

    private final ArticleExtractor extractor = new ArticleExtractor();
    private ExecutorService worker;
    private volatile Thread workerThread;

    FuzzTarget() {
        worker = newWorker();
    }

    /** Reads and extracts {@code file}; a failure is returned, never thrown. */
    Result run(Path file) {
        Future<Outcome> future = worker.submit(() -> readAndExtract(file));
        try {
            Outcome outcome = future.get(PER_INPUT.toSeconds(), TimeUnit.SECONDS);
            return outcome.problems().stream().filter(p -> CAUGHT_EXCEPTION.matcher(p).find()).findFirst()
                    .map(p -> new Result(null, new Failure("caught exception", caughtClass(p), p)))
                    .or(() -> outcome.gaveUp().map(p -> new Result(null, new Failure("gave up", "gave up: "
                            + p.substring(p.indexOf(": cannot be read: ") + 2).replaceAll("\\d+", "N"), p))))
                    .orElseGet(() -> new Result(outcome, null));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Result(null, new Failure("exception", signature(cause.getClass().getName(), cause.getStackTrace()), trace(cause)));
        } catch (TimeoutException e) {
            StackTraceElement[] stack = workerThread.getStackTrace();
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Result(null, new Failure("hang", signature("over " + PER_INPUT.toSeconds() + " s", stack),
                    Arrays.stream(stack).limit(30).map(f -> "\tat " + f).collect(Collectors.joining("\n"))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + file, e);
        }
    }

    private Outcome readAndExtract(Path file) {
        List<String> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<String> gaveUp = new ArrayList<>();
        Inputs.read(List.of(file), (RawPage page) -> articles.add(extractor.extract(page)), problem -> {
            problems.add(problem);
            if (!articles.isEmpty() && problem.startsWith(file + ": cannot be read: ")) {
                gaveUp.add(problem);
            }
        });
        return new Outcome(List.copyOf(problems), List.copyOf(articles), gaveUp.stream().findFirst());
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "dateline-fuzz");
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    /** What went wrong and the first Dateline frame it happened under. */
    private static String signature(String what, StackTraceElement[] stack) {
        String where = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("org.dateline.")
                        && !f.getClassName().startsWith(FuzzTarget.class.getName()))
                .findFirst().map(StackTraceElement::toString).orElse("?");
        return what + " at " + where;
    }

    /** The exception class named by a problem from {@link Inputs}' last-resort catch. */
    private static String caughtClass(String problem) {
        java.util.regex.Matcher m = CAUGHT_EXCEPTION.matcher(problem);
        return m.find() ? m.group().substring(": cannot be read: ".length()) : problem;
    }

    private static String trace(Throwable t) {
        return t + "\n" + Arrays.stream(t.getStackTrace()).limit(30).map(f -> "\tat " + f).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
