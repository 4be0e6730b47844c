package org.dateline.spark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdsTest {
    @Test
    void keepsBothConfidencesBetweenZeroAndOne() {
        Thresholds least = new Thresholds(0.5, 0.25);

        assertThat(least.events()).isEqualTo(0.5);
        assertThat(least.quotes()).isEqualTo(0.25);
        assertThat(new Thresholds(0, 1)).isEqualTo(new Thresholds(0, 1));
    }

    @Test
    void refusesAConfidenceOutsideZeroToOneNamingWhichOne() {
        assertThatThrownBy(() -> new Thresholds(1.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events").hasMessageContaining("1.5");
        assertThatThrownBy(() -> new Thresholds(0.5, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quotes");
        assertThatThrownBy(() -> new Thresholds(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
