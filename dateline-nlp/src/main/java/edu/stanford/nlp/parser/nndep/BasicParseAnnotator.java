package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's {@code depparse} annotator setting only the basic dependencies, the one graph Dateline reads. CoreNLP's
 * builds four more graphs from each parse (collapsed, collapsed with conjunctions processed, enhanced and
 * enhanced++), each by running the Universal Dependencies enhancement rules (Semgrex patterns) over a copy of the
 * graph: about a third of the annotator's CPU after the scorer was made lean. The basic graph is built by the same
 * call, with the same arguments, as CoreNLP's.
 */
final class BasicParseAnnotator extends DependencyParseAnnotator {
    private final DependencyParser parser;
    private final GrammaticalStructure.Extras extras;

    BasicParseAnnotator(Properties properties) {
        super(properties);
        this.parser = (DependencyParser) LeanParsers.read(DependencyParseAnnotator.class, "parser", this);
        this.extras = (GrammaticalStructure.Extras) LeanParsers.read(DependencyParseAnnotator.class,
                "extraDependencies", this);
    }

    DependencyParser parser() {
        return parser;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, extras, null));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(BasicDependenciesAnnotation.class);
    }
}
