package org.dateline.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.dateline.ingest.Inputs;
import org.dateline.model.RawPage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The inputs of a Spark run: local paths (read as {@code analyze} reads them) and Hadoop file system URIs
 * ({@code hdfs://}, {@code s3a://}, {@code file:}, ...). The driver lists them ({@link #files}); each executor reads
 * one file at a time ({@link #read}), a URI's file copied with its sidecar to a local temporary folder first, and
 * every source and message naming the URI, never the copy.
 */
final class SparkInputs {
    /** A URI scheme of two letters or more: one letter is a Windows drive. */
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private SparkInputs() {
    }

    static boolean isUri(String input) {
        return URI_SCHEME.matcher(input).find();
    }

    /**
     * The files under {@code inputs} in the order {@code analyze} reads them: each input in the order given, the files
     * under a folder sorted by path, hidden files and sidecars left out, each file once. Inputs that do not exist or
     * cannot be listed are reported to {@code problems}.
     */
    static List<String> files(List<String> inputs, Configuration conf, Consumer<String> problems) {
        Set<String> files = new LinkedHashSet<>();
        for (String input : inputs) {
            if (!isUri(input)) {
                Inputs.files(List.of(Path.of(input)), problems).forEach(p -> files.add(p.toString()));
                continue;
            }
            try {
                files.addAll(listed(new org.apache.hadoop.fs.Path(input), conf));
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(input + ": cannot be listed: " + e.getMessage());
            }
        }
        return List.copyOf(files);
    }

    private static List<String> listed(org.apache.hadoop.fs.Path root, Configuration conf) throws IOException {
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) {
            throw new IOException("no such file or folder");
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(root, true);
        String top = fs.makeQualified(root).toString();
        while (all.hasNext()) {
            org.apache.hadoop.fs.Path file = all.next().getPath();
            String below = file.toString().substring(Math.min(top.length(), file.toString().length()));
            if (below.isEmpty() || Stream.of(below.split("/")).filter(s -> !s.isEmpty()).allMatch(Inputs::isInputName)) {
                found.add(file.toString());
            }
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /**
     * Reads the pages of one file, as {@link Inputs#read} does; a URI's file is read from a local copy, and the pages'
     * sources and the problems name the URI.
     */
    static void read(String file, Consumer<RawPage> pages, Consumer<String> problems) {
        if (!isUri(file)) {
            Inputs.read(List.of(Path.of(file)), pages, problems);
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dateline-input");
            Path local = copy(file, dir);
            String copy = local.toString();
            Inputs.read(List.of(local), page -> pages.accept(new RawPage(renamed(page.source(), copy, file),
                    page.format(), page.content(), page.meta(), page.warnings().stream()
                    .map(w -> w.replace(copy, file)).toList())), problem -> problems.accept(problem.replace(copy, file)));
        } catch (IOException | IllegalArgumentException e) {
            problems.accept(file + ": cannot be read: " + e.getMessage());
        } finally {
            if (dir != null) {
                FileUtil.fullyDelete(dir.toFile());
            }
        }
    }

    /** Copies {@code file} and its sidecar, if it has one, into {@code dir}; returns the copy of {@code file}. */
    private static Path copy(String file, Path dir) throws IOException {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(URI.create(file));
        FileSystem fs = source.getFileSystem(new Configuration());
        Path local = dir.resolve(source.getName());
        fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(local.toUri()), true);
        for (String name : Inputs.sidecarNames(source.getName())) {
            org.apache.hadoop.fs.Path sidecar = new org.apache.hadoop.fs.Path(source.getParent(), name);
            if (fs.exists(sidecar)) {
                fs.copyToLocalFile(false, sidecar, new org.apache.hadoop.fs.Path(dir.resolve(name).toUri()), true);
            }
        }
        return local;
    }

    /** {@code source} (the copy's path, or the path and a {@code #} position in it) naming {@code file} instead. */
    private static String renamed(String source, String copy, String file) {
        return source.startsWith(copy) ? file + source.substring(copy.length()) : source;
    }
}
