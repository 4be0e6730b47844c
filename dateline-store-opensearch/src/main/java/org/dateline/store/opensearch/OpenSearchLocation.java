package org.dateline.store.opensearch;

import org.dateline.store.StoreLocation;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where an {@link OpenSearchStore} lives: {@code opensearch://HOST:PORT/PREFIX}, with optional
 * {@code ?shards=N&replicas=N} for the indices it creates. The store keeps articles, quotes and events in the indices
 * {@code PREFIX-articles}, {@code PREFIX-quotes} and {@code PREFIX-events}.
 *
 * <p>Credentials and TLS come from the environment, never from the address (which is printed and kept in shell
 * history): {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} for basic authentication,
 * {@value #TLS_VARIABLE}{@code =true} for HTTPS (the JVM's trust store decides which certificates are trusted).
 *
 * @param host     the node's host name or address
 * @param port     its HTTP port (9200 when the address gives none)
 * @param prefix   the start of the index names
 * @param shards   primary shards of each index the store creates (an existing index keeps its own)
 * @param replicas replicas of each shard of an index the store creates
 * @param tls      whether to talk HTTPS
 * @param user     the basic-authentication user, or null for none
 * @param password the user's password, or null
 */
public record OpenSearchLocation(String host, int port, String prefix, int shards, int replicas, boolean tls,
                                 String user, String password) implements StoreLocation {
    public static final String SCHEME = "opensearch";
    public static final String USER_VARIABLE = "DATELINE_OPENSEARCH_USER";
    public static final String PASSWORD_VARIABLE = "DATELINE_OPENSEARCH_PASSWORD";
    public static final String TLS_VARIABLE = "DATELINE_OPENSEARCH_TLS";
    private static final int DEFAULT_PORT = 9200;
    /** What OpenSearch accepts at the start of an index name, kept to lower-case letters, digits, - and _. */
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");

    public OpenSearchLocation {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("index prefix \"" + prefix + "\" must be lower-case letters, digits,"
                    + " - and _, starting with a letter or digit");
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("an index needs at least 1 shard and 0 or more replicas, not "
                    + shards + " and " + replicas);
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("give both " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                    + ", or neither");
        }
    }

    /** Whether {@code text} names an OpenSearch store (starts with {@code opensearch://}) rather than a folder. */
    public static boolean names(String text) {
        return text.startsWith(SCHEME + "://");
    }

    /**
     * Reads {@code opensearch://HOST:PORT/PREFIX[?shards=N&replicas=N]}, with credentials and TLS from {@code env}
     * (the process's environment, in use).
     *
     * @throws IllegalArgumentException saying what is wrong with the address
     */
    public static OpenSearchLocation parse(String text, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read the store address \"" + text + "\": " + e.getReason());
        }
        if (!SCHEME.equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("the store address \"" + text + "\" must read opensearch://HOST:PORT/PREFIX");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("put no credentials in the store address; set " + USER_VARIABLE
                    + " and " + PASSWORD_VARIABLE + " instead");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the store address \"" + text + "\" has no index prefix:"
                    + " opensearch://HOST:PORT/PREFIX");
        }
        int shards = 1;
        int replicas = 0;
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                int value = kv.length == 2 && kv[1].matches("\\d{1,3}") ? Integer.parseInt(kv[1]) : -1;
                switch (kv[0]) {
                    case "shards" -> shards = value;
                    case "replicas" -> replicas = value;
                    default -> throw new IllegalArgumentException("the store address takes shards=N and replicas=N,"
                            + " not \"" + pair + "\"");
                }
            }
        }
        return new OpenSearchLocation(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, shards,
                replicas, "true".equalsIgnoreCase(env.getOrDefault(TLS_VARIABLE, "")), env.get(USER_VARIABLE),
                env.get(PASSWORD_VARIABLE));
    }

    /** {@link OpenSearchStore#open}. */
    @Override
    public OpenSearchStore open() throws IOException {
        return OpenSearchStore.open(this);
    }

    /** {@link OpenSearchStore#openReadOnly}. */
    @Override
    public OpenSearchStore openReadOnly() throws IOException {
        return OpenSearchStore.openReadOnly(this);
    }

    /** The name of the index of one kind of document ({@code articles}, {@code quotes}, {@code events}). */
    String index(String kind) {
        return prefix + "-" + kind;
    }

    /** The address as a user writes it, without credentials. */
    @Override
    public String toString() {
        return SCHEME + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + prefix;
    }
}
