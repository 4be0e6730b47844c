package org.dateline.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One PolNeAR article: its name (file name without {@code .txt}), text, publication date, publisher and title (null
 * when the metadata has none) and gold attributions.
 */
public record PolnearDocument(String name, String text, LocalDate published, String publisher, String title,
                              List<PolnearAttribution> gold) {
    public PolnearDocument {
        gold = List.copyOf(gold);
    }
}
