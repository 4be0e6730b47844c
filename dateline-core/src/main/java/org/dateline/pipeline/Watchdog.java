package org.dateline.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The last resort against a page that holds a worker too long (the tokenizer is guarded against the inputs known to
 * do that; this is for those not yet known). A {@link Watch} started by a worker for one page interrupts the worker
 * when the page has taken the budget (CoreNLP's annotators stop at an interrupt), and when the page is still not done
 * at twice the budget it gives the page up: the run's {@code onAbandon} goes on without it, and the worker's own end
 * of the page is ignored ({@link Watch#finish} returns false).
 */
final class Watchdog implements AutoCloseable {
    private final Duration budget;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "dateline-watchdog");
        t.setDaemon(true);
        return t;
    });

    Watchdog(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the per-article time budget must be positive, got " + budget);
        }
        this.budget = budget;
    }

    Duration budget() {
        return budget;
    }

    /** Watches the calling thread's work on one page; {@code onAbandon} runs on the watchdog's thread. */
    Watch start(Runnable onAbandon) {
        return new Watch(Thread.currentThread(), onAbandon);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One page's watch. */
    final class Watch {
        private final Thread worker;
        private final Runnable onAbandon;
        private final ScheduledFuture<?> interrupt;
        private final ScheduledFuture<?> abandon;
        private boolean finished;
        private boolean interrupted;
        private boolean abandoned;

        private Watch(Thread worker, Runnable onAbandon) {
            this.worker = worker;
            this.onAbandon = onAbandon;
            long nanos = budget.toNanos();
            this.interrupt = timer.schedule(this::interrupt, nanos, TimeUnit.NANOSECONDS);
            this.abandon = timer.schedule(this::abandon, 2 * nanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void interrupt() {
            if (!finished) {
                interrupted = true;
                worker.interrupt();
            }
        }

        private void abandon() {
            synchronized (this) {
                if (finished) {
                    return;
                }
                abandoned = true;
            }
            onAbandon.run();
        }

        /** Whether the budget ran out while the page was being worked on. */
        synchronized boolean overBudget() {
            return interrupted;
        }

        /**
         * Ends the watch, clearing an interrupt meant for this page; false when the page was given up already, so the
         * worker must not report it again.
         */
        boolean finish() {
            boolean mine;
            synchronized (this) {
                finished = true;
                mine = !abandoned;
            }
            interrupt.cancel(false);
            abandon.cancel(false);
            Thread.interrupted();
            return mine;
        }
    }
}
