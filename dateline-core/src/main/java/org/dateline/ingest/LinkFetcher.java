package org.dateline.ingest;

import java.io.IOException;
import java.net.URI;

/**
 * Downloads the page a feed item only links to. Reading never goes to the network by itself: a fetcher is
 * given only when the user asks for it ({@code --fetch}); without one such items are reported as not fetched.
 * Implementations are thread-safe.
 */
public interface LinkFetcher {
    /**
     * A downloaded page.
     *
     * @param url         where the page was finally found (after redirects)
     * @param contentType the {@code Content-Type} header, or null
     * @param body        the body, at most {@link HtmlPages#MAX_HTML_BYTES} bytes
     * @param cut         whether the body was longer and was cut
     */
    record Fetched(String url, String contentType, byte[] body, boolean cut) {
    }

    /**
     * Downloads {@code url}.
     *
     * @throws IOException when there is no 2xx answer (the message says what happened instead)
     */
    Fetched fetch(URI url) throws IOException;
}
