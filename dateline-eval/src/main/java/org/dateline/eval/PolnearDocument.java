package org.dateline.eval;

import java.time.LocalDate;
import java.util.List;

/** One PolNeAR article: its name (file name without {@code .txt}), text, publication date and gold attributions. */
public record PolnearDocument(String name, String text, LocalDate published, List<PolnearAttribution> gold) {
    public PolnearDocument {
        gold = List.copyOf(gold);
    }
}
