package org.dateline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.IsoDay;
import org.dateline.model.SourceMeta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code NAME.meta.json} sidecars: metadata that travels next to an input file. A sidecar for {@code a.txt}
 * is {@code a.txt.meta.json} or {@code a.meta.json}; sidecars are never inputs themselves.
 */
final class Sidecars {
    static final String SUFFIX = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecars() {
    }

    static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The sidecar that belongs to {@code file}, if one exists. */
    static Optional<Path> find(Path file) {
        return names(file.getFileName().toString()).stream().map(file::resolveSibling).filter(Files::isRegularFile)
                .findFirst();
    }

    /** The names a sidecar of a file named {@code name} may have, in the order they are looked for. */
    static List<String> names(String name) {
        List<String> candidates = new ArrayList<>();
        candidates.add(name + SUFFIX);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            candidates.add(name.substring(0, dot) + SUFFIX);
        }
        return candidates;
    }

    /**
     * Reads the sidecar of {@code file}; a malformed sidecar gives a warning naming it and no metadata,
     * so the file itself is still read. A published date after tomorrow (UTC) is dropped with a warning.
     */
    static InputFile attach(Path file) {
        Optional<Path> sidecar = find(file);
        if (sidecar.isEmpty()) {
            return new InputFile(file, SourceMeta.NONE, List.of());
        }
        try {
            SourceMeta meta = parse(JSON.readTree(sidecar.get().toFile()), sidecar.get());
            LocalDate published = IsoDay.of(meta.published());
            if (published != null && published.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
                // no article is published after it is read: a typo or a placeholder (9999-12-31) would date its facts wrongly
                return new InputFile(file, new SourceMeta(meta.url(), meta.outlet(), null, meta.fetched(), meta.title(), meta.origin()),
                        List.of("ignored published date '" + meta.published() + "' of sidecar " + sidecar.get() + ": it lies in the future"));
            }
            return new InputFile(file, meta, List.of());
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new InputFile(file, SourceMeta.NONE, List.of("ignored malformed sidecar " + sidecar.get() + ": " + why));
        }
    }

    private static SourceMeta parse(JsonNode node, Path sidecar) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return metaOf(node, sidecar.toString(), SourceMeta.Origin.SIDECAR);
    }

    /**
     * The metadata fields ({@code url}, {@code outlet}, {@code published}, {@code fetched}, {@code title})
     * of a JSON object; absent, null or blank fields are null.
     *
     * @throws IllegalArgumentException when a field is present but not a string, naming {@code where}
     */
    static SourceMeta metaOf(JsonNode node, String where, SourceMeta.Origin origin) {
        return new SourceMeta(field(node, "url", where), field(node, "outlet", where),
                field(node, "published", where), field(node, "fetched", where), field(node, "title", where), origin);
    }

    private static String field(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' in " + where + " is not a string: " + value);
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
