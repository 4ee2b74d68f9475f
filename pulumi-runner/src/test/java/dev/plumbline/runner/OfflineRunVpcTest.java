package dev.plumbline.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.runner.programs.TwoTierVpc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.plumbline.runner.Captured.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** One offline run of a two-tier VPC program, checked resource by resource. */
class OfflineRunVpcTest {

    private static final String VPC = "aws:ec2/vpc:Vpc";
    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String INSTANCE = "aws:ec2/instance:Instance";
    private static final String NAT = "aws:ec2/natGateway:NatGateway";
    private static final String EIP = "aws:ec2/eip:Eip";
    private static final String TIER = "plumbline:test:PrivateTier";

    private static Captured run;

    @BeforeAll
    static void runProgram() {
        run = Captured.run(TwoTierVpc.class);
    }

    @Test
    void run_capturesEveryRegisteredResourceOnce_withoutTheStack() {
        List<String> captured = run.resources().stream()
                .map(r -> r.get("type").asText() + "::" + r.get("name").asText()).toList();

        assertThat(captured).containsExactlyInAnyOrder(
                VPC + "::main", SUBNET + "::public-a", SUBNET + "::public-b",
                "aws:ec2/internetGateway:InternetGateway::igw",
                "aws:ec2/internetGatewayAttachment:InternetGatewayAttachment::igw-attachment",
                "aws:ec2/routeTable:RouteTable::public",
                "aws:ec2/routeTableAssociation:RouteTableAssociation::public-a",
                "aws:ec2/routeTableAssociation:RouteTableAssociation::public-b",
                EIP + "::nat", NAT + "::nat",
                TIER + "::app-tier", SUBNET + "::app-tier-a", SUBNET + "::app-tier-b",
                "aws:ec2/routeTable:RouteTable::app-tier", "aws:ec2/route:Route::app-tier-default",
                "aws:ec2/routeTableAssociation:RouteTableAssociation::app-tier-a",
                "aws:ec2/routeTableAssociation:RouteTableAssociation::app-tier-b",
                "aws:ec2/securityGroup:SecurityGroup::bastion", "aws:ec2/securityGroup:SecurityGroup::app",
                "aws:ec2/securityGroupRule:SecurityGroupRule::app-from-bastion",
                "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule::app-https",
                "aws:ec2/networkAcl:NetworkAcl::private", "aws:ec2/networkAclRule:NetworkAclRule::private-in",
                INSTANCE + "::bastion", INSTANCE + "::app");
        assertThat(run.root.get("version").asInt()).isEqualTo(1);
        assertThat(run.root.get("project").asText()).isEqualTo(Captured.PROJECT);
        assertThat(run.root.get("diagnostics")).isEmpty();
    }

    @Test
    void run_writesUrnsAsTheEngineDoes_withoutTheStackInTheTypeChain() {
        assertThat(run.json).doesNotContain("pulumi:pulumi:Stack$");
        assertThat(run.urn(VPC, "main")).isEqualTo("urn:pulumi:dev::plumbline-test::aws:ec2/vpc:Vpc::main");
        assertThat(run.resource(VPC, "main").get("parent").asText()).isEqualTo(Captured.STACK_URN);
        assertThat(run.resource(VPC, "main").get("provider").asText()).isEmpty();
    }

    @Test
    void run_childOfComponent_carriesTheComponentInItsUrnAndParent() {
        String tier = run.urn(TIER, "app-tier");
        JsonNode subnet = run.resource(SUBNET, "app-tier-a");

        assertThat(tier).isEqualTo("urn:pulumi:dev::plumbline-test::plumbline:test:PrivateTier::app-tier");
        assertThat(subnet.get("urn").asText())
                .isEqualTo("urn:pulumi:dev::plumbline-test::plumbline:test:PrivateTier$aws:ec2/subnet:Subnet::app-tier-a");
        assertThat(subnet.get("parent").asText()).isEqualTo(tier);
        assertThat(run.resource(TIER, "app-tier").get("custom").asBoolean()).isFalse();
        assertThat(run.id(TIER, "app-tier")).isEmpty();
        assertThat(texts(run.outputs(TIER, "app-tier").get("subnetIds")))
                .containsExactly(run.id(SUBNET, "app-tier-a"), run.id(SUBNET, "app-tier-b"));
    }

    @Test
    void run_recordsDependenciesAndPropertyDependencies() {
        JsonNode route = run.resource("aws:ec2/route:Route", "app-tier-default");
        String nat = run.urn(NAT, "nat");
        String table = run.urn("aws:ec2/routeTable:RouteTable", "app-tier");

        assertThat(texts(route.get("propertyDependencies").get("natGatewayId"))).containsExactly(nat);
        assertThat(texts(route.get("propertyDependencies").get("routeTableId"))).containsExactly(table);
        assertThat(texts(route.get("propertyDependencies").get("destinationCidrBlock"))).isEmpty();
        assertThat(texts(route.get("dependencies"))).contains(nat, table);
        assertThat(route.get("inputs").get("natGatewayId").asText()).isEqualTo(run.id(NAT, "nat"));
    }

    @Test
    void run_dependsOn_isADependencyButNotAPropertyDependency() {
        JsonNode app = run.resource(INSTANCE, "app");
        String nat = run.urn(NAT, "nat");

        assertThat(texts(app.get("dependencies"))).contains(nat, run.urn(SUBNET, "app-tier-a"));
        app.get("propertyDependencies").forEach(urns -> assertThat(texts(urns)).doesNotContain(nat));
    }

    @Test
    void run_inlineRoutesAndRules_areInputsOfTheirTableAndGroup() {
        JsonNode routes = run.resource("aws:ec2/routeTable:RouteTable", "public").get("inputs").get("routes");
        JsonNode ingress = run.resource("aws:ec2/securityGroup:SecurityGroup", "bastion").get("inputs").get("ingress");

        assertThat(routes).hasSize(1);
        assertThat(routes.get(0).get("gatewayId").asText()).isEqualTo(run.id("aws:ec2/internetGateway:InternetGateway", "igw"));
        assertThat(ingress.get(0).get("fromPort").isIntegralNumber()).isTrue();
        assertThat(ingress.get(0).get("fromPort").asInt()).isEqualTo(22);
    }

    @Test
    void run_givesIdsInAwsFormats() {
        assertThat(run.id(VPC, "main")).matches("vpc-0[0-9a-f]{16}");
        assertThat(run.id(SUBNET, "public-a")).matches("subnet-0[0-9a-f]{16}");
        assertThat(run.id("aws:ec2/routeTable:RouteTable", "public")).matches("rtb-0[0-9a-f]{16}");
        assertThat(run.id("aws:ec2/routeTableAssociation:RouteTableAssociation", "public-a")).matches("rtbassoc-0[0-9a-f]{16}");
        assertThat(run.id(EIP, "nat")).matches("eipalloc-0[0-9a-f]{16}");
        assertThat(run.id(NAT, "nat")).matches("nat-0[0-9a-f]{16}");
        assertThat(run.id("aws:ec2/securityGroup:SecurityGroup", "app")).matches("sg-0[0-9a-f]{16}");
        assertThat(run.id("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "app-https")).matches("sgr-0[0-9a-f]{16}");
        assertThat(run.id("aws:ec2/securityGroupRule:SecurityGroupRule", "app-from-bastion")).matches("sgrule-\\d{10}");
        assertThat(run.id("aws:ec2/networkAcl:NetworkAcl", "private")).matches("acl-0[0-9a-f]{16}");
        assertThat(run.id(INSTANCE, "app")).matches("i-0[0-9a-f]{16}");
        assertThat(run.id("aws:ec2/internetGatewayAttachment:InternetGatewayAttachment", "igw-attachment"))
                .isEqualTo(run.id("aws:ec2/internetGateway:InternetGateway", "igw") + ":" + run.id(VPC, "main"));
        assertThat(run.id("aws:ec2/route:Route", "app-tier-default"))
                .startsWith("r-" + run.id("aws:ec2/routeTable:RouteTable", "app-tier"));
        Set<String> ids = run.resources().stream().map(r -> r.get("id").asText()).filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
        assertThat(ids).hasSize(run.resources().size() - 1);
    }

    @Test
    void run_givesTheVpcItsDefaultsOwnerAndArn() {
        JsonNode vpc = run.outputs(VPC, "main");
        String id = run.id(VPC, "main");

        assertThat(vpc.get("mainRouteTableId").asText()).matches("rtb-0[0-9a-f]{16}");
        assertThat(vpc.get("defaultNetworkAclId").asText()).matches("acl-0[0-9a-f]{16}");
        assertThat(vpc.get("defaultSecurityGroupId").asText()).matches("sg-0[0-9a-f]{16}");
        assertThat(vpc.get("ownerId").asText()).isEqualTo("123456789012");
        assertThat(vpc.get("arn").asText()).isEqualTo("arn:aws:ec2:us-east-1:123456789012:vpc/" + id);
        assertThat(vpc.get("id").asText()).isEqualTo(id);
        assertThat(vpc.get("cidrBlock").asText()).isEqualTo("10.0.0.0/16");
    }

    @Test
    void run_subnetWithZoneName_getsItsZoneId() {
        assertThat(run.outputs(SUBNET, "public-a").get("availabilityZoneId").asText()).isEqualTo("use1-az1");
        assertThat(run.outputs(SUBNET, "public-b").get("availabilityZoneId").asText()).isEqualTo("use1-az2");
    }

    @Test
    void run_subnetWithZoneIdOnly_getsItsZoneName() {
        JsonNode subnet = run.outputs(SUBNET, "app-tier-b");

        assertThat(subnet.get("availabilityZone").asText()).isEqualTo("us-east-1b");
        assertThat(subnet.get("availabilityZoneId").asText()).isEqualTo("use1-az2");
        assertThat(run.resource(SUBNET, "app-tier-b").get("inputs").has("availabilityZone")).isFalse();
    }

    @Test
    void run_allocatesPrivateAddressesFromTheSubnet_skippingTheFiveAwsReserves() {
        String app = run.outputs(INSTANCE, "app").get("privateIp").asText();
        String bastion = run.outputs(INSTANCE, "bastion").get("privateIp").asText();
        String nat = run.outputs(NAT, "nat").get("privateIp").asText();

        assertThat(app).startsWith("10.0.10.");
        assertThat(lastOctet(app)).isBetween(4, 14);
        assertThat(bastion).startsWith("10.0.0.");
        assertThat(lastOctet(bastion)).isBetween(4, 254);
        assertThat(nat).startsWith("10.0.0.").isNotEqualTo(bastion);
        assertThat(run.outputs(INSTANCE, "app").get("privateDns").asText())
                .isEqualTo("ip-" + app.replace('.', '-') + ".ec2.internal");
    }

    @Test
    void run_instanceInSubnetMappingPublicAddresses_getsAPublicAddress_andOtherDoesNot() {
        JsonNode bastion = run.outputs(INSTANCE, "bastion");
        JsonNode app = run.outputs(INSTANCE, "app");

        assertThat(bastion.get("publicIp").asText()).matches("(198\\.51\\.100|203\\.0\\.113)\\.\\d+");
        assertThat(app.has("publicIp")).isFalse();
        assertThat(bastion.get("primaryNetworkInterfaceId").asText()).matches("eni-0[0-9a-f]{16}");
        assertThat(bastion.get("availabilityZone").asText()).isEqualTo("us-east-1a");
    }

    @Test
    void run_natGateway_takesItsPublicAddressFromItsElasticIp() {
        JsonNode eip = run.outputs(EIP, "nat");
        JsonNode nat = run.outputs(NAT, "nat");

        assertThat(eip.get("allocationId").asText()).isEqualTo(run.id(EIP, "nat"));
        assertThat(eip.get("publicIp").asText()).matches("(198\\.51\\.100|203\\.0\\.113)\\.\\d+");
        assertThat(nat.get("publicIp").asText()).isEqualTo(eip.get("publicIp").asText());
        assertThat(nat.get("networkInterfaceId").asText()).matches("eni-0[0-9a-f]{16}");
        assertThat(nat.get("connectivityType").asText()).isEqualTo("public");
    }

    @Test
    void run_securityGroupWithoutName_getsPulumisAutoName() {
        assertThat(run.outputs("aws:ec2/securityGroup:SecurityGroup", "app").get("name").asText()).matches("app-[0-9a-f]{7}");
    }

    @Test
    void run_neverWritesASecretsPlaintext() {
        assertThat(run.json).doesNotContain("hunter2");
        assertThat(run.resource(INSTANCE, "app").get("inputs").get("userData").asText()).isEqualTo("[secret]");
        assertThat(run.outputs(INSTANCE, "app").get("userData").asText()).isEqualTo("[secret]");
        assertThat(run.root.get("stackOutputs").get("dbPassword").asText()).isEqualTo("[secret]");
    }

    @Test
    void run_writesTheStackOutputs() {
        JsonNode outputs = run.root.get("stackOutputs");

        assertThat(outputs.get("appPrivateIp").asText()).isEqualTo(run.outputs(INSTANCE, "app").get("privateIp").asText());
        assertThat(outputs.get("natPublicIp").asText()).isEqualTo(run.outputs(NAT, "nat").get("publicIp").asText());
    }

    @Test
    void run_keysOfEveryResource_areTheContracts() {
        run.resources().forEach(resource -> {
            List<String> keys = new ArrayList<>();
            resource.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("urn", "type", "name", "custom", "parent", "id", "inputs", "outputs",
                    "dependencies", "propertyDependencies", "provider");
        });
    }

    private static int lastOctet(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
    }
}
