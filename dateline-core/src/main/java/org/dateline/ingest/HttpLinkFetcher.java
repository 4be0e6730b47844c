package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/** A {@link LinkFetcher} over {@code java.net.http}: follows redirects, 10 s to connect, 30 s per page. */
public final class HttpLinkFetcher implements LinkFetcher {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Override
    public Fetched fetch(URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("User-Agent", "dateline/0.1 (news analysis; feed item fetch)")
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = in.readNBytes(HtmlPages.MAX_HTML_BYTES + 1);
            boolean cut = bytes.length > HtmlPages.MAX_HTML_BYTES;
            return new Fetched(response.uri().toString(), response.headers().firstValue("Content-Type").orElse(null),
                    cut ? Arrays.copyOf(bytes, HtmlPages.MAX_HTML_BYTES) : bytes, cut);
        }
    }
}
