package org.dateline.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web UI's files, served from the jar ({@code org/dateline/server/web/}) by a fixed list of names: a request
 * names an entry of that list or gets 404, so no request path is ever resolved against a file system. Each file
 * is read once, when the server starts.
 */
final class WebAssets {
    /** Name → content type. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("index.html", "text/html; charset=utf-8"),
            Map.entry("openapi.json", "application/json; charset=utf-8"),
            Map.entry("style.css", "text/css; charset=utf-8"),
            Map.entry("favicon.svg", "image/svg+xml"),
            Map.entry("app.js", "text/javascript; charset=utf-8"),
            Map.entry("api.js", "text/javascript; charset=utf-8"),
            Map.entry("dom.js", "text/javascript; charset=utf-8"),
            Map.entry("search.js", "text/javascript; charset=utf-8"),
            Map.entry("article.js", "text/javascript; charset=utf-8"),
            Map.entry("actor.js", "text/javascript; charset=utf-8"),
            Map.entry("story.js", "text/javascript; charset=utf-8"),
            Map.entry("thread.js", "text/javascript; charset=utf-8"),
            Map.entry("ingest.js", "text/javascript; charset=utf-8"),
            Map.entry("network.js", "text/javascript; charset=utf-8"));

    /** One file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> assets;

    WebAssets() {
        Map<String, Asset> loaded = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> loaded.put(name, new Asset(read(name), type)));
        assets = Map.copyOf(loaded);
    }

    /** The file named {@code name} (a bare name of the list, no folder). */
    Asset get(String name) {
        Asset a = assets.get(name);
        if (a == null) {
            throw new ApiException.NotFound("no file '" + name + "'");
        }
        return a;
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the web UI file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web UI file " + name, e);
        }
    }
}
