package org.dateline.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command line. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = {
                "Turns news about a conflict or a negotiation into attributed facts: who said what, who did what to whom, when and where, which outlets reported it and how each framed it, each fact pointing to the characters of the article that support it.",
                "",
                "Start with:  dateline analyze ARTICLES_FOLDER --out OUT_FOLDER"},
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, SearchCommand.class, ExportCommand.class, FramingCommand.class, TimelineCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpAutoWidth(true);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("dateline: " + e.getMessage());
            return 2;
        });
        return cl;
    }
}
