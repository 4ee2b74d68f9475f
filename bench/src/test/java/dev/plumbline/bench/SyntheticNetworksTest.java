package dev.plumbline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.bench.SyntheticNetworks.Spec;
import dev.plumbline.bench.SyntheticNetworks.SyntheticNetwork;
import dev.plumbline.bench.SyntheticNetworks.VpcLayout;
import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Quotas;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticNetworksTest {

    /** 3 VPCs x 4 subnets in 2 zones, 2 instances per subnet, each VPC peered with the next. */
    private static final Spec SMALL = new Spec(3, 4, 2, 2, 1, 2);

    @Test
    void generate_withSameSeed_givesEqualNetworks() {
        assertThat(SyntheticNetworks.generate(SMALL, 42).network()).isEqualTo(SyntheticNetworks.generate(SMALL, 42).network());
    }

    @Test
    void generate_withOtherSeed_choosesOtherAddressesAndRules() {
        Network a = SyntheticNetworks.generate(SMALL, 42).network();
        Network b = SyntheticNetworks.generate(SMALL, 43).network();

        assertThat(a).isNotEqualTo(b);
        assertThat(a.networkInterfaces().stream().map(NetworkInterface::privateIp).toList())
                .isNotEqualTo(b.networkInterfaces().stream().map(NetworkInterface::privateIp).toList());
        assertThat(a.size()).isEqualTo(b.size());
    }

    @Test
    void generate_countsEveryKindAsAsked() {
        Network network = SyntheticNetworks.generate(SMALL, 1).network();

        // per VPC: VPC, IGW, 4 subnets, 4 route tables (main, public, 2 private), 2 NATs + 2 EIPs + 2 NAT ENIs,
        // 8 instances + 8 ENIs, 4 groups, 3 ACLs, 2 gateway endpoints = 41; 3 ring peerings; 3 prefix lists
        assertThat(network.size()).isEqualTo(3 * 41 + 3 + 3).isEqualTo(SMALL.expectedSize());
        assertThat(network.vpcs()).hasSize(3);
        assertThat(network.subnets()).hasSize(12);
        assertThat(network.instances()).hasSize(24);
        assertThat(network.networkInterfaces()).hasSize(24 + 6);
        assertThat(network.natGateways()).hasSize(6);
        assertThat(network.peeringConnections()).hasSize(3);
        assertThat(network.subnets().stream().filter(Subnet::mapPublicIpOnLaunch)).hasSize(6);
    }

    @Test
    void generate_whenMidSized_sizeMatchesTheSpec() {
        Spec spec = Spec.of(12, 8).withInstancesPerSubnet(10);

        assertThat(SyntheticNetworks.generate(spec, 7).network().size()).isEqualTo(spec.expectedSize());
    }

    @Test
    void ofAbout_100k_isWithinOnePercent() {
        Spec spec = Spec.ofAbout(100_000);

        assertThat(spec.expectedSize()).isBetween(99_000, 101_000);
        assertThat(spec.peersPerVpc()).isEqualTo(2);
    }

    @Test
    void generate_addressesFitTheirVpcsAndNeverCollide() {
        Network network = SyntheticNetworks.generate(new Spec(5, 6, 20, 3, 2, 1), 3).network();

        List<Prefix> vpcCidrs = network.vpcs().stream().map(v -> v.cidrs().get(0)).toList();
        for (int i = 0; i < vpcCidrs.size(); i++) {
            for (int j = i + 1; j < vpcCidrs.size(); j++) {
                assertThat(vpcCidrs.get(i).overlaps(vpcCidrs.get(j))).as(vpcCidrs.get(i) + " vs " + vpcCidrs.get(j)).isFalse();
            }
        }
        for (Subnet subnet : network.subnets()) {
            Vpc vpc = network.vpcs().stream().filter(v -> v.id().equals(subnet.vpcId())).findFirst().orElseThrow();
            assertThat(vpc.containsPrefix(subnet.cidr())).isTrue();
        }
        Set<Ipv4> privateIps = new HashSet<>();
        for (NetworkInterface eni : network.networkInterfaces()) {
            Subnet subnet = network.subnets().stream().filter(s -> s.id().equals(eni.subnetId())).findFirst().orElseThrow();
            Ipv4 ip = eni.privateIp().orElse(null);
            assertThat(subnet.cidr().contains(ip)).isTrue();
            assertThat(privateIps.add(ip)).as("duplicate " + ip).isTrue();
        }
        Set<String> ids = new HashSet<>();
        network.elements().map(Element::id).forEach(id -> assertThat(ids.add(id)).as("duplicate id " + id).isTrue());
    }

    @Test
    void generate_everyReferenceResolves_checkFindsNothing() {
        Network network = SyntheticNetworks.generate(new Spec(4, 6, 3, 3, 2, 2), 11).network();
        Simulator simulator = new Simulator(network);

        List<Diagnostic> findings = Checker.builtIn().run(CheckContext.of(simulator, Quotas.DEFAULTS));

        assertThat(findings).extracting(Diagnostic::ruleId).doesNotContain("route.target-missing", "sg.missing-reference");
        assertThat(findings).as("a generated network is clean").isEmpty();
    }

    @Test
    void designedPaths_inEveryVpc_succeedBothWays() {
        SyntheticNetwork generated = SyntheticNetworks.generate(new Spec(4, 6, 3, 3, 2, 2), 5);
        Simulator simulator = new Simulator(generated.network());

        for (VpcLayout vpc : generated.vpcs()) {
            NetworkInterface web = vpc.web().get(0);
            NetworkInterface app = vpc.app().get(vpc.app().size() - 1);
            NetworkInterface db = vpc.db().get(0);

            Trace webToApp = simulator.trace(TraceRequest.tcp(at(web), at(app), SyntheticNetworks.APP_PORT));
            assertRoundTrip(webToApp, Disposition.ACCEPTED);
            assertThat(webToApp.codes()).contains(StepCode.SG_INGRESS_ALLOW, StepCode.NACL_INBOUND_ALLOW);

            assertRoundTrip(simulator.trace(TraceRequest.tcp(at(app), at(db), SyntheticNetworks.DB_PORT)), Disposition.ACCEPTED);

            Trace toInternet = simulator.trace(TraceRequest.tcp(at(app), new Place.Internet(SyntheticNetworks.INTERNET),
                    SyntheticNetworks.WEB_PORT));
            assertRoundTrip(toInternet, Disposition.EXITS_NETWORK);
            assertThat(toInternet.codes()).contains(StepCode.NAT_TRANSLATE, StepCode.IGW_SOURCE_NAT);
            assertThat(toInternet.returnPath().orElseThrow().codes()).contains(StepCode.NAT_REPLY);

            Trace fromInternet = simulator.trace(TraceRequest.tcp(new Place.Internet(SyntheticNetworks.INTERNET), at(web),
                    SyntheticNetworks.WEB_PORT));
            assertRoundTrip(fromInternet, Disposition.ACCEPTED);
            assertThat(fromInternet.codes()).contains(StepCode.IGW_DESTINATION_NAT);
        }
    }

    @Test
    void designedPaths_toThePeeredVpc_crossThePeering() {
        SyntheticNetwork generated = SyntheticNetworks.generate(new Spec(4, 6, 3, 3, 2, 2), 5);
        Simulator simulator = new Simulator(generated.network());

        for (int i = 0; i < generated.vpcs().size(); i++) {
            VpcLayout from = generated.vpcs().get(i);
            VpcLayout to = generated.vpcs().get((i + 1) % generated.vpcs().size());
            assertThat(from.peerVpcIds()).contains(to.vpc().id());

            Trace trace = simulator.trace(TraceRequest.tcp(at(from.app().get(0)), at(to.app().get(0)),
                    SyntheticNetworks.APP_PORT));

            assertRoundTrip(trace, Disposition.ACCEPTED);
            assertThat(trace.codes()).contains(StepCode.PEERING_CROSS);
        }
    }

    @Test
    void designedPaths_toAnUnpeeredVpc_haveNoRoute() {
        SyntheticNetwork generated = SyntheticNetworks.generate(new Spec(6, 4, 1, 2, 1, 0), 5);
        Simulator simulator = new Simulator(generated.network());

        Trace trace = simulator.trace(TraceRequest.tcp(at(generated.vpcs().get(0).app().get(0)),
                at(generated.vpcs().get(3).app().get(0)), SyntheticNetworks.APP_PORT));

        assertThat(trace.disposition()).as("10.3.0.0/16 is not peered with VPC 0: it follows 0.0.0.0/0 to the NAT, "
                + "and the internet does not route a private address").isNotEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void routeTable_hasExactlyTheRoutesAskedWithDistinctDestinations() {
        RouteTable table = SyntheticNetworks.routeTable(1000, 9);

        assertThat(table.routes()).hasSize(1000);
        assertThat(table.routes().stream().map(Route::destination).distinct()).hasSize(1000);
        assertThat(table.routes().get(0).destination()).isEqualTo(new RouteDestination.Cidr(Prefix.parse("10.0.0.0/16")));
        assertThat(SyntheticNetworks.routeTable(1000, 9)).isEqualTo(table);
    }

    @Test
    void lookupAddresses_areDeterministicAndMostlyInsideRoutes() {
        RouteTable table = SyntheticNetworks.routeTable(50, 9);
        int[] addresses = SyntheticNetworks.lookupAddresses(table, 4096, 1);

        assertThat(SyntheticNetworks.lookupAddresses(table, 4096, 1)).isEqualTo(addresses);
        List<Prefix> specific = table.routes().stream().map(r -> ((RouteDestination.Cidr) r.destination()).prefix())
                .filter(p -> p.length() > 0).toList();
        long inside = java.util.Arrays.stream(addresses).filter(a -> specific.stream().anyMatch(p -> p.contains(a))).count();
        assertThat(inside).isGreaterThan(4096 * 6 / 10);
    }

    @Test
    void writeGraph_readsBackAsTheSameNetwork(@TempDir Path dir) throws Exception {
        Network network = SyntheticNetworks.generate(SMALL, 2).network();
        Path file = dir.resolve("synthetic.json");

        SyntheticNetworks.writeGraph(network, file);
        Ingested read = new GraphReader().read(file);

        assertThat(read.network().size()).isEqualTo(network.size());
        assertThat(read.network().elements().map(Element::id).toList())
                .isEqualTo(network.elements().map(Element::id).toList());
        assertThat(read.network().routeTables().stream().mapToInt(t -> t.routes().size()).sum())
                .isEqualTo(network.routeTables().stream().mapToInt(t -> t.routes().size()).sum());
        assertThat(read.network().securityGroups()).extracting(g -> g.ingress().size())
                .isEqualTo(network.securityGroups().stream().map(g -> g.ingress().size()).toList());
    }

    @Test
    void spec_whenNoPrivateSubnetIsLeft_isRejected() {
        assertThatThrownBy(() -> new Spec(1, 3, 1, 3, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the 3 public ones");
    }

    @Test
    void spec_whenInstancesDoNotFitASlash24_isRejected() {
        assertThatThrownBy(() -> new Spec(1, 4, 242, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instances per subnet must be 0-241");
    }

    @Test
    void spec_whenVpcsDoNotFitTenSlashEight_isRejected() {
        assertThatThrownBy(() -> new Spec(5000, 200, 1, 3, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not fit 10.0.0.0/8");
    }

    private static Place at(NetworkInterface eni) {
        return new Place.AtInterface(eni);
    }

    private static void assertRoundTrip(Trace trace, Disposition expected) {
        assertThat(trace.disposition()).as(() -> describe(trace)).isEqualTo(expected);
        assertThat(trace.returnPath()).as("reply of " + trace.flow().render()).isPresent();
        assertThat(trace.returnPath().get().disposition()).as(() -> describe(trace.returnPath().get()))
                .isEqualTo(Disposition.ACCEPTED);
    }

    private static String describe(Trace trace) {
        StringBuilder out = new StringBuilder(trace.flow().render()).append('\n');
        trace.hops().forEach(h -> h.steps().forEach(s -> out.append("  ").append(h.nodeId()).append(' ')
                .append(s.code()).append(": ").append(s.detail()).append('\n')));
        return out.toString();
    }
}
