package org.dateline.facts;

import org.dateline.model.Quote;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        String list = System.getProperty("probe.files", "");
        String needle = System.getProperty("probe.needle", "");
        for (String file : list.split(",")) {
            if (file.isBlank()) continue;
            String text = Files.readString(Path.of(file));
            FactsFixture f = FactsFixture.of(text);
            System.out.println("#### " + file);
            for (Quote q : f.quotes()) {
                System.out.println("Q " + q.speaker() + " cue=" + q.cue() + " :: " + q.text().substring(0, Math.min(70, q.text().length())));
            }
            f.actors().actors().forEach(a -> System.out.println("A " + a.id() + " " + a.name() + " " + a.type()));
            for (Sentence s : f.annotation().sentences()) {
                String st = text.substring(s.start(), s.end());
                boolean show = false;
                for (String n : needle.split("\\|")) show |= !n.isEmpty() && st.contains(n);
                if (!show) continue;
                System.out.println("S " + st);
                for (int i = 0; i < s.tokens().size(); i++) {
                    var t = s.token(i);
                    var e = s.headEdge(i);
                    System.out.println("  " + i + " " + t.word() + "/" + t.pos() + "/" + t.ner() + " <-" + e.map(d -> d.relation() + ":" + d.head()).orElse("-")
                            + " m=" + f.actors().mentionAt(s.index(), i).map(m -> m.actor()).orElse(""));
                }
            }
        }
    }
}
