package org.dateline.app;

/** The exit codes of {@code dateline analyze} (the README's table); {@code dateline search} uses {@link #OK} and {@link #USAGE}. */
final class ExitCode {
    /** Every input was analysed and the output is complete. */
    static final int OK = 0;
    /**
     * The output was written, but some inputs (or parts: a WARC record, a JSONL line, a feed item) were skipped as
     * unreadable or failed their analysis, each named on stderr; also when no article at all was found.
     */
    static final int INCOMPLETE = 1;
    /**
     * The run did not start: a bad option, an input that does not exist, an output folder or store that cannot be
     * used (not a folder, locked, not writable). Nothing was analysed or changed. Also picocli's code for usage errors.
     */
    static final int USAGE = 2;
    /**
     * The run started but the output or the store could not be written, or an internal error or the heap running out
     * stopped it; the earlier output was left as it was, and the articles analysed are kept for the next run into it.
     */
    static final int WRITE_FAILED = 3;

    private ExitCode() {
    }
}
