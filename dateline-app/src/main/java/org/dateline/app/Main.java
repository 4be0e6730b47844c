package org.dateline.app;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;

/** The {@code dateline} command line. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = {
                "Turns news about a conflict or a negotiation into attributed facts: who said what, who did what to whom, when and where, which outlets reported it and how each framed it, each fact pointing to the characters of the article that support it.",
                "",
                "Start with:  dateline analyze ARTICLES_FOLDER --out OUT_FOLDER"},
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, SearchCommand.class, ExportCommand.class, FramingCommand.class, TimelineCommand.class, ExplainStoryCommand.class,
                EvalCommand.class, RelinkCommand.class, ServeCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /**
     * Lucene warns once a process that the vector module the launcher adds for the parser is of no use to it before
     * JDK 20 ("your Java version is too old"); the store works alike either way, so the warning is not shown. Held
     * here because a logger keeps its level only while it is referenced.
     */
    private static final Logger LUCENE_VECTORS =
            Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int exit = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(exit);
    }

    /**
     * The configured command line printing to {@code out} and {@code err} (also used by tests), with control
     * characters from data escaped ({@link ControlChars}).
     */
    public static CommandLine commandLine(Writer out, Writer err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new ControlChars(out), true));
        cl.setErr(new PrintWriter(new ControlChars(err), true));
        cl.setUsageHelpAutoWidth(true);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("dateline: " + e.getMessage());
            return 2;
        });
        SearchCommand.configure(cl);
        return cl;
    }
}
