package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.elb.LoadBalancer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** aws:alb/* resources (the provider's alias module of aws:lb/*) are mapped like aws:lb/*, not ignored. */
class AlbAliasTypesTest {

    private static final PlanResources PLAN = new PlanResources("web", "run.json");


    @Test
    void loadBalancerDeclaredWithTheAlbAlias_isMapped_andItsUrnKeepsTheProgramsType() throws JsonProcessingException {
        List<PulumiResource> resources = List.of(
                PLAN.resource("aws:ec2/vpc:Vpc", "web", "vpc-0c00000000000000a", "{\"cidrBlock\":\"10.5.0.0/16\"}"),
                PLAN.resource("aws:ec2/subnet:Subnet", "web-a", "subnet-0c00000000000000a",
                        "{\"vpcId\":\"vpc-0c00000000000000a\",\"cidrBlock\":\"10.5.1.0/24\",\"availabilityZone\":\"us-east-1a\"}"),
                PLAN.resource("aws:alb/loadBalancer:LoadBalancer", "front",
                        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/front/0c00000000000000",
                        "{\"loadBalancerType\":\"network\",\"internal\":true,\"subnets\":[\"subnet-0c00000000000000a\"]}"));
        assertThat(resources.get(2).type()).isEqualTo("aws:lb/loadBalancer:LoadBalancer");
        assertThat(resources.get(2).urn()).contains("aws:alb/loadBalancer:LoadBalancer::front");
        PulumiMapper.Result result = PulumiMapper.map(resources, "us-east-1", Origin.of("run.json", ""));
        assertThat(result.network().loadBalancers()).singleElement().extracting(LoadBalancer::type)
                .isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(result.notes()).noneMatch(d -> d.message().contains("alb"));
    }
}
