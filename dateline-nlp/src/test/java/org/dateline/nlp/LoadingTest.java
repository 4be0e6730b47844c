package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadingTest {
    @Test
    void loadsOnAnotherThreadAndHandsTheModelOver() {
        Thread caller = Thread.currentThread();
        Loading<Thread> loading = Loading.start("test", Thread::currentThread);
        Thread loader = loading.get();
        assertThat(loader).isNotSameAs(caller);
        assertThat(loader.getName()).isEqualTo("dateline loading test");
        assertThat(loader.isDaemon()).isTrue();
    }

    @Test
    void whatTheLoadingThrowsIsThrownToTheCallerAsItWas() {
        Loading<String> missing = Loading.start("missing", () -> {
            throw new IllegalStateException("no model at that path");
        });
        assertThatThrownBy(missing::get).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("no model at that path");
        Loading<String> broken = Loading.start("broken", () -> {
            throw new OutOfMemoryError("heap");
        });
        assertThatThrownBy(broken::get).isExactlyInstanceOf(OutOfMemoryError.class);
    }
}
