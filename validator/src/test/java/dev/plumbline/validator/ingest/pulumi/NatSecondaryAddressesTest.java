package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A NAT gateway's secondaryAllocationIds in a preview: a Java program that passes the list as one
 * Output sends it as a single unknown value; it is read from the property's dependencies, like
 * every other list of references. A NAT gateway whose secondary list is only an unknown output
 * (AWS computes it) has no secondary address.
 */
class NatSecondaryAddressesTest {

    private static final PlanResources PLAN = new PlanResources("egress", "preview.json");
    private static final String P = "urn:pulumi:dev::egress::";
    private static final String U = PulumiValues.UNKNOWN;

    private static PulumiResource resource(String type, String name, String inputs, String outputs, String propertyDependencies) {
        return PLAN.resource(type, name, "", inputs, outputs, propertyDependencies);
    }

    private static List<NatAddress> natAddresses(String natInputs, String natOutputs, String propertyDependencies)
            throws JsonProcessingException {
        String vpc = P + "aws:ec2/vpc:Vpc::egress";
        String subnet = P + "aws:ec2/subnet:Subnet::public-a";
        List<PulumiResource> resources = List.of(
                resource("aws:ec2/vpc:Vpc", "egress", "{\"cidrBlock\":\"10.40.0.0/16\"}", "{\"id\":\"" + U + "\"}", null),
                resource("aws:ec2/subnet:Subnet", "public-a",
                        "{\"vpcId\":\"" + U + "\",\"cidrBlock\":\"10.40.0.0/24\",\"availabilityZone\":\"us-east-1a\"}", "{}",
                        "{\"vpcId\":[\"" + vpc + "\"]}"),
                resource("aws:ec2/eip:Eip", "nat-a", "{\"domain\":\"vpc\"}", "{}", null),
                resource("aws:ec2/eip:Eip", "nat-a-2", "{\"domain\":\"vpc\"}", "{}", null),
                resource("aws:ec2/eip:Eip", "nat-a-3", "{\"domain\":\"vpc\"}", "{}", null),
                resource("aws:ec2/natGateway:NatGateway", "nat-a", natInputs, natOutputs,
                        propertyDependencies.replace("SUBNET", subnet)));
        PulumiMapper.Result result = PLAN.map(resources);
        assertThat(result.network().natGateways()).hasSize(1);
        NatGateway nat = result.network().natGateways().get(0);
        return nat.addresses();
    }

    @Test
    void secondaryList_unknownAsAWhole_isReadAsTheElasticIpsItsDependenciesName() throws JsonProcessingException {
        List<NatAddress> addresses = natAddresses(
                "{\"subnetId\":\"" + U + "\",\"allocationId\":\"" + U + "\",\"secondaryAllocationIds\":\"" + U + "\"}", "{}",
                "{\"subnetId\":[\"SUBNET\"],\"allocationId\":[\"" + P + "aws:ec2/eip:Eip::nat-a\"],"
                        + "\"secondaryAllocationIds\":[\"" + P + "aws:ec2/eip:Eip::nat-a-2\",\"" + P + "aws:ec2/eip:Eip::nat-a-3\"]}");
        assertThat(addresses).hasSize(3);
        assertThat(addresses.stream().filter(a -> !a.primary()).map(NatAddress::allocationId))
                .containsExactlyInAnyOrder(P + "aws:ec2/eip:Eip::nat-a-2", P + "aws:ec2/eip:Eip::nat-a-3");
    }

    @Test
    void secondaryList_onlyAnUnknownOutput_addsNoSecondaryAddress() throws JsonProcessingException {
        List<NatAddress> addresses = natAddresses(
                "{\"subnetId\":\"" + U + "\",\"allocationId\":\"" + U + "\"}", "{\"secondaryAllocationIds\":\"" + U + "\"}",
                "{\"subnetId\":[\"SUBNET\"],\"allocationId\":[\"" + P + "aws:ec2/eip:Eip::nat-a\"]}");
        assertThat(addresses).singleElement().extracting(NatAddress::primary).isEqualTo(true);
    }
}
