package org.dateline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class XmlNestingTest {
    private static String nested(int depth) {
        return "<?xml version=\"1.0\"?><rss>" + "<item>".repeat(depth) + "x" + "</item>".repeat(depth) + "</rss>";
    }

    @Test
    void countsOpenElementsSkippingCommentsCdataEmptyTagsAndQuotedBrackets() {
        String xml = "<rss><!-- <a><b><c> --><channel a=\"x>y\"><![CDATA[<p><p><p>]]><br/><item>t</item></channel></rss>";
        assertThat(XmlNesting.depth(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(3);
        assertThat(XmlNesting.depth(nested(300).getBytes(StandardCharsets.UTF_8))).isEqualTo(301);
    }

    @Test
    void aUtf16DocumentNestsAsDeepAsItsUtf8Form() {
        for (Charset utf16 : new Charset[]{StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertThat(XmlNesting.depth(nested(300).getBytes(utf16))).as(utf16.name()).isEqualTo(301);
        }
    }

    @Test
    void anUnclosedCommentOrTagEndsTheCount() {
        assertThat(XmlNesting.depth("<a><b><!-- never closed <c><d>".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(XmlNesting.depth("<a><b attr=\"open".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(XmlNesting.depth(new byte[0])).isZero();
    }
}
