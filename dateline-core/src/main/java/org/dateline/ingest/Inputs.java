package org.dateline.ingest;

import org.dateline.model.RawPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Entry point of ingestion: walks the input roots and hands every file to the first {@link PageReader}
 * that accepts it, judged by the file's name and first bytes; a gzip-compressed file (by its magic bytes) is
 * judged by its decompressed first bytes and its name without {@code .gz}. Files are visited in a deterministic order (each root in the order given, the files
 * under a folder sorted by path). Sidecars ({@code *.meta.json}) and hidden files (names starting with a
 * dot) are never inputs.
 */
public final class Inputs {
    /** How many pages of one file may wait, read, for the caller. */
    static final int READ_AHEAD_PAGES = 32;
    private static final Object END_OF_FILE = new Object();

    /** The readers asked, in order, with a feed reader that goes to the network only when given a fetcher. */
    static List<PageReader> readers(Optional<LinkFetcher> fetcher) {
        return List.of(new WarcFileReader(), fetcher.map(FeedReader::new).orElseGet(FeedReader::new), new HtmlFileReader(),
                new JsonlReader(), new TextFileReader());
    }

    private Inputs() {
    }

    /**
     * Reads every input under {@code roots} (files, folders walked recursively) and hands each page to
     * {@code pages}. An input that cannot be read at all is reported to {@code problems} with a message
     * naming it, and reading goes on with the next one. Never throws for bad content.
     */
    public static void read(List<Path> roots, Consumer<RawPage> pages, Consumer<String> problems) {
        read(roots, Optional.empty(), pages, problems);
    }

    /**
     * Like {@link #read(List, Consumer, Consumer)}, and feed items that only link to their article are
     * downloaded with {@code fetcher} when one is given (else they are reported as not fetched).
     */
    public static void read(List<Path> roots, Optional<LinkFetcher> fetcher, Consumer<RawPage> pages, Consumer<String> problems) {
        read(roots, fetcher, 1, pages, problems);
    }

    /**
     * Like {@link #read(List, Optional, Consumer, Consumer)}, with up to {@code threads} files read (decompressed,
     * decoded) at the same time. {@code pages} and {@code problems} are still called on the calling thread
     * only, in exactly the order a one-thread read would call them; at most {@code 2 * threads} files are read
     * ahead, each holding at most {@link #READ_AHEAD_PAGES} pages, so memory stays bounded.
     */
    public static void read(List<Path> roots, Optional<LinkFetcher> fetcher, int threads, Consumer<RawPage> pages,
                            Consumer<String> problems) {
        List<PageReader> readers = readers(fetcher);
        List<Path> files = files(roots, problems);
        if (threads <= 1) {
            for (Path file : files) {
                readFile(file, readers, pages, problems);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "dateline-read");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<BlockingQueue<Object>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < 2 * threads) {
                    Path file = next.next();
                    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD_PAGES);
                    // tasks start in submission order, so the file at the head of 'ahead' is always being read
                    pool.execute(() -> {
                        try {
                            readFile(file, readers, page -> put(queue, page), problem -> put(queue, new Problem(problem)));
                        } finally {
                            put(queue, END_OF_FILE);
                        }
                    });
                    ahead.add(queue);
                }
                BlockingQueue<Object> queue = ahead.poll();
                for (Object item = take(queue); item != END_OF_FILE; item = take(queue)) {
                    if (item instanceof Problem problem) {
                        problems.accept(problem.message());
                    } else {
                        pages.accept((RawPage) item);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A problem met by a reading thread, on its way to the caller. */
    private record Problem(String message) {
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading was cancelled");
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for pages");
        }
    }

    private static void readFile(Path file, List<PageReader> readers, Consumer<RawPage> pages, Consumer<String> problems) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a named pipe would block the read until something writes to it
                problems.accept(file + ": skipped, not a regular file (a named pipe, socket or device)");
                return;
            }
            if (Files.size(file) == 0) {
                problems.accept(file + ": skipped, empty file");
                return;
            }
            InputFile input = Sidecars.attach(file);
            byte[] rawHead;
            try (InputStream in = Files.newInputStream(file)) {
                rawHead = in.readNBytes(InputFile.HEAD_BYTES);
            }
            byte[] head = InputFile.isGzip(rawHead) ? gunzippedHead(input) : rawHead;
            if (head.length == 0) {
                problems.accept(file + ": skipped, a gzip file with nothing that can be decompressed");
                return;
            }
            String name = InputFile.contentName(file.getFileName().toString(), rawHead);
            Optional<PageReader> reader = readers.stream().filter(r -> r.accepts(name, head)).findFirst();
            if (reader.isEmpty()) {
                problems.accept(file + ": skipped, not a recognised input (no reader for its name and first bytes)");
                return;
            }
            reader.get().read(input, pages, problems);
        } catch (NoSuchFileException e) {
            problems.accept(file + ": cannot be read, no such file (a dangling link?)");
        } catch (IOException e) {
            problems.accept(file + ": cannot be read: " + why(e));
        } catch (RuntimeException e) {
            problems.accept(file + ": cannot be read: " + e);
        }
    }

    /** The first decompressed bytes of a gzip file, as many as could be decompressed when it ends early. */
    private static byte[] gunzippedHead(InputFile input) throws IOException {
        try (InputStream in = input.open()) {
            return in.readNBytes(InputFile.HEAD_BYTES);
        }
    }

    /**
     * The input files under {@code roots}, sidecars and hidden files left out, each once, in the order {@link #read}
     * reads them; a root that does not exist or cannot be walked is reported to {@code problems}. A distributed run
     * reads each of them on its own ({@code read(List.of(file), ...)} reads the same pages as here).
     */
    public static List<Path> files(List<Path> roots, Consumer<String> problems) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> ordered = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.accept(root + ": no such file or folder");
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!attrs.isDirectory() && (file.equals(root) || !isHidden(file)) && !Sidecars.isSidecar(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.accept(file + ": cannot be read: " + why(e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.accept(root + ": cannot be walked: " + why(e));
            }
            found.sort(Comparator.comparing(Path::toString));
            for (Path file : found) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    ordered.add(file);
                }
            }
        }
        return ordered;
    }

    /**
     * Why a file could not be read, in words for the user: the operating system's reason, never the exception's
     * class (a link loop, a missing target, a denied permission are the user's to fix, not a program error).
     */
    static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (a dangling link?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Whether a file of this name found in a folder is an input: not hidden (a name starting with a dot) and not a
     * sidecar. What {@link #files} keeps, for a front door that lists folders of another file system.
     */
    public static boolean isInputName(String fileName) {
        return !fileName.startsWith(".") && !fileName.endsWith(Sidecars.SUFFIX);
    }

    /**
     * The names the sidecar of an input named {@code fileName} may have, beside it (a front door that copies an input
     * from another file system copies these with it).
     */
    public static List<String> sidecarNames(String fileName) {
        return Sidecars.names(fileName);
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
