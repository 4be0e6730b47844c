package org.dateline.app;

import org.dateline.eval.SpeedBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchDuplicatesCommand.class, BenchStoriesCommand.class, BenchServerCommand.class, BenchLinkingCommand.class},
        description = {
                "Compares Dateline's analysis speed with plain CoreNLP's.",
                "",
                "Measures tokens/s of Dateline's analysis and of plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the same texts, one thread each, and prints the ratio and Dateline's peak heap. Run it with the heap you deploy with (-Xmx3g).",
                "",
                "Then it profiles Dateline's stages (reading the inputs, extraction, each CoreNLP annotator, each fact extractor, linking the corpus, writing the output files): the CPU time and heap allocation of each, in all, per article and as a share. PATH is any input analyze reads (text files, folders, JSONL, HTML, WARC)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--warm-passes", paramLabel = "N", defaultValue = "0",
            description = "Before the timed pass, each side analyses all the articles N times untimed, so that the JIT has compiled the code timed (default: ${DEFAULT-VALUE}, a warm-up on the first article only).")
    int warmPasses;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (warmPasses < 0) {
            err.println("dateline bench: --warm-passes must be 0 or more");
            return 2;
        }
        if (paths == null || paths.isEmpty()) {
            err.println("dateline bench: give article files or folders, or use `dateline bench duplicates`, `dateline bench stories` or `dateline bench server`");
            return 2;
        }
        SpeedBench.Input input = SpeedBench.read(paths, problem -> err.println("warning: " + problem));
        if (input.articles().isEmpty()) {
            err.println("dateline bench: no article text found in " + paths);
            return 1;
        }
        SpeedBench.Result result = SpeedBench.run(input, warmPasses, err::println);
        out.println(result.format());
        return 0;
    }
}
