package org.dateline.eval;

import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeMlDocumentTest {
    static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>varda_1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2019-12-04" functionInDocument="CREATION_TIME">Dec 4</TIMEX3></DCT>
            <TITLE>Talks in Varda</TITLE>
            <TEXT>
            Envoys <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2019-12-02">on Monday</TIMEX3> \
            and will meet again <TIMEX3 tid="t2" type="DURATION" value="P2W">in two weeks</TIMEX3>.
            </TEXT>
            <TLINK lid="l1"/>
            </TimeML>
            """;

    @Test
    void offsetsReferToTheTextWithTagsRemoved(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("varda.tml"), DOC);
        TimeMlDocument d = TimeMlDocument.read(file);
        assertThat(d.docId()).isEqualTo("varda_1");
        assertThat(d.creationDate()).isEqualTo(LocalDate.of(2019, 12, 4));
        assertThat(d.text()).doesNotContain("<").contains("Envoys met on Monday");
        assertThat(d.gold()).extracting(TimeMention::value).containsExactly("2019-12-02", "P2W");
        for (TimeMention g : d.gold()) {
            assertThat(d.text().substring(g.start(), g.end())).isEqualTo(g.text());
        }
        assertThat(d.gold().get(1).text()).isEqualTo("in two weeks");
    }

    @Test
    void aFileWithoutTextIsRejectedByName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.tml"), "<DOCID>x</DOCID><DCT><TIMEX3 value=\"2019-01-01\"/></DCT>");
        assertThatThrownBy(() -> TimeMlDocument.read(file)).hasMessageContaining("broken.tml")
                .hasMessageContaining("TEXT");
    }
}
