package org.dateline.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.dateline.export.GdeltExporter;
import org.dateline.model.Event;
import org.dateline.pipeline.Analyzer;
import org.dateline.store.IndexMissingException;
import org.dateline.store.QuerySyntaxException;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.Store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code dateline serve}: the JSON API (docs/api.md, {@code /api/openapi.json}) and the web UI over what
 * {@code analyze} wrote, the store for search and the output folder for everything else.
 *
 * <p>Call order: {@link #start} once, then {@link #port()} and requests, {@link #close} once. Requests are served
 * on Jetty's threads; each answer reads one {@link ServedOutput}, and {@code POST /api/reload} swaps in a newly
 * read one (and lets the store see its last commit) without stopping readers. {@code POST /api/ingest} queues an
 * uploaded file as a batch ({@link Ingest}); when a batch is complete the same swap makes it what readers see.
 *
 * <p>Every response carries a strict Content-Security-Policy (scripts and styles from this server only, no inline
 * script, no framing), {@code nosniff} and no referrer. A request body over {@value #MAX_REQUEST_BYTES} bytes is
 * refused (by its declared length before anything runs, else as it is read), an upload to {@code /api/ingest} over
 * {@link ServerSettings#maxUpload()} likewise.
 */
public final class DatelineServer implements Closeable {
    /** The largest request body accepted, but for uploads to {@value #INGEST}. */
    public static final long MAX_REQUEST_BYTES = 1 << 20;
    /** The path uploads are posted to. */
    static final String INGEST = "/api/ingest";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ServerSettings settings;
    private final Store store;
    private final AtomicReference<ServedOutput> output;
    private final WebAssets assets = new WebAssets();
    private final Access access;
    private final Ingest ingest;
    private Javalin app;

    private DatelineServer(ServerSettings settings, Store store, ServedOutput output, Supplier<Analyzer> analyzers)
            throws IOException {
        this.settings = settings;
        this.store = store;
        this.output = new AtomicReference<>(output);
        this.access = new Access(settings.token(), settings.publicRead());
        this.ingest = new Ingest(settings.out(), settings.store(), analyzers, this::reload, settings.maxUpload());
    }

    /**
     * Opens the store and reads the output folder, then starts listening.
     *
     * @param analyzers makes the analyzer of uploaded batches (the one {@code analyze} uses: loading it loads the
     *                  language models); called by the first upload, never when none comes
     * @throws IndexMissingException when the store holds no index; its message names its location
     * @throws IOException           naming the file of the output folder that is missing or bad
     */
    public static DatelineServer start(ServerSettings settings, Supplier<Analyzer> analyzers) throws IOException {
        ServedOutput output = ServedOutput.read(settings.out());
        Store store = settings.store().openReadOnly();
        DatelineServer server = null;
        try {
            server = new DatelineServer(settings, store, output, analyzers);
            server.app = Javalin.create(server::configure).start(settings.bind(), settings.port());
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.ingest.close();
            }
            store.close();
            throw e;
        }
        return server;
    }

    /** The port the server listens on (the free one chosen when the settings gave 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String address() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() throws IOException {
        if (app != null) {
            app.stop();
        }
        ingest.close();
        store.close();
    }

    private void configure(io.javalin.config.JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jsonMapper(new JavalinJackson(ApiViews.JSON, false));
        RoutesConfig routes = config.routes;
        routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            access.check(ctx);
            if (ctx.contentLength() > MAX_REQUEST_BYTES && !ctx.path().equals(INGEST)) {
                throw new ApiException.TooLarge("the request body is over " + MAX_REQUEST_BYTES + " bytes");
            }
        });
        routes.get("/api/search", ctx -> ctx.json(ApiViews.search(store.search(SearchParameters.read(
                ctx.queryParamMap(), null)))));
        byId(routes, "/api/articles/{id}", "article", ServedOutput::articles, ApiViews::article);
        byId(routes, "/api/actors/{id}", "actor", ServedOutput::actors, ApiViews::actor);
        byId(routes, "/api/stories/{id}", "story", ServedOutput::stories, ApiViews::story);
        byId(routes, "/api/threads/{id}", "thread", ServedOutput::threads, ApiViews::thread);
        routes.get("/api/export/events.csv", this::exportCsv);
        routes.get("/api/export/events.gdelt.tsv", this::exportGdelt);
        routes.get("/api/openapi.json", ctx -> asset(ctx, "openapi.json"));
        routes.post("/api/reload", ctx -> ctx.json(reloadAsked()));
        routes.post(INGEST, ctx -> {
            Ingest.JobStatus job = ingest.submit(ctx.queryParam("name"), ctx.req().getContentLengthLong(),
                    ctx.req()::getInputStream);
            ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(job);
        });
        routes.get("/api/jobs", ctx -> ctx.json(Map.of("jobs", ingest.jobs())));
        routes.get("/api/jobs/{id}", ctx -> ctx.json(ingest.job(ctx.pathParam("id")).orElseThrow(() ->
                new ApiException.NotFound("no job '" + ctx.pathParam("id") + "' (jobs are kept for the last "
                        + Ingest.KEPT_JOBS + ")"))));
        routes.get("/", ctx -> asset(ctx, "index.html"));
        routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
        ErrorMapper.register(routes);
    }

    /** A GET of {@code path} answering the {@code view} of the record whose id its {@code {id}} names, else 404. */
    private <T> void byId(RoutesConfig routes, String path, String what, Function<ServedOutput, Map<String, T>> records,
                          BiFunction<ServedOutput, T, ObjectNode> view) {
        routes.get(path, ctx -> {
            ServedOutput out = output.get();
            ctx.json(view.apply(out, find(records.apply(out), ctx.pathParam("id"), what)));
        });
    }

    /**
     * Reads the output folder again and lets the store see its last commit (after a new {@code analyze} or an
     * ingested batch): readers are answered from the old state until both are ready, then from the new one. One
     * reload at a time.
     *
     * @return what is served now
     */
    synchronized ServedOutput.Counts reload() throws IOException {
        return publish(ServedOutput.read(settings.out()));
    }

    /** Lets the store see its last commit and makes {@code fresh} what readers get. */
    private synchronized ServedOutput.Counts publish(ServedOutput fresh) throws IOException {
        store.refresh();
        output.set(fresh);
        return fresh.counts();
    }

    /**
     * {@link #reload} as {@code POST /api/reload} asks for it: an output folder that cannot be read is refused with 409,
     * naming the file and line (the folder's path left out; stderr has it whole), and the state before stays served.
     */
    private synchronized ServedOutput.Counts reloadAsked() throws IOException {
        ServedOutput fresh;
        try {
            fresh = ServedOutput.read(settings.out());
        } catch (IOException e) {
            System.err.println("dateline serve: the reload failed, the state before it is still served: " + e.getMessage());
            String folder = settings.out().toString();
            throw new ApiException.Conflict("cannot reload the output folder, the state before is still served: "
                    + e.getMessage().replace(folder + File.separator, "").replace(folder, "the output folder"));
        }
        return publish(fresh);
    }

    /** Every event the query finds, as CSV ({@link EventCsv}), in the search's order. */
    private void exportCsv(Context ctx) throws IOException {
        Set<String> ids = eventIds(ctx);
        Map<String, Event> events = output.get().eventsById();
        Writer out = download(ctx, "text/csv; charset=utf-8", "events.csv");
        EventCsv.writeHeader(out);
        for (String id : ids) {
            Event e = events.get(id);
            if (e != null) {
                EventCsv.write(e, out);
            }
        }
        out.flush();
    }

    /** Every event the query finds, as the GDELT 2.0 event table {@code dateline export --format gdelt} writes. */
    private void exportGdelt(Context ctx) throws IOException {
        Set<String> ids = eventIds(ctx);
        Writer out = download(ctx, "text/tab-separated-values; charset=utf-8", "events.gdelt.tsv");
        new GdeltExporter().export(settings.out(), e -> ids.contains(e.id()), out,
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        out.flush();
    }

    /**
     * The ids of every event the request's search parameters find, page after page of the store's search: no row
     * cap. An event the output folder lacks (a store fed by another run) is left out by the exports.
     */
    private Set<String> eventIds(Context ctx) throws IOException {
        SearchQuery query = SearchParameters.read(ctx.queryParamMap(), SearchQuery.Scope.EVENTS);
        SearchQuery page = new SearchQuery(query.text(), query.speaker(), query.outlet(), query.from(), query.to(),
                SearchQuery.Scope.EVENTS, SearchParameters.MAX_PAGE_SIZE, query.eventType(), query.country(),
                query.story(), query.thread(), query.minConfidence(), null);
        Set<String> ids = new LinkedHashSet<>();
        SearchResult result = store.search(page);
        while (true) {
            result.hits().forEach(h -> ids.add(h.id()));
            if (result.nextCursor() == null) {
                return ids;
            }
            result = store.search(page.withCursor(result.nextCursor()));
        }
    }

    /** Sets the answer up as the download {@code file} of {@code type} and gives its body's writer. */
    private static Writer download(Context ctx, String type, String file) throws IOException {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    }

    private void asset(Context ctx, String name) {
        WebAssets.Asset a = assets.get(name);
        ctx.contentType(a.contentType());
        ctx.result(a.bytes());
    }

    private static <T> T find(Map<String, T> records, String id, String what) {
        T found = records.get(id);
        if (found == null) {
            throw new ApiException.NotFound("no " + what + " '" + id + "' in the served output");
        }
        return found;
    }

    /** Maps every failure of a request to the one JSON error body ({@link ApiViews#error}). */
    static final class ErrorMapper {
        private ErrorMapper() {
        }

        static void register(RoutesConfig routes) {
            routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
            routes.exception(QuerySyntaxException.class, (e, ctx) -> write(ctx, 400,
                    "cannot read the query '" + e.query() + "': " + e.problem()));
            routes.exception(IndexMissingException.class, (e, ctx) -> write(ctx, 404, "the store holds no article yet"));
            routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
            routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
            routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("dateline serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                write(ctx, 500, "the server failed on this request");
            });
        }

        private static void write(Context ctx, int status, String message) {
            ctx.status(status);
            ctx.json(ApiViews.error(status, message));
        }
    }
}
