package org.dateline.ingest;

import org.dateline.model.SourceMeta;

import java.nio.file.Path;
import java.util.List;

/**
 * A file found under an input root, with the metadata of its sidecar (if any).
 *
 * @param path     the file, as reached from the root the user gave (used as the page's source)
 * @param meta     metadata from the {@code NAME.meta.json} sidecar, or {@link SourceMeta#NONE}
 * @param warnings what was odd about the sidecar (malformed, ...), to be attached to every page read
 */
public record InputFile(Path path, SourceMeta meta, List<String> warnings) {
    /** How many first bytes readers see when deciding whether they accept a file. */
    public static final int HEAD_BYTES = 4096;
    /**
     * The most bytes of a single text document that are read (5 MiB); the rest is dropped with a warning.
     * News articles are a few kilobytes: anything larger is a dump or a mistake, and reading it whole would
     * only stall the annotator.
     */
    public static final int MAX_TEXT_BYTES = 5 * 1024 * 1024;

    public InputFile {
        warnings = List.copyOf(warnings);
    }

    /** The file's name, without folders. */
    public String name() {
        return path.getFileName().toString();
    }
}
