package org.dateline.pipeline;

import org.dateline.nlp.Annotator;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What made a run's analyses: the build of the code that analyses and the settings that change what an analysis
 * holds. A run reuses the analyses an interrupted run journaled only when the two keys are equal ({@link
 * JsonlOutput#resumed}).
 *
 * @param build              a SHA-256 of dateline-core's and dateline-nlp's classes (each a jar's bytes, or a classes
 *                           folder's {@code .class} files)
 * @param minEventConfidence events below it are left out ({@link Analyzer#withMinEventConfidence})
 * @param minQuoteConfidence quotes below it are left out ({@link Analyzer#withMinQuoteConfidence})
 */
public record AnalysisKey(String build, double minEventConfidence, double minQuoteConfidence) {
    /** The key of this process's build with these thresholds. */
    public static AnalysisKey of(double minEventConfidence, double minQuoteConfidence) {
        return new AnalysisKey(Build.HASH, minEventConfidence, minQuoteConfidence);
    }

    /** Computed once per process, when a key is first made. */
    private static final class Build {
        static final String HASH = thisBuild();
    }

    /** The hash of the code that analyses; a new random value (so no journal matches it) when it cannot be read. */
    private static String thisBuild() {
        try {
            return hash(List.of(codeSource(Analyzer.class), codeSource(Annotator.class)));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + UUID.randomUUID();
        }
    }

    /** The SHA-256 of {@code sources}: each jar's bytes, or each classes folder's {@code .class} files in a sorted walk. */
    static String hash(List<Path> sources) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
        for (Path source : sources.stream().distinct().toList()) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        digest.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(Files.readAllBytes(source));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("no code source for " + type);
        }
        return Path.of(source.getLocation().toURI());
    }
}
