package org.dateline.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model loaded on a thread of its own while the caller loads others, so that the models of one annotator load side
 * by side on a machine's cores instead of one after another. The model is the one {@code load} returns, whichever
 * thread runs it.
 */
final class Loading<T> {
    private final CompletableFuture<T> model;

    private Loading(CompletableFuture<T> model) {
        this.model = model;
    }

    /** Starts {@code load} on a new daemon thread named after {@code what}. */
    static <T> Loading<T> start(String what, Supplier<T> load) {
        return new Loading<>(CompletableFuture.supplyAsync(load, task -> {
            Thread thread = new Thread(task, "dateline loading " + what);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** The loaded model, waiting for it; what the loading threw is thrown here. */
    T get() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
