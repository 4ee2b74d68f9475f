package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A security-group peer the plan does not show (a CIDR or prefix list unknown until apply, or a
 * secret) is kept as an unresolved peer, so decisions that depend on it are undetermined; it used to
 * be dropped, which made the group admit less than it will.
 */
class UnknownSecurityGroupPeersTest {

    private static final PlanResources PLAN = new PlanResources("shop", "preview.json");
    private static final String U = PulumiValues.UNKNOWN;
    private static final String SG = "sg-0a00000000000000b";


    private static List<SgRule> ingress(String groupInputs, PulumiResource... rules) throws JsonProcessingException {
        List<PulumiResource> resources = new ArrayList<>(List.of(
                PLAN.resource("aws:ec2/vpc:Vpc", "shop", "vpc-0a00000000000000a", "{\"cidrBlock\":\"10.0.0.0/16\"}", "{}"),
                PLAN.resource(FilterMapping.SECURITY_GROUP, "web", SG, groupInputs, "{}")));
        resources.addAll(List.of(rules));
        SecurityGroup group = PulumiMapper.map(resources, "us-east-1", Origin.of("preview.json", "")).network()
                .securityGroups().stream().filter(g -> g.id().equals(SG)).findFirst().orElseThrow();
        return group.ingress();
    }

    @Test
    void inlineCidrs_unknownElementAndSecretList_areUnresolvedPeers_knownOnesStayCidrs() throws JsonProcessingException {
        List<SgRule> rules = ingress("{\"vpcId\":\"vpc-0a00000000000000a\",\"ingress\":["
                + "{\"protocol\":\"tcp\",\"fromPort\":443,\"toPort\":443,\"cidrBlocks\":[\"10.1.0.0/16\",\"" + U + "\"]},"
                + "{\"protocol\":\"tcp\",\"fromPort\":22,\"toPort\":22,\"cidrBlocks\":\"[secret]\"}]}");
        assertThat(rules).extracting(SgRule::peer).hasSize(3);
        assertThat(rules.get(0).peer()).isInstanceOf(SgPeer.Cidr.class);
        assertThat(rules.get(1).peer()).isInstanceOfSatisfying(SgPeer.Unresolved.class,
                p -> assertThat(p.unknown().property()).isEqualTo("ingress[0].cidrBlocks[1]"));
        assertThat(rules.get(2).peer()).isInstanceOfSatisfying(SgPeer.Unresolved.class,
                p -> assertThat(p.unknown().describe()).contains("a secret"));
    }

    @Test
    void vpcIngressRule_withAnUnknownCidr_isKept_withAnUnresolvedPeer() throws JsonProcessingException {
        List<SgRule> rules = ingress("{\"vpcId\":\"vpc-0a00000000000000a\"}",
                PLAN.resource(FilterMapping.INGRESS_RULE, "office", "sgr-0a00000000000000c",
                        "{\"securityGroupId\":\"" + SG + "\",\"ipProtocol\":\"tcp\",\"fromPort\":22,\"toPort\":22,"
                                + "\"cidrIpv4\":\"" + U + "\"}", "{}"));
        assertThat(rules).singleElement().extracting(SgRule::peer).isInstanceOf(SgPeer.Unresolved.class);
    }

    @Test
    void vpcIngressRule_toAGroup_isNotConfusedByAnUnknownComputedCidrOutput() throws JsonProcessingException {
        List<SgRule> rules = ingress("{\"vpcId\":\"vpc-0a00000000000000a\"}",
                PLAN.resource(FilterMapping.INGRESS_RULE, "from-self", "sgr-0a00000000000000d",
                        "{\"securityGroupId\":\"" + SG + "\",\"ipProtocol\":\"tcp\",\"fromPort\":8080,\"toPort\":8080,"
                                + "\"referencedSecurityGroupId\":\"" + SG + "\"}",
                        "{\"cidrIpv4\":\"" + U + "\",\"prefixListId\":\"" + U + "\"}"));
        assertThat(rules).singleElement().extracting(SgRule::peer).isEqualTo(new SgPeer.Group(SG, ""));
    }
}
