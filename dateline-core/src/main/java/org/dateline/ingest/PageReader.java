package org.dateline.ingest;

import org.dateline.model.RawPage;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads one kind of input file (plain text, JSONL, HTML, WARC, RSS/Atom) into {@link RawPage}s.
 * {@link Inputs} asks each registered reader in turn and gives the file to the first that accepts it.
 * Implementations are stateless and thread-safe.
 */
public interface PageReader {
    /**
     * Whether this reader handles the file, judged by its name AND its first bytes.
     *
     * @param fileName the file's name, without folders
     * @param head     up to {@link InputFile#HEAD_BYTES} first bytes of the file (never empty: empty files
     *                 are rejected before readers are asked)
     */
    boolean accepts(String fileName, byte[] head);

    /**
     * Reads {@code input} and hands every page to {@code pages}. Content that cannot be used is reported to
     * {@code problems} with a message naming the file (and line, where there is one); reading goes on
     * where it can.
     *
     * @throws IOException when the file cannot be read at all; the caller reports it as a problem
     */
    void read(InputFile input, Consumer<RawPage> pages, Consumer<String> problems) throws IOException;
}
