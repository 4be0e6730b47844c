package org.dateline.server;

import org.dateline.store.lucene.LuceneLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who gets in: the token, the bind address, request sizes, and request paths that try to leave the served files. */
class AccessTest {
    private static final String TOKEN = "s3cret-token-for-the-test";

    @TempDir
    static Path work;

    private static ServedFixture fixture;
    private static DatelineServer guarded;
    private static DatelineServer open;
    private static DatelineServer publicRead;

    @BeforeAll
    static void start() throws IOException {
        fixture = ServedFixture.write(work);
        guarded = server(Optional.of(TOKEN), false);
        open = server(Optional.empty(), false);
        publicRead = server(Optional.of(TOKEN), true);
    }

    private static DatelineServer server(Optional<String> token, boolean publicReads) throws IOException {
        return DatelineServer.start(new ServerSettings(new LuceneLocation(fixture.store()), fixture.out(), ServerSettings.LOOPBACK, 0,
                token, publicReads), Models::facts);
    }

    @AfterAll
    static void stop() throws IOException {
        for (DatelineServer s : new DatelineServer[] {guarded, open, publicRead}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    void aWriteWithoutTheTokenIsRefusedWith401() {
        for (DatelineServer s : List.of(guarded, open, publicRead)) {
            HttpResponse<String> r = new Http(s.port()).post("/api/reload", "", null);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(Http.parse(r).get("error").asText()).isEqualTo("unauthorized");
        }
        assertThat(new Http(guarded.port()).post("/api/reload", "", "not-" + TOKEN).statusCode()).isEqualTo(401);
        assertThat(new Http(open.port()).post("/api/reload", "", TOKEN).statusCode())
                .as("a server without a token takes no write at all").isEqualTo(401);
    }

    @Test
    void aWriteWithTheTokenGoesThrough() {
        HttpResponse<String> r = new Http(guarded.port()).post("/api/reload", "", TOKEN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.parse(r).get("articles").asInt()).isEqualTo(3);
    }

    @Test
    void aReloadOfABrokenOutputFolderIsRefusedAndTheStateBeforeItIsStillServed() throws IOException {
        ServedFixture own = ServedFixture.write(Files.createDirectories(work.resolve("broken")));
        try (DatelineServer s = DatelineServer.start(new ServerSettings(new LuceneLocation(own.store()), own.out(), ServerSettings.LOOPBACK,
                0, Optional.of(TOKEN), false), Models::facts)) {
            Files.writeString(own.out().resolve("articles.jsonl"), "{\"id\": \"cut off", StandardOpenOption.APPEND);
            HttpResponse<String> r = new Http(s.port()).post("/api/reload", "", TOKEN);
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(Http.parse(r).get("error").asText()).isEqualTo("conflict");
            assertThat(Http.parse(r).get("message").asText()).contains("bad line 4 of articles.jsonl", "cut off")
                    .doesNotContain(own.out().toString());
            HttpResponse<String> article = new Http(s.port()).get("/api/articles/talks1", TOKEN);
            assertThat(article.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aReloadOfAnOutputFolderThatLostAFileNamesTheFile() throws IOException {
        ServedFixture own = ServedFixture.write(Files.createDirectories(work.resolve("lost")));
        try (DatelineServer s = DatelineServer.start(new ServerSettings(new LuceneLocation(own.store()), own.out(), ServerSettings.LOOPBACK,
                0, Optional.of(TOKEN), false), Models::facts)) {
            Files.delete(own.out().resolve("quotes.jsonl"));
            HttpResponse<String> r = new Http(s.port()).post("/api/reload", "", TOKEN);
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(Http.parse(r).get("message").asText()).contains("no quotes.jsonl in the output folder")
                    .doesNotContain(own.out().toString());
            assertThat(new Http(s.port()).get("/api/articles/talks1", TOKEN).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readsNeedTheTokenUnlessTheyArePublic() {
        Http http = new Http(guarded.port());
        assertThat(http.get("/api/search").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/articles/talks1").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/search", TOKEN).statusCode()).isEqualTo(200);
        assertThat(http.get("/").statusCode()).as("the viewer's files hold no data").isEqualTo(200);
        assertThat(http.get("/assets/app.js").statusCode()).isEqualTo(200);
        for (String path : List.of("//api/search", "/api//search", "/API/search", "/assets/x/../../api/search")) {
            assertThat(http.get(path).statusCode()).as(path).isIn(400, 401, 404);
            assertThat(http.get(path).body()).as(path).doesNotContain("\"hits\"");
        }
        assertThat(new Http(publicRead.port()).get("/api/search").statusCode()).isEqualTo(200);
        assertThat(new Http(open.port()).get("/api/search").statusCode()).isEqualTo(200);
    }

    @Test
    void bindingBeyondThisMachineNeedsAToken() {
        assertThatThrownBy(() -> new ServerSettings(new LuceneLocation(fixture.store()), fixture.out(), "0.0.0.0", 0, Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token-file");
        assertThat(new ServerSettings(new LuceneLocation(fixture.store()), fixture.out(), "0.0.0.0", 0, Optional.of(TOKEN), false).bind())
                .isEqualTo("0.0.0.0");
        assertThat(ServerSettings.isLoopback("localhost")).isTrue();
        assertThat(ServerSettings.isLoopback("::1")).isTrue();
    }

    @Test
    void aShortTokenFileIsRefused() throws IOException {
        Path file = Files.writeString(work.resolve("token"), "short\n");
        assertThatThrownBy(() -> ServerSettings.readToken(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
        assertThat(ServerSettings.readToken(Files.writeString(work.resolve("good"), "  " + TOKEN + "\n"))).isEqualTo(TOKEN);
    }

    @Test
    void pathsThatTryToLeaveTheServedFilesGet404() throws IOException {
        Files.writeString(work.resolve("secret.txt"), "not for the web");
        Http http = new Http(open.port());
        for (String path : List.of("/assets/../../secret.txt", "/assets/..%2f..%2fsecret.txt",
                "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/..%5c..%5csecret.txt", "/assets/index.html%00.js",
                "/assets/org/dateline/server/web/app.js", "/assets/..", "/api/articles/..%2f..%2fsecret.txt",
                "/api/articles/../../../etc/passwd", "/../../etc/passwd", "/assets/WebAssets.class")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isIn(404, 400);
            assertThat(r.body()).as(path).doesNotContain("not for the web").doesNotContain("root:");
        }
        assertThat(http.get("/assets/..%2f..%2fsecret.txt").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/articles/..%2f..%2fsecret.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestOverTheSizeLimitIsRefused() throws IOException {
        // the headers alone, declaring a body over the limit: a client still writing a body when the server refuses
        // it by its declared length may see the connection closed before the answer, so none is sent here
        try (Socket socket = new Socket("127.0.0.1", guarded.port())) {
            socket.getOutputStream().write(("POST /api/reload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Length: " + (DatelineServer.MAX_REQUEST_BYTES + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }
}
