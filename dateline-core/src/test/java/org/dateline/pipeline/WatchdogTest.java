package org.dateline.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WatchdogTest {

    @Test
    void workThatStopsAtAnInterruptIsInterruptedAtTheBudgetAndStaysTheWorkersToReport() {
        try (Watchdog dog = new Watchdog(Duration.ofMillis(50))) {
            AtomicBoolean abandoned = new AtomicBoolean();
            Watchdog.Watch watch = dog.start(() -> abandoned.set(true));
            assertThatThrownBy(() -> Thread.sleep(10_000)).isInstanceOf(InterruptedException.class);
            assertThat(watch.overBudget()).isTrue();
            assertThat(watch.finish()).isTrue();
            assertThat(abandoned).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void workThatIgnoresTheInterruptIsGivenUpAtTwiceTheBudget() throws InterruptedException {
        try (Watchdog dog = new Watchdog(Duration.ofMillis(50))) {
            CountDownLatch gaveUp = new CountDownLatch(1);
            long start = System.nanoTime(); // before the watch starts its clock: read after, 100 ms could show as 99.95
            Watchdog.Watch watch = dog.start(gaveUp::countDown);
            while (gaveUp.getCount() > 0) {
                Thread.onSpinWait(); // deaf to interrupts, like a stuck tokenizer
            }
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
            assertThat(watch.finish()).as("the page was given up: the worker must not report it again").isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void workDoneInTimeIsNeitherInterruptedNorGivenUp() throws InterruptedException {
        try (Watchdog dog = new Watchdog(Duration.ofMillis(100))) {
            AtomicBoolean abandoned = new AtomicBoolean();
            Watchdog.Watch watch = dog.start(() -> abandoned.set(true));
            assertThat(watch.finish()).isTrue();
            Thread.sleep(300);
            assertThat(watch.overBudget()).isFalse();
            assertThat(abandoned).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void aBudgetMustBePositive() {
        assertThatThrownBy(() -> new Watchdog(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
    }
}
