package org.dateline.app;

import picocli.CommandLine;

import java.io.StringWriter;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(out, err);
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
