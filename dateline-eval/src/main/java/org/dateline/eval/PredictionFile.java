package org.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/** Writes a system's predictions as JSON Lines, the input format of the reference scorers. */
final class PredictionFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PredictionFile() {
    }

    /** One line per object (records and maps serialise by Jackson's defaults); creates parent folders. */
    static void write(Path out, Stream<?> lines) {
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                Iterator<?> it = lines.iterator();
                while (it.hasNext()) {
                    w.write(JSON.writeValueAsString(it.next()));
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write predictions to " + out, e);
        }
    }
}
