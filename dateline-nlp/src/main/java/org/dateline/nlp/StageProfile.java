package org.dateline.nlp;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU time and the bytes allocated by the calling thread in each named stage of work, summed over every call
 * to {@link #time} with that name, in the order the stages were first seen: what {@code dateline bench} prints per
 * stage. A profile belongs to one thread (it is not thread-safe, and it reads that thread's counters); stages
 * must not nest, or the outer one counts the inner one's cost too. {@link #OFF} measures nothing and costs nothing.
 */
public final class StageProfile {
    /** A profile that runs the work and records nothing: what ordinary analysis passes. */
    public static final StageProfile OFF = new StageProfile(false);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One stage's sums: CPU nanoseconds and bytes allocated on the heap. */
    public record Stage(String name, long cpuNanos, long allocatedBytes) {
    }

    private final boolean on;
    private final Map<String, long[]> sums = new LinkedHashMap<>();

    private StageProfile(boolean on) {
        this.on = on;
    }

    /** An empty profile that records the stages run through it on the calling thread. */
    public static StageProfile measuring() {
        return new StageProfile(true);
    }

    /** Runs {@code work} and adds its CPU time and allocation to {@code stage}, also when it throws. */
    public <T> T time(String stage, Supplier<T> work) {
        if (!on) {
            return work.get();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        try {
            return work.get();
        } finally {
            long[] sum = sums.computeIfAbsent(stage, s -> new long[2]);
            sum[0] += THREADS.getCurrentThreadCpuTime() - cpu;
            sum[1] += THREADS.getCurrentThreadAllocatedBytes() - bytes;
        }
    }

    /** {@link #time} for work without a result. */
    public void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** The stages so far, in the order they were first timed. */
    public List<Stage> stages() {
        List<Stage> out = new ArrayList<>();
        sums.forEach((name, sum) -> out.add(new Stage(name, sum[0], sum[1])));
        return out;
    }
}
