package org.dateline.store.lucene;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The one-line problems people read for queries the classic parser refuses. */
class QueryProblemsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "truce AND          | it ends after AND; add a term after it, or quote the words",
            "truce OR           | it ends after OR; add a term after it",
            "truce -            | it ends after -; add a term after it",
            "AND truce          | it starts with AND where a term should be; remove it",
            "truce --border     | it has - at character 8 where a term should be; remove it",
            "truce talks)       | the ) at character 12 closes nothing; remove it or add a ( before it",
            "(truce talks       | a ( is never closed; add a ) after its terms",
            "truce^             | it ends after ^; add a number (the boost) after it",
            "'\"border talks'   | a \" is never closed; add the closing \" after the phrase",
            "'truce \\'         | it ends with \\; remove it",
            "*fire              | a word starts with * or ?; put at least one letter before the wildcard",
    })
    void namesWhatIsWrongAndWhatToDoInOneLine(String query, String problem) {
        String said = QueryProblems.of(query, refusal(query));
        assertThat(said).startsWith(problem).doesNotContain("\n").doesNotContain("expecting").doesNotContain("<");
    }

    @Test
    void tooManyTermsSaysToSearchFewerWithoutEchoingThem() {
        String query = "truce ".repeat(2000).strip();
        assertThat(QueryProblems.of(query, refusal(query)))
                .isEqualTo("it has more terms than one search can take (1024); search fewer words");
    }

    private static ParseException refusal(String query) {
        QueryParser parser = new QueryParser("text", new StandardAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            parser.parse(query);
        } catch (ParseException e) {
            return e;
        }
        return fail("the parser accepted " + query);
    }
}
