package org.dateline.store.opensearch;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code opensearch://HOST:PORT/PREFIX} and the environment it takes credentials and TLS from. */
class OpenSearchLocationTest {
    @Test
    void anAddressGivesHostPortPrefixAndIndexSettings() {
        OpenSearchLocation l = OpenSearchLocation.parse("opensearch://search.example.org:9201/news?replicas=1&shards=3",
                Map.of());
        assertThat(l).isEqualTo(new OpenSearchLocation("search.example.org", 9201, "news", 3, 1, false, null, null));
        assertThat(l.index("quotes")).isEqualTo("news-quotes");
        assertThat(OpenSearchLocation.parse("opensearch://127.0.0.1/dl", Map.of()).port()).isEqualTo(9200);
    }

    @Test
    void credentialsAndTlsComeFromTheEnvironmentAndThePasswordIsNeverPrinted() {
        OpenSearchLocation l = OpenSearchLocation.parse("opensearch://db:9200/news", Map.of(
                OpenSearchLocation.USER_VARIABLE, "reader", OpenSearchLocation.PASSWORD_VARIABLE, "s3cret-words",
                OpenSearchLocation.TLS_VARIABLE, "true"));
        assertThat(l.tls()).isTrue();
        assertThat(l.user()).isEqualTo("reader");
        assertThat(l.password()).isEqualTo("s3cret-words");
        assertThat(l.toString()).isEqualTo("opensearch://db:9200/news").doesNotContain("s3cret");
        assertThatThrownBy(() -> OpenSearchLocation.parse("opensearch://db:9200/news",
                Map.of(OpenSearchLocation.USER_VARIABLE, "reader")))
                .hasMessageContaining(OpenSearchLocation.PASSWORD_VARIABLE);
    }

    @Test
    void whatCannotBeUsedIsSaidPlainly() {
        assertThatThrownBy(() -> OpenSearchLocation.parse("opensearch://db:9200", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no index prefix");
        assertThatThrownBy(() -> OpenSearchLocation.parse("opensearch://db:9200/News", Map.of()))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> OpenSearchLocation.parse("opensearch://me:pw@db:9200/news", Map.of()))
                .hasMessageContaining(OpenSearchLocation.USER_VARIABLE);
        assertThatThrownBy(() -> OpenSearchLocation.parse("opensearch://db:9200/news?shards=0", Map.of()))
                .hasMessageContaining("at least 1 shard");
        assertThatThrownBy(() -> OpenSearchLocation.parse("opensearch://db:9200/news?size=3", Map.of()))
                .hasMessageContaining("size=3");
        assertThat(OpenSearchLocation.names("opensearch://db/news")).isTrue();
        assertThat(OpenSearchLocation.names("/var/lib/dateline/index")).isFalse();
    }
}
