package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFixtures.problemsOf;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.read;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.withBase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values a plan does not know yet, written {"unknown": resource, "property": name}, stay unknown in the model. */
class GraphReaderUnknownValuesTest {

    private static final String URN = "urn:pulumi:dev::net::aws:ec2/natGateway:NatGateway::nat-a";

    @Test
    void read_whenAddressesAreUnknown_keepsThemUnknownWithResourceAndProperty() throws Exception {
        Network network = read(withBase("""
                "elasticIps": [{"id": "eipalloc-1", "publicIp": {"unknown": "eipalloc-1", "property": "publicIp"}}],
                "natGateways": [{"id": "nat-1", "subnetId": "subnet-a",
                  "addresses": [{"privateIp": {"unknown": "nat-1", "property": "privateIp"}, "allocationId": "eipalloc-1"}]}],
                "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-a", "privateIp": {"unknown": "i-1", "property": "privateIp"},
                  "publicIp": {"unknown": "i-1", "property": "publicIp"}}],
                "loadBalancers": [{"id": "arn:nlb", "zones": [{"subnetId": "subnet-a", "addresses": [{"unknown": "arn:nlb", "property": "privateIpv4Address"}]}]}]"""));

        assertThat(network.elasticIps().get(0).publicIp()).isEqualTo(Planned.unknown("eipalloc-1", "publicIp"));
        assertThat(network.natGateways().get(0).addresses().get(0).privateIp()).isEqualTo(Planned.unknown("nat-1", "privateIp"));
        assertThat(network.networkInterfaces().get(0).privateIp()).isEqualTo(Planned.unknown("i-1", "privateIp"));
        assertThat(network.networkInterfaces().get(0).publicIp()).isEqualTo(Planned.unknown("i-1", "publicIp"));
        assertThat(network.loadBalancers().get(0).zones().get(0).addresses())
                .containsExactly(Planned.unknown("arn:nlb", "privateIpv4Address"));
    }

    @Test
    void read_whenRouteTargetIsUnknown_mapsToAnUnresolvedTarget() throws Exception {
        Network network = read(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "routes": [
                  {"cidr": "0.0.0.0/0", "target": {"unknown": "%s", "property": "id"}}]}]""".formatted(URN)));

        Route route = network.routeTables().get(0).routes().get(1);
        assertThat(route.target()).isEqualTo(new RouteTarget.Unresolved(new Planned.Unknown<>(URN, "id")));
        assertThat(route.source()).isEqualTo(Route.Source.STATIC);
    }

    @Test
    void read_whenSecurityGroupPeerIsUnknown_mapsToAnUnresolvedPeer() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "ingress": [
                  {"protocol": "tcp", "ports": 443, "securityGroup": {"unknown": "sg-lb", "property": "id"}}]}]"""));

        assertThat(network.securityGroups().get(0).ingress().get(0).peer())
                .isEqualTo(new SgPeer.Unresolved(new Planned.Unknown<>("sg-lb", "id")));
    }

    @Test
    void read_whenNamesAndIdsAreUnknown_keepsThemUnknown() throws Exception {
        Network network = read("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.0.0/24", "azId": {"unknown": "subnet-1", "property": "availabilityZoneId"}}],
                 "endpointServices": [{"id": "vpce-svc-1", "acceptanceRequired": true, "serviceName": {"unknown": "vpce-svc-1", "property": "serviceName"}}],
                 "latticeServices": [{"id": "svc-1", "dnsName": {"unknown": "svc-1", "property": "dnsEntry"}}],
                 "latticeListeners": [{"id": "listener-1", "serviceId": "svc-1",
                   "defaultAction": {"forward": [{"targetGroupId": {"unknown": "tg-new", "property": "id"}, "weight": 5}]}}]}""");

        assertThat(network.subnets().get(0).azId()).isEqualTo(Planned.unknown("subnet-1", "availabilityZoneId"));
        EndpointService service = network.endpointServices().get(0);
        assertThat(service.serviceName()).isEqualTo(Planned.unknown("vpce-svc-1", "serviceName"));
        assertThat(network.latticeServices().get(0).dnsName()).isEqualTo(Planned.unknown("svc-1", "dnsEntry"));
        assertThat(network.latticeListeners().get(0).defaultAction()).isEqualTo(new LatticeAction.Forward(
                List.of(new WeightedTargetGroup(Planned.unknown("tg-new", "id"), 5))));
    }

    @Test
    void read_whenUnknownLacksItsProperty_reportsTheSchemaViolationAtThatValue() {
        List<Diagnostic> problems = problemsOf(withBase("""
                "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-a", "privateIp": {"unknown": "i-1"}}]"""));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.location().pointer()).isEqualTo("/networkInterfaces/0/privateIp");
            assertThat(problem.message()).contains("property");
        });
    }
}
