package dev.plumbline.validator.sim;

import dev.plumbline.validator.fixture.Fixture;
import static dev.plumbline.validator.fixture.Fixture.ip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Protocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NatTableTest {

    private static final Ipv4 DESTINATION = ip("93.184.216.34");

    @Test
    void translate_whenTwoSourcesUseTheSamePort_givesThemDistinctPorts() {
        NatTable table = new NatTable();
        List<Ipv4> nat = List.of(ip("10.20.1.100"));
        NatTable.Mapping first = table.translate("nat-1", nat, Flow.tcp(ip("10.40.2.101"), 40001, DESTINATION, 443)).orElseThrow();
        NatTable.Mapping second = table.translate("nat-1", nat, Flow.tcp(ip("10.40.2.201"), 40001, DESTINATION, 443)).orElseThrow();
        assertThat(first.address()).isEqualTo(ip("10.20.1.100"));
        assertThat(second.address()).isEqualTo(ip("10.20.1.100"));
        assertThat(first.port()).isEqualTo(40001);
        assertThat(second.port()).isNotEqualTo(first.port()).isBetween(1024, 65535);
    }

    @Test
    void translate_sameFlowTwice_keepsItsMappingAndCountsOneConnection() {
        NatTable table = new NatTable();
        Flow flow = Flow.tcp(ip("10.0.1.5"), 50000, DESTINATION, 443);
        NatTable.Mapping a = table.translate("nat-1", List.of(ip("10.0.0.10")), flow).orElseThrow();
        NatTable.Mapping b = table.translate("nat-1", List.of(ip("10.0.0.10")), flow).orElseThrow();
        assertThat(b).isEqualTo(a);
        assertThat(table.connections("nat-1", ip("10.0.0.10"), DESTINATION, 443, Protocol.TCP)).isEqualTo(1);
    }

    @Test
    void translate_portsBelow1024_areMovedIntoRange_andTheRangeEndsAreKept() {
        NatTable table = new NatTable();
        List<Ipv4> nat = List.of(ip("10.0.0.10"));
        assertThat(table.translate("n", nat, Flow.tcp(ip("10.0.1.1"), 1023, DESTINATION, 443)).orElseThrow().port())
                .isEqualTo(1024);
        assertThat(table.translate("n", nat, Flow.tcp(ip("10.0.1.2"), 1024, DESTINATION, 443)).orElseThrow().port())
                .isEqualTo(1025);
        assertThat(table.translate("n", nat, Flow.tcp(ip("10.0.1.3"), 65535, DESTINATION, 443)).orElseThrow().port())
                .isEqualTo(65535);
    }

    @Test
    void translate_the55000thConnectionToOneDestinationSucceeds_andThe55001stFails() {
        NatTable table = new NatTable();
        List<Ipv4> nat = List.of(ip("10.0.0.10"));
        for (int i = 0; i < NatTable.CONNECTIONS_PER_DESTINATION - 1; i++) {
            assertThat(table.translate("n", nat, Flow.tcp(new Ipv4(ip("10.1.0.0").bits() + i), 40000, DESTINATION, 443)))
                    .isPresent();
        }
        Optional<NatTable.Mapping> last = table.translate("n", nat, Flow.tcp(ip("10.2.0.1"), 40000, DESTINATION, 443));
        assertThat(last).isPresent();
        assertThat(table.connections("n", ip("10.0.0.10"), DESTINATION, 443, Protocol.TCP)).isEqualTo(55_000);
        assertThat(table.translate("n", nat, Flow.tcp(ip("10.2.0.2"), 40000, DESTINATION, 443))).isEmpty();
        // another destination port is another destination: it still has room
        assertThat(table.translate("n", nat, Flow.tcp(ip("10.2.0.2"), 40000, DESTINATION, 80))).isPresent();
    }

    @Test
    void translate_whenPrimaryAddressIsFullForADestination_usesTheSecondary() {
        NatTable table = new NatTable();
        List<Ipv4> nat = List.of(ip("10.0.0.10"), ip("10.0.0.11"));
        for (int i = 0; i < NatTable.CONNECTIONS_PER_DESTINATION; i++) {
            table.translate("n", nat, Flow.tcp(new Ipv4(ip("10.1.0.0").bits() + i), 40000, DESTINATION, 443));
        }
        NatTable.Mapping next = table.translate("n", nat, Flow.tcp(ip("10.2.0.1"), 40000, DESTINATION, 443)).orElseThrow();
        assertThat(next.addressIndex()).isEqualTo(1);
        assertThat(next.address()).isEqualTo(ip("10.0.0.11"));
    }

    @Test
    void replyMapping_findsTheConnectionOfAReplyAndNothingForAStranger() {
        NatTable table = new NatTable();
        Flow flow = Flow.tcp(ip("10.0.1.5"), 50000, DESTINATION, 443);
        NatTable.Mapping m = table.translate("n", List.of(ip("10.0.0.10")), flow).orElseThrow();
        Flow reply = flow.withSource(m.address(), m.port()).reply();
        assertThat(table.replyMapping("n", reply)).contains(m);
        assertThat(table.replyMapping("n", Flow.tcp(DESTINATION, 443, ip("10.0.0.10"), 50001))).isEmpty();
    }

    @Test
    void simulator_withOneSessionAndTwoClients_showsOverloadedPortsInTheTraces() {
        Fixture f = new Fixture().vpc("vpc", "10.20.0.0/16", "10.40.0.0/16")
                .subnet("pub", "vpc", "10.20.1.0/24", "us-east-1a")
                .subnet("app", "vpc", "10.40.2.0/24", "us-east-1a")
                .internetGateway("igw", "vpc")
                .natGateway("nat", "pub", "vpc", "10.20.1.100", "3.3.3.3")
                .table("rt-pub", "vpc", List.of("pub"), Fixture.local("10.20.0.0/16"), Fixture.local("10.40.0.0/16"),
                        Fixture.route("0.0.0.0/0", Fixture.igw("igw")))
                .table("rt-app", "vpc", List.of("app"), Fixture.local("10.20.0.0/16"), Fixture.local("10.40.0.0/16"),
                        Fixture.route("0.0.0.0/0", Fixture.nat("nat")))
                .group("sg", "vpc", Fixture.allowAll())
                .instance("c1", "app", "10.40.2.101", null, "sg")
                .instance("c2", "app", "10.40.2.201", null, "sg");
        Simulator sim = f.simulator();
        Session session = new Session();
        Trace one = sim.trace(TraceRequest.tcp(Fixture.at(sim, "c1"), Fixture.internet("93.184.216.34"), 443)
                .withSourcePort(40001), session);
        Trace two = sim.trace(TraceRequest.tcp(Fixture.at(sim, "c2"), Fixture.internet("93.184.216.34"), 443)
                .withSourcePort(40001), session);
        assertThat(one.translations().get(0).after()).isEqualTo("10.20.1.100:40001");
        assertThat(two.translations().get(0).after()).startsWith("10.20.1.100:").isNotEqualTo("10.20.1.100:40001");
        assertThat(two.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }
}
