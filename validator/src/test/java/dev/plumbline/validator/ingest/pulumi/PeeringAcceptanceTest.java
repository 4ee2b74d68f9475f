package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.PeeringConnection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A peering connection records pending-acceptance when it is created without autoAccept; a
 * VpcPeeringConnectionAccepter of the same plan accepts it afterwards, so the requester's recorded
 * status is stale (as for interface endpoints, {@link EndpointAcceptanceTest}).
 */
class PeeringAcceptanceTest {

    private static final PlanResources PLAN = new PlanResources("mesh", "run.json");


    private static List<PulumiResource> peered(String requesterOutputs, String accepterInputs, String accepterOutputs)
            throws JsonProcessingException {
        List<PulumiResource> resources = new ArrayList<>(List.of(
                PLAN.resource("aws:ec2/vpc:Vpc", "left", "vpc-0a0000000000000a1", "{\"cidrBlock\":\"10.1.0.0/16\"}", "{}"),
                PLAN.resource("aws:ec2/vpc:Vpc", "right", "vpc-0a0000000000000a2", "{\"cidrBlock\":\"10.2.0.0/16\"}", "{}"),
                PLAN.resource(VpcMapping.PEERING, "left-right", "pcx-0a0000000000000a3",
                        "{\"vpcId\":\"vpc-0a0000000000000a1\",\"peerVpcId\":\"vpc-0a0000000000000a2\"}", requesterOutputs)));
        if (accepterInputs != null) {
            resources.add(PLAN.resource(VpcMapping.PEERING_ACCEPTER, "accept-left-right", "pcx-0a0000000000000a3",
                    accepterInputs, accepterOutputs));
        }
        return resources;
    }

    private static PulumiMapper.Result map(List<PulumiResource> resources) {
        return PulumiMapper.map(resources, "us-east-1", Origin.of("run.json", ""));
    }

    private static String status(Network net) {
        return net.peeringConnections().stream().map(PeeringConnection::status).findFirst().orElseThrow();
    }

    @Test
    void recordedPending_acceptedByAnAccepterOfThePlan_isActive_andTheAccepterIsNotListedAsIgnored()
            throws JsonProcessingException {
        PulumiMapper.Result result = map(peered("{\"acceptStatus\":\"pending-acceptance\"}",
                "{\"vpcPeeringConnectionId\":\"pcx-0a0000000000000a3\",\"autoAccept\":true}", "{}"));
        assertThat(status(result.network())).isEqualTo("active");
        assertThat(result.notes()).noneMatch(d -> d.message().contains("VpcPeeringConnectionAccepter"));
    }

    @Test
    void recordedPending_withAnAccepterThatReportsActive_isActive() throws JsonProcessingException {
        assertThat(status(map(peered("{\"acceptStatus\":\"pending-acceptance\"}",
                "{\"vpcPeeringConnectionId\":\"pcx-0a0000000000000a3\"}", "{\"acceptStatus\":\"active\"}")).network()))
                .isEqualTo("active");
    }

    @Test
    void recordedPending_withoutAnAccepter_staysPending() throws JsonProcessingException {
        assertThat(status(map(peered("{\"acceptStatus\":\"pending-acceptance\"}", null, null)).network()))
                .isEqualTo("pending-acceptance");
    }

    @Test
    void recordedPending_withAnAccepterThatDoesNotAccept_staysPending() throws JsonProcessingException {
        assertThat(status(map(peered("{\"acceptStatus\":\"pending-acceptance\"}",
                "{\"vpcPeeringConnectionId\":\"pcx-0a0000000000000a3\",\"autoAccept\":false}", "{}")).network()))
                .isEqualTo("pending-acceptance");
    }
}
