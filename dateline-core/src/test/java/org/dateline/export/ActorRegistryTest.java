package org.dateline.export;

import org.dateline.model.Sector;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorRegistryTest {
    @Test
    void sameIdUnionsAliasesAndTitlesAndSumsMentions() {
        ActorRegistry registry = new ActorRegistry();
        registry.add(List.of(new Actor("p1", "Varnek", ActorType.PERSON, List.of(), List.of("Minister"), null, null, 3)));
        registry.add(List.of(new Actor("p1", "Ilsa Varnek", ActorType.PERSON, List.of("the minister"),
                        List.of("Minister", "Foreign Minister"), "XVM", Sector.GOV, 2),
                new Actor("o1", "Velmora Herald", ActorType.ORGANIZATION, List.of(), List.of(), null, null, 1)));

        List<Actor> all = registry.all();
        assertThat(all).extracting(Actor::id).containsExactly("p1", "o1");
        Actor merged = all.get(0);
        assertThat(merged.name()).isEqualTo("Ilsa Varnek");
        assertThat(merged.aliases()).containsExactly("the minister", "Varnek");
        assertThat(merged.titles()).containsExactly("Minister", "Foreign Minister");
        assertThat(merged.country()).isEqualTo("XVM");
        assertThat(merged.sector()).isEqualTo(Sector.GOV);
        assertThat(merged.mentions()).isEqualTo(5);
    }
}
