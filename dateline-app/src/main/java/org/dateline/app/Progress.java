package org.dateline.app;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a long run is, on stderr: on a terminal a bar redrawn in place; otherwise (a log file, a pipe) one line
 * every {@code period}, so that a log holds readable lines rather than one line of carriage returns.
 */
final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar;
    private final long periodNanos;
    private final LongSupplier clock;
    private final long started;
    private long lastLine;
    private long done;

    private Progress(PrintWriter err, ProgressBar bar, Duration period, LongSupplier clock) {
        this.err = err;
        this.bar = bar;
        this.periodNanos = period.toNanos();
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastLine = started;
    }

    /** A bar on a terminal (when the JVM has a console), else a line every 30 s. */
    static Progress of(PrintWriter err) {
        return System.console() != null ? bar(err) : lines(err, Duration.ofSeconds(30), System::nanoTime);
    }

    static Progress bar(PrintWriter err) {
        return new Progress(err, new ProgressBarBuilder().setTaskName("analyze").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build(), Duration.ZERO, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    static Progress lines(PrintWriter err, Duration period, LongSupplier clock) {
        return new Progress(err, null, period, clock);
    }

    /** One more article done; {@code note} says what it gave. */
    void step(String note) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + note);
            return;
        }
        long now = clock.getAsLong();
        if (now - lastLine >= periodNanos) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            err.printf(Locale.ROOT, "analyze: %d articles in %d:%02d (%.1f articles/s); last: %s%n", done,
                    (long) seconds / 60, (long) seconds % 60, seconds > 0 ? done / seconds : 0.0, note);
            err.flush();
        }
    }

    /** What starts a warning line: a line break when a bar is drawn on the current line. */
    String lineStart() {
        return bar != null ? "\n" : "";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
