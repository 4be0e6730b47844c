package org.dateline.store.opensearch;

import java.io.IOException;

/**
 * A request asked again while its answer is incomplete for a passing reason (a shard without a copy, a node that
 * left mid-query), with a growing pause between tries; a refusal ({@link IOException}) ends it at once.
 *
 * @param what    what is being done, the start of every error message ("searching http://host:9200/dateline")
 * @param tries   how many times at most the request is asked (at least 1)
 * @param pauseMs the pause after the first failed try; the n-th waits n times it
 */
record Retried(String what, int tries, long pauseMs) {

    Retried {
        if (tries < 1 || pauseMs < 0) {
            throw new IllegalArgumentException("tries must be at least 1 and the pause not negative");
        }
    }

    /** One try of the request. */
    @FunctionalInterface
    interface Attempt<T> {
        T call() throws Incomplete, IOException;
    }

    /** The answer of one try could not be used but another try may succeed. */
    static final class Incomplete extends Exception {
        Incomplete(String why) {
            super(why);
        }
    }

    /** The first complete answer; an IOException naming {@code what} and the last reason when none came. */
    <T> T call(Attempt<T> attempt) throws IOException {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.call();
            } catch (Incomplete e) {
                if (tried == tries) {
                    throw new IOException(what + ": " + e.getMessage() + " (asked " + tries + " times)");
                }
            }
            try {
                Thread.sleep(pauseMs * tried);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(what + ": interrupted", e);
            }
        }
    }
}
