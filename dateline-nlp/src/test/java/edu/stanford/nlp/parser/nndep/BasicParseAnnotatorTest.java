package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Dateline's {@code depparse} annotator against CoreNLP's, both with the lean scorer: the same basic dependencies. */
class BasicParseAnnotatorTest {
    private static final Path POLNEAR_DEV = Path.of("..", "..", "shared", "benchmarks", "quotes", "polnear", "dev",
            "text");
    /** The graphs CoreNLP's annotator also builds, which Dateline's leaves unset. */
    private static final List<Class<? extends edu.stanford.nlp.ling.CoreAnnotation<SemanticGraph>>> OTHER_GRAPHS =
            List.of(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class,
                    SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class,
                    SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
                    SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);

    private static final String TEXT = String.join("\n\n",
            "Yes.",
            "The harbour master of Velmora said on Tuesday that the ferries, which carry mail and fish, would not "
                    + "sail until the storm passed or the coast guard allowed it.",
            "\"We have waited long enough,\" said Ilse Marrow, who leads the fishermen's union of Port Anselm and "
                    + "Dunmere, adding that talks with the ministry, the port authority and two insurers had failed.",
            "Will the council, meeting in the old town hall, approve the budget, or reject it again?",
            "Neither the mayor nor her deputies were told about the plan to sell both of the town's bridges.",
            "Troops withdrew.");

    private static StanfordCoreNLP tagger;
    private static DependencyParseAnnotator basic;
    private static DependencyParseAnnotator coreNlp;

    @BeforeAll
    static void load() {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tagging.setProperty("ssplit.newlineIsSentenceBreak", "two");
        tagger = new StanfordCoreNLP(tagging);
        basic = LeanParsers.annotator(new Properties());
        coreNlp = new DependencyParseAnnotator(new Properties());
        LeanParsers.makeLean((DependencyParser) LeanParsers.read(DependencyParseAnnotator.class, "parser", coreNlp),
                20_000, 20_000);
    }

    @Test
    void setsCoreNlpsBasicDependenciesAndNoOtherGraph() {
        List<CoreMap> ours = parsed(basic, TEXT);
        List<CoreMap> theirs = parsed(coreNlp, TEXT);
        assertSameBasicDependencies(ours, theirs);
        for (int s = 0; s < ours.size(); s++) {
            for (var graph : OTHER_GRAPHS) {
                assertThat(ours.get(s).get(graph)).as("%s of sentence %d", graph.getSimpleName(), s).isNull();
                assertThat(theirs.get(s).get(graph)).as("CoreNLP's %s", graph.getSimpleName()).isNotNull();
            }
        }
        assertThat(basic.requirementsSatisfied())
                .containsExactly(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    @Test
    void oddTextsParseAsWithCoreNlpsAnnotator() {
        assertThat(parsed(basic, "")).isEmpty();
        String odd = String.join("\n\n",
                "!!! ??? ... ---",
                "Ж ж 東京 ??? 42 %% &&",
                "and the ferry and the mail ".repeat(60) + "sailed.");
        List<CoreMap> ours = parsed(basic, odd);
        assertThat(ours).as("the splitter cuts the punctuation runs into sentences of their own").hasSizeGreaterThanOrEqualTo(3);
        assertSameBasicDependencies(ours, parsed(coreNlp, odd));
        for (CoreMap sentence : ours) {
            assertThat(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).getRoots())
                    .as("a parse with a root, however odd the words").isNotEmpty();
        }
    }

    @Test
    void polnearDevParsesAsWithCoreNlpsAnnotator() throws IOException {
        assumeTrue(Files.isDirectory(POLNEAR_DEV), "no " + POLNEAR_DEV);
        List<Path> files;
        try (Stream<Path> listed = Files.list(POLNEAR_DEV)) {
            files = listed.sorted().toList();
        }
        int sentences = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            List<CoreMap> ours = parsed(basic, text);
            assertSameBasicDependencies(ours, parsed(coreNlp, text));
            sentences += ours.size();
        }
        System.out.printf("basic dependencies as CoreNLP's annotator sets them: %d PolNeAR dev articles, "
                + "%d sentences%n", files.size(), sentences);
        assertThat(sentences).isGreaterThan(files.size());
    }

    private static List<CoreMap> parsed(DependencyParseAnnotator parser, String text) {
        Annotation document = new Annotation(text);
        tagger.annotate(document);
        parser.annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static void assertSameBasicDependencies(List<CoreMap> ours, List<CoreMap> theirs) {
        assertThat(ours).hasSameSizeAs(theirs);
        for (int s = 0; s < ours.size(); s++) {
            SemanticGraph graph = ours.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            SemanticGraph expected = theirs.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            assertThat(graph.toList()).as("sentence %d", s).isEqualTo(expected.toList());
            assertThat(graph.getRoots()).as("roots of sentence %d", s).isEqualTo(expected.getRoots());
        }
    }
}
