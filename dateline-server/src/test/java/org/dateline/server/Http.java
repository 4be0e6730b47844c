package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Requests to a test server over the loopback, as any client sends them. */
record Http(int port) {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    /** GET {@code path} (sent as written: {@code ..} and escapes are not resolved here), with the token if not null. */
    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> get(String path) {
        return get(path, null);
    }

    /** POST {@code body} to {@code path}, with the token if not null. */
    HttpResponse<String> post(String path, String body, String token) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), token);
    }

    HttpResponse<String> post(String path, byte[] body, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The JSON body of a GET with the token that must answer 200. */
    JsonNode json(String path, String token) {
        HttpResponse<String> r = get(path, token);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r);
    }

    /** The JSON body of a GET that must answer 200. */
    JsonNode json(String path) {
        return json(path, null);
    }

    static JsonNode parse(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
