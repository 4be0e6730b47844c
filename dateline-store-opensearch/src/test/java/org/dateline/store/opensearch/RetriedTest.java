package org.dateline.store.opensearch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetriedTest {

    private final Retried retried = new Retried("searching http://node:9200/test", 4, 0);

    @Test
    void anAnswerAfterIncompleteOnesIsReturned() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        String answer = retried.call(() -> {
            if (asked.incrementAndGet() < 3) {
                throw new Retried.Incomplete("1 of 2 shards did not answer");
            }
            return "hits";
        });
        assertEquals("hits", answer);
        assertEquals(3, asked.get());
    }

    @Test
    void givingUpNamesWhatWasDoneAndTheLastReason() {
        AtomicInteger asked = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> retried.call(() -> {
            throw new Retried.Incomplete("the cluster answered " + (500 + asked.incrementAndGet()));
        }));
        assertEquals(4, asked.get());
        assertEquals("searching http://node:9200/test: the cluster answered 504 (asked 4 times)", e.getMessage());
    }

    @Test
    void aRefusalIsNotAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> retried.call(() -> {
            asked.incrementAndGet();
            throw new IOException("searching: no such index");
        }));
        assertEquals(1, asked.get());
        assertTrue(e.getMessage().contains("no such index"));
    }

    @Test
    void anInterruptedWaitStopsWithTheFlagKept() {
        Retried patient = new Retried("searching", 4, 10_000);
        Thread.currentThread().interrupt();
        IOException e = assertThrows(IOException.class, () -> patient.call(() -> {
            throw new Retried.Incomplete("shards");
        }));
        assertTrue(Thread.interrupted(), "the interrupt flag is kept for the caller");
        assertEquals("searching: interrupted", e.getMessage());
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Retried("searching", 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Retried("searching", 2, -1));
    }
}
