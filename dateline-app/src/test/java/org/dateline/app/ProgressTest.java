package org.dateline.app;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    @Test
    void withoutTerminalWritesOneLinePerPeriodAndNoCarriageReturn() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        try (Progress progress = Progress.lines(new PrintWriter(out), Duration.ofSeconds(30), now::get)) {
            for (int i = 1; i <= 10; i++) {
                now.addAndGet(Duration.ofSeconds(10).toNanos());
                progress.step(i + " quotes in a" + i + ".txt");
            }
            assertThat(progress.lineStart()).isEmpty();
        }
        assertThat(out.toString()).doesNotContain("\r")
                .isEqualTo(String.format("analyze: 3 articles in 0:30 (0.1 articles/s); last: 3 quotes in a3.txt%n"
                        + "analyze: 6 articles in 1:00 (0.1 articles/s); last: 6 quotes in a6.txt%n"
                        + "analyze: 9 articles in 1:30 (0.1 articles/s); last: 9 quotes in a9.txt%n"));
    }
}
