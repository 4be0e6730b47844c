package org.dateline.corpus;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyUnionTest {
    @Test
    void joinedKeysShareTheRootOfTheGroupTheyWereJoinedInto() {
        KeyUnion union = new KeyUnion();
        union.join("b", "a");
        union.join("c", "b");
        union.join("x", "y");
        union.join("a", "c");
        assertThat(union.root("c")).isEqualTo("a");
        assertThat(union.root("x")).isEqualTo("y");
        assertThat(union.root("alone")).as("a key never joined is its own group").isEqualTo("alone");
        assertThat(union.roots()).isEqualTo(Map.of("a", "a", "b", "a", "c", "a", "x", "y", "y", "y"));
    }
}
