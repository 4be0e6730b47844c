package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files directly in a folder, by name, with their text: what tests compare to say an output stayed as it was. */
public final class FolderSnapshot {
    private FolderSnapshot() {
    }

    public static Map<String, String> of(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                all.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
