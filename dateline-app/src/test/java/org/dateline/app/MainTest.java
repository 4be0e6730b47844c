package org.dateline.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line sets up for the whole process. */
class MainTest {
    @Test
    void lucenesWarningAboutTheVectorModuleIsNotShownButItsErrorsAre() throws Exception {
        Class.forName(Main.class.getName()); // its set-up runs
        Logger lucene = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
        List<LogRecord> shown = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                shown.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        lucene.addHandler(handler);
        try {
            lucene.warning("Java vector incubator module was enabled by command line flags, but your Java version is too old");
            lucene.severe("a real failure");
        } finally {
            lucene.removeHandler(handler);
        }
        assertThat(lucene.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(shown).extracting(LogRecord::getMessage).containsExactly("a real failure");
    }
}
