package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The expected ids were computed with the per-class hash helpers that {@link Ids} replaced. */
class IdsTest {
    @Test
    void idsAreTheFirstSixteenHexDigitsOfTheSha256OfTheKey() {
        assertThat(Ids.of("story|a1")).isEqualTo("730c11d1429febfc");
        assertThat(Ids.of("a1:10:42")).isEqualTo("3994eec2adaf06f3");
        assertThat(Ids.of("PERSON:Jane Doe")).isEqualTo("43d7f79cfd49c25f");
        assertThat(Ids.of("Le Monde\nMinisters met in Geneva on Tuesday.")).isEqualTo("8003a879b002db1c");
    }

    @Test
    void keysAreHashedAsUtf8() {
        assertThat(Ids.of("PERSON:Zo\u00eb A\u011fao\u011flu")).isEqualTo("35a39749fbc03c41");
    }

    @Test
    void theWholeDigestIsThereForContentHashes() {
        assertThat(Base64.getEncoder().encodeToString(Ids.sha256("body{margin:0}")))
                .isEqualTo("IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc=");
    }
}
