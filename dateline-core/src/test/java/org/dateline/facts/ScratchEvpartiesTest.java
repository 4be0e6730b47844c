package org.dateline.facts;

import org.dateline.model.Event;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class ScratchEvpartiesTest {
    @Test
    void dump() throws Exception {
        for (String text : Files.readAllLines(Path.of("/tmp/evparties/sents.txt"))) {
            if (text.isBlank()) continue;
            FactsFixture f = FactsFixture.of(text);
            System.out.println("=== " + text);
            for (Sentence s : f.annotation().sentences()) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < s.tokens().size(); i++) {
                    var up = s.headEdge(i);
                    b.append(i).append(':').append(s.token(i).word()).append('/').append(s.token(i).pos())
                            .append('/').append(s.token(i).ner()).append("<-")
                            .append(up.map(d -> d.relation() + ":" + d.head()).orElse("root")).append("  ");
                }
                System.out.println(b);
            }
            List<TimeMention> times = new TimeExtractor().extract(f.article().id(), f.annotation(), LocalDate.of(2021, 3, 15));
            for (Event e : new EventExtractor().extract(f.article(), f.annotation(), f.actors(), f.quotes(), times)) {
                System.out.println("  EV " + e.event() + " S=" + e.source().name() + "/" + e.source().country()
                        + " T=" + (e.target() == null ? null : e.target().name() + "/" + e.target().country())
                        + " conf=" + e.confidence() + " " + e.signals());
            }
        }
    }
}
