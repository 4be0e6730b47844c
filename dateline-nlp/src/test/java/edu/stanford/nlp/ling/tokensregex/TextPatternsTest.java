package edu.stanford.nlp.ling.tokensregex;

import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The ASCII-folding twin of a text rule's expression finds what the expression finds, on every text it is used for. */
class TextPatternsTest {
    private static final int UNICODE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Expressions of the kinds SUTime's text rules hold: word lists, times, dates, durations, classes. */
    private static final List<String> TWINNED = List.of(
            "\\b(\\Qseventeen\\E|\\Qseven\\E|\\Qeleven\\E|\\Qone\\E|\\Qten\\E)\\b",
            "(\\d+)[-](\\Qweek\\E|\\Qyear\\E|\\Qday\\E|\\Qsec\\E)(s)?([-\\s]old)?",
            "(\\d\\d?)(:?(\\d\\d))(:\\d\\d)?p\\.?m\\.?",
            "\\b(\\Qpacific standard time\\E|\\Qst. kilda & isle time\\E|\\Qpst\\E)\\b",
            "\\b(\\Qr\u00e9union time\\E|\\Qdumont-d\u2019urville time\\E|\\Qcaf\u00e9\\E|\\Qist\\E)\\b",
            "\\b(\\d{4})\\s*(?:-)\\s*(\\d{4})\\b",
            "[a-z]+-quarter|[^a-z0-9 ]k\\w",
            "\\b(\\d\\d?)\\\\?\\/(\\d\\d?)\\\\?\\/(?:(\\d\\d\\d\\d)|(\\d\\d))\\b");

    /** Letters of both cases, digits, punctuation, accented and Cyrillic letters, and those that fold to ASCII. */
    private static final String ALPHABET = "aeiknostyKSIPMmprRuU 0123456789-:/.&'\\éÉЖж’\u212A\u017F\u0130\u0131";

    @BeforeAll
    static void rulesEdited() {
        Annotator.forPreset(Preset.TOKENS); // CoreNLP's text rules then call TextPatterns, as in every run
    }

    @Test
    void onlyPlainAsciiExpressionsWithUnicodeFoldingGetATwin() {
        for (String source : TWINNED) {
            Pattern twin = TextPatterns.twin(Pattern.compile(source, UNICODE)).pattern();
            assertThat(twin).as(source).isNotNull();
            assertThat(twin.pattern()).isEqualTo(source);
            assertThat(twin.flags()).isEqualTo(Pattern.CASE_INSENSITIVE);
        }
        for (String source : List.of("\\p{Lu}\\w+", "caf\u00e9", "\\u00e9t\\u00e9", "(\\w)\\1", "(?i)day", "(?u)day",
                "\\x{212A}elvin", "a\\k<x>", "\\Q\u017Fun\\E", "\\Q\u0130stanbul\\E", "\\Q\uD835\uDC00\\E")) {
            assertThat(TextPatterns.twin(Pattern.compile(source.replace("\\k<x>", "(?<x>b)\\k<x>"), UNICODE)))
                    .as(source).isNull();
        }
        assertThat(TextPatterns.twin(Pattern.compile("day", Pattern.CASE_INSENSITIVE))).as("no Unicode folding").isNull();
        assertThat(TextPatterns.twin(Pattern.compile("day"))).as("case-sensitive").isNull();
    }

    @Test
    void theCharactersFoldingToAsciiAreFoundAndOnlyThem() {
        assertThat(TextPatterns.FOLDING_TO_ASCII).contains("\u212A", "\u017F", "\u0130", "\u0131")
                .doesNotContain("é", "É", "Ж", "’").hasSizeLessThan(10);
        assertThat(TextPatterns.FOLDING_TO_ASCII.chars()).allMatch(c -> c >= 128);
        assertThat(foldsAsAscii("Café Жук at 5 p.m. ’s")).isTrue();
        assertThat(foldsAsAscii("a \u212Aelvin")).isFalse();
    }

    @Test
    void anExpressionQuotingALetterOutsideAsciiLeavesItsOtherCasesToTheExpression() {
        assertThat(TextPatterns.otherCases("\u00e9\u2019")).isEqualTo("\u00c9");
        assertThat(TextPatterns.otherCases("\u00c9")).isEqualTo("\u00e9");
        assertThat(TextPatterns.otherCases("")).isEmpty();
        // The theta symbol and the capital theta symbol are alike only through the lower case of the upper case (and
        // the upper case of the lower case), as Pattern compares them; each is related to both ordinary thetas.
        assertThat(TextPatterns.otherCases("\u03d1")).isEqualTo("\u0398\u03b8\u03f4");
        assertThat(Pattern.compile("\u03d1", UNICODE).matcher("\u03f4").matches()).isTrue();
        Pattern pattern = Pattern.compile("\\b(\\Qr\u00e9union time\\E|\\Qpst\\E)\\b", UNICODE);
        TextPatterns.Twin twin = TextPatterns.twin(pattern);
        assertThat(twin.unsafe()).isEqualTo(TextPatterns.FOLDING_TO_ASCII + "\u00c9");
        assertThat(twin.serves("Noon, R\u00e9union time, or PST")).isTrue();
        assertThat(twin.serves("NOON, R\u00c9UNION TIME")).isFalse();
        assertThat(matches(TextPatterns.matcher(pattern, "NOON, R\u00c9UNION TIME"))).containsExactly("6-18 6:18");
        assertThat(matches(twin.pattern().matcher("NOON, R\u00c9UNION TIME"))).as("the twin alone misses it").isEmpty();
    }

    @Test
    void theTwinFindsWhatTheExpressionFindsOnRandomTexts() {
        Random random = new Random(20261206);
        int twinned = 0;
        for (String source : TWINNED) {
            Pattern pattern = Pattern.compile(source, UNICODE);
            for (int n = 0; n < 4000; n++) {
                String text = text(random, source);
                List<String> expected = matches(pattern.matcher(text));
                assertThat(matches(TextPatterns.matcher(pattern, text))).as("%s in %s", source, text).isEqualTo(expected);
                if (TextPatterns.twin(pattern).serves(text)) {
                    twinned++;
                    assertThat(matches(TextPatterns.twin(pattern).pattern().matcher(text))).isEqualTo(expected);
                }
            }
        }
        assertThat(twinned).as("texts searched with the twin").isGreaterThan(10_000);
    }

    @Test
    void emptyHugeAndBrokenTextsAreSearchedAlike() {
        String huge = "On 12-year-old ELEVEN-day 5:30pm pst 2019 - 2020 ".repeat(4_000);
        for (String text : List.of("", "\uD800", "seven\uDC00-day \uD800\uDC00 one", huge, huge + "\u212A",
                "\u212A" + huge)) {
            for (String source : TWINNED) {
                Pattern pattern = Pattern.compile(source, UNICODE);
                assertThat(matches(TextPatterns.matcher(pattern, text)))
                        .as("%s in a text of %d characters", source, text.length())
                        .isEqualTo(matches(pattern.matcher(text)));
            }
        }
        assertThat(foldsAsAscii(huge)).isTrue();
        assertThat(foldsAsAscii(huge + "\u212A")).isFalse();
        assertThat(matches(TextPatterns.matcher(Pattern.compile(TWINNED.get(1), UNICODE), huge))).hasSize(4_000);
    }

    @Test
    void coreNlpsTextRulesAskForTheirMatchers() {
        Pattern pattern = Pattern.compile("\\b(\\Qseven\\E|\\Qeleven\\E)-(\\Qday\\E|\\Qweek\\E)\\b", UNICODE);
        TextPatterns.TWINS.remove(pattern);
        SequenceMatchRules.StringPatternExtractRule<String> rule =
                new SequenceMatchRules.StringPatternExtractRule<>(pattern, MatchResult::group);
        List<String> found = new ArrayList<>();
        assertThat(rule.extract("It took SEVEN-day, then eleven-Weeks and eleven-Week.", found)).isTrue();
        assertThat(found).containsExactly("SEVEN-day", "eleven-Week");
        found.clear();
        assertThat(rule.extract("A \u017Feven-week wait", found)).as("the long s folds to s: searched as compiled")
                .isTrue();
        assertThat(found).containsExactly("\u017Feven-week");
        assertThat(TextPatterns.TWINS).as("asked by the edited rule").containsKey(pattern);
    }

    /** Whether no character of {@code text} is one Unicode folds to or from an ASCII character. */
    private static boolean foldsAsAscii(String text) {
        return new TextPatterns.Twin(Pattern.compile(""), TextPatterns.FOLDING_TO_ASCII).serves(text);
    }

    /** A random text of up to 40 characters, spliced with a piece of the expression's own literals now and then. */
    private static String text(Random random, String source) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        while (text.length() < length) {
            if (random.nextInt(6) == 0) {
                String[] words = source.replaceAll("\\\\[QEbdsw]|[()\\[\\]?+*|\\\\{}^:]", " ").trim().split("\\s+");
                String word = words[random.nextInt(words.length)];
                text.append(random.nextBoolean() ? word.toUpperCase() : word);
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private static List<String> matches(Matcher matcher) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            StringBuilder match = new StringBuilder(matcher.start() + "-" + matcher.end());
            for (int g = 1; g <= matcher.groupCount(); g++) {
                match.append(' ').append(matcher.start(g)).append(':').append(matcher.end(g));
            }
            found.add(match.toString());
        }
        return found;
    }
}
