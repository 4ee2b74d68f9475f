package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interface endpoint to a service that requires acceptance records pendingAcceptance when it is
 * created; an accepter in the same stack accepts it afterwards, so its state in the plan (or in a
 * state file before the next refresh) is stale.
 */
class EndpointAcceptanceTest {

    private static final PlanResources PLAN = new PlanResources("saas", "run.json");


    private static List<PulumiResource> consumer(boolean accepted) throws JsonProcessingException {
        List<PulumiResource> resources = new ArrayList<>(List.of(
                PLAN.resource("aws:ec2/vpc:Vpc", "customer", "vpc-0b1b2c3d4e5f60718", "{\"cidrBlock\":\"10.20.0.0/16\"}", "{}"),
                PLAN.resource("aws:ec2/subnet:Subnet", "endpoint-a", "subnet-0b1b2c3d4e5f60718",
                        "{\"vpcId\":\"vpc-0b1b2c3d4e5f60718\",\"cidrBlock\":\"10.20.11.0/28\",\"availabilityZone\":\"us-east-1a\"}", "{}"),
                PLAN.resource("aws:ec2/vpcEndpoint:VpcEndpoint", "orders", "vpce-0b1b2c3d4e5f60718",
                        "{\"vpcEndpointType\":\"Interface\",\"vpcId\":\"vpc-0b1b2c3d4e5f60718\",\"subnetIds\":[\"subnet-0b1b2c3d4e5f60718\"],"
                                + "\"serviceName\":\"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718\"}",
                        "{\"state\":\"pendingAcceptance\"}")));
        if (accepted) {
            resources.add(PLAN.resource("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter", "accept",
                    "vpce-svc-0a1b2c3d4e5f60718_vpce-0b1b2c3d4e5f60718",
                    "{\"vpcEndpointId\":\"vpce-0b1b2c3d4e5f60718\",\"vpcEndpointServiceId\":\"vpce-svc-0a1b2c3d4e5f60718\"}",
                    "{\"vpcEndpointState\":\"available\"}"));
        }
        return resources;
    }

    @Test
    void endpointRecordedPendingAcceptance_acceptedByAnAccepterOfThePlan_isAvailable() throws JsonProcessingException {
        Network net = PulumiMapper.map(consumer(true), "us-east-1", Origin.of("run.json", "")).network();
        assertThat(net.vpcEndpoints()).singleElement().extracting(VpcEndpoint::state).isEqualTo("available");
    }

    @Test
    void endpointRecordedPendingAcceptance_withoutAnAccepter_staysPending() throws JsonProcessingException {
        Network net = PulumiMapper.map(consumer(false), "us-east-1", Origin.of("run.json", "")).network();
        assertThat(net.vpcEndpoints()).singleElement().extracting(VpcEndpoint::state).isEqualTo("pendingAcceptance");
    }
}
