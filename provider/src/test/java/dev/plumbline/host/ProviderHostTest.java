package dev.plumbline.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ProviderHostTest {

    @Test
    @Timeout(180)
    void host_printsItsPortAndServesTheSchemaOverGrpc() throws Exception {
        HostedSchema.Fetched fetched = HostedSchema.get();

        assertThat(fetched.port()).isBetween(1, 65535);
        JsonNode schema = new ObjectMapper().readTree(fetched.schemaJson());
        assertThat(schema.path("name").asText()).isEqualTo("plumbline");
        assertThat(schema.path("version").asText()).isEqualTo(PlumblineProviderHost.version());
        assertThat(schema.path("displayName").asText()).isEqualTo("Plumbline");
    }

    @Test
    @Timeout(180)
    void host_listensOnLoopbackOnly() {
        assumeTrue(OffLoopback.address().isPresent(), "this machine has no other IPv4 address to try");
        assertThat(HostedSchema.get().reachableOffLoopback()).isFalse();
    }

    @Test
    void engineAddress_skipsTheEnginesLoggingAndTracingFlags() {
        assertThat(PlumblineProviderHost.engineAddress(
                new String[] {"--logtostderr", "-v=9", "--tracing", "tcp://127.0.0.1:9", "--logflow", "127.0.0.1:40123"}))
                .isEqualTo("127.0.0.1:40123");
    }

    @Test
    void engineAddress_missingOrTwice_isRejected() {
        assertThatThrownBy(() -> PlumblineProviderHost.engineAddress(new String[] {"--logtostderr"}))
                .hasMessage("expected exactly one engine address, got 0 non-logging arguments");
        assertThatThrownBy(() -> PlumblineProviderHost.engineAddress(new String[] {"127.0.0.1:1", "127.0.0.1:2"}))
                .hasMessage("expected exactly one engine address, got 2 non-logging arguments");
    }

    @Test
    void version_isTheBuildsProjectVersion() {
        assertThat(PlumblineProviderHost.version()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    }
}
