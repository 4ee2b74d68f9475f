package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFixtures.problemsOf;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.read;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.withBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgPeer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input gives a {@link BadInputException} whose problems name the file, the
 * JSON pointer (or line and column for broken JSON) and how to fix it.
 */
class GraphReaderBadInputTest {

    @TempDir
    Path dir;

    private static Diagnostic onlyProblem(String json) {
        List<Diagnostic> problems = problemsOf(json);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void read_whenFileIsNotJson_reportsLineAndColumn() {
        Diagnostic problem = onlyProblem("{\"version\": 1,\n  \"vpcs\": [}\n");

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_JSON);
        assertThat(problem.location().file()).isEqualTo(GraphFixtures.FILE);
        assertThat(problem.message()).startsWith("not valid JSON at line 2, column 12:")
                .doesNotContain("Source:").doesNotContain("REDACTED");
        assertThat(problem.hint()).contains("{\"version\": 1");
    }

    @Test
    void read_whenFileIsEmpty_saysSo() {
        Diagnostic problem = onlyProblem("");

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_JSON);
        assertThat(problem.message()).isEqualTo("the file is empty");
        assertThat(problem.hint()).contains("\"version\": 1");
    }

    @Test
    void read_whenFileHoldsOnlyWhitespace_saysItIsEmpty() {
        assertThat(onlyProblem(" \n\t\n").message()).isEqualTo("the file is empty");
    }

    @Test
    void read_whenFileIsTruncated_saysWhereTheJsonEnds() {
        Diagnostic problem = onlyProblem("{\"version\": 1,\n \"vpcs\": [{\"id\": \"vpc-1\",");

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_JSON);
        assertThat(problem.message()).isEqualTo("the JSON ends at line 2, column 26 before it is complete (is the file truncated?)");
    }

    @Test
    void read_whenJsonHasTrailingContent_rejectsIt() {
        Diagnostic problem = onlyProblem("{\"version\": 1}\n{\"version\": 1}");

        assertThat(problem.message()).startsWith("not valid JSON at line 2, column");
    }

    @Test
    void read_whenAKeyIsRepeated_rejectsItInsteadOfKeepingTheLastValue() {
        Diagnostic problem = onlyProblem("{\"version\": 1, \"vpcs\": [{\"id\": \"vpc-1\", \"id\": \"vpc-2\", \"cidrs\": [\"10.0.0.0/16\"]}]}");

        assertThat(problem.message()).contains("line 1").contains("Duplicate field 'id'");
    }

    @Test
    void read_whenTopLevelIsNotAnObject_saysWhatItFound() {
        Diagnostic problem = onlyProblem("[{\"version\": 1}]");

        assertThat(problem.message()).isEqualTo("expected a JSON object at the top level, found an array");
    }

    @Test
    void read_whenVersionIsMissing_saysItIsNotAGraphFile() {
        Diagnostic problem = onlyProblem("{\"Vpcs\": []}");

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_VERSION);
        assertThat(problem.message()).contains("not a Plumbline graph file").contains("\"version\"");
        assertThat(problem.hint()).contains("add \"version\": 1");
    }

    @Test
    void read_whenVersionIsNotOne_reportsTheVersionPointerAndTheSupportedVersion() {
        Diagnostic problem = onlyProblem("{\"version\": 2, \"nodes\": []}");

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_VERSION);
        assertThat(problem.location().pointer()).isEqualTo("/version");
        assertThat(problem.message()).isEqualTo("graph format version 2 is not supported; this Plumbline reads version 1");
        assertThat(problem.hint()).contains("\"version\": 1");
    }

    @Test
    void read_whenVersionIsAString_asksForTheNumber() {
        Diagnostic problem = onlyProblem("{\"version\": \"1\"}");

        assertThat(problem.location().pointer()).isEqualTo("/version");
        assertThat(problem.message()).isEqualTo("\"version\" must be the number 1, found a string \"1\"");
    }

    @Test
    void read_whenAKeyIsMisspelt_reportsTheSchemaViolationAtTheElement() {
        Diagnostic problem = onlyProblem(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "subnetID": ["subnet-a"]}]"""));

        assertThat(problem.ruleId()).isEqualTo(JsonSchemas.RULE_ID);
        assertThat(problem.location().pointer()).isEqualTo("/routeTables/0");
        assertThat(problem.message()).contains("'subnetID'").contains("not defined in the schema");
        assertThat(problem.hint()).contains("schemas/graph.schema.json");
    }

    @Test
    void read_whenRequiredKeyIsMissingOrMistyped_reportsEachViolationWithItsPointer() {
        List<Diagnostic> problems = problemsOf(withBase("""
                "routeTables": [{"id": "rtb-1"}],
                "natGateways": [{"id": "nat-1", "subnetId": "subnet-a", "connectivity": "public-ish"}],
                "targetGroups": [{"id": "arn:tg", "port": "443"}]"""));

        assertThat(problems).extracting(p -> p.location().pointer() + " " + p.message()).containsExactlyInAnyOrder(
                "/routeTables/0 required property 'vpcId' not found",
                "/natGateways/0/connectivity does not have a value in the enumeration [\"public\", \"private\"]",
                "/targetGroups/0/port string found, integer expected");
    }

    @Test
    void read_whenRouteTargetHasTwoKinds_reportsTheTargetPointer() {
        Diagnostic problem = onlyProblem(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "routes": [
                  {"cidr": "0.0.0.0/0", "target": {"natGateway": "nat-1", "internetGateway": "igw-1"}}]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/routeTables/0/routes/0/target");
        assertThat(problem.message()).isEqualTo("must have at most 1 properties");
    }

    @Test
    void read_whenRouteHasBothDestinations_saysKeepOne() {
        Diagnostic problem = onlyProblem(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "routes": [
                  {"cidr": "0.0.0.0/0", "prefixList": "pl-1", "target": {"natGateway": "nat-1"}}]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/routeTables/0/routes/0");
        assertThat(problem.message()).isEqualTo("'cidr' and 'prefixList' cannot both be given");
        assertThat(problem.hint()).isEqualTo("keep exactly one of them");
    }

    @Test
    void read_whenSecurityGroupRuleHasTwoPeers_saysKeepOne() {
        Diagnostic problem = onlyProblem(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "ingress": [{"cidr": "10.0.0.0/8", "securityGroup": "sg-2"}]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/securityGroups/0/ingress/0");
        assertThat(problem.message()).isEqualTo("'cidr' and 'securityGroup' cannot both be given");
    }

    @Test
    void read_whenCidrHasHostBits_reportsPointerAndTheNetworkMeant() {
        Diagnostic problem = onlyProblem("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.1.5/16"}]}""");

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_VALUE);
        assertThat(problem.render()).startsWith(
                "net.json#/subnets/0/cidr: '10.0.1.5/16' is not a network address (did you mean 10.0.0.0/16?)");
        assertThat(problem.hint()).contains("host bits zero");
    }

    @Test
    void read_whenAddressHasLeadingZeros_rejectsItAtItsPointer() {
        Diagnostic problem = onlyProblem(withBase("""
                "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-a", "secondaryPrivateIps": ["10.0.1.10", "10.0.1.011"]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/networkInterfaces/0/secondaryPrivateIps/1");
        assertThat(problem.message()).contains("'10.0.1.011' is not an IPv4 address");
        assertThat(problem.hint()).contains("without leading zeros");
    }

    @Test
    void read_whenPortRangeIsReversed_reportsPointerAndTheRangeMeant() {
        Diagnostic problem = onlyProblem(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "ingress": [{"protocol": "tcp", "ports": "443-80", "cidr": "0.0.0.0/0"}]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/securityGroups/0/ingress/0/ports");
        assertThat(problem.message()).isEqualTo("'443-80' is not a port range: 443 is above 80 (did you mean 80-443?)");
        assertThat(problem.hint()).contains("1024-65535");
    }

    @Test
    void read_whenPortIsAbove65535_rejectsIt() {
        Diagnostic problem = onlyProblem(withBase("""
                "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1", "entries": [
                  {"ruleNumber": 100, "egress": false, "protocol": "udp", "ports": "1024-65536", "cidr": "0.0.0.0/0", "allow": true}]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/networkAcls/0/entries/0/ports");
        assertThat(problem.message()).isEqualTo("'1024-65536' is not a port range: ports are 0-65535");
    }

    @Test
    void read_whenPortsGivenForAProtocolWithoutPorts_rejectsThemInsteadOfIgnoring() {
        List<Diagnostic> problems = problemsOf(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "ingress": [
                  {"protocol": "icmp", "ports": 443, "cidr": "0.0.0.0/0"},
                  {"protocol": "tcp", "icmpType": 8, "cidr": "0.0.0.0/0"}]}]"""));

        assertThat(problems).extracting(p -> p.location().pointer() + " " + p.message()).containsExactly(
                "/securityGroups/0/ingress/0/ports ports only apply to tcp and udp, but protocol is icmp",
                "/securityGroups/0/ingress/1/icmpType icmpType only applies to icmp, but protocol is tcp");
    }

    @Test
    void read_whenIdsRepeat_reportsTheSecondUseAndWhereTheFirstIs() {
        Diagnostic problem = onlyProblem(withBase("""
                "securityGroups": [{"id": "subnet-b", "vpcId": "vpc-1"}]"""));

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_DUPLICATE_ID);
        assertThat(problem.location().pointer()).isEqualTo("/securityGroups/0/id");
        assertThat(problem.message()).isEqualTo("id 'subnet-b' is already used by the subnet at /subnets/1");
        assertThat(problem.hint()).contains("unique");
    }

    @Test
    void read_whenSubnetNamesMissingVpc_reportsPointerAndTheClosestVpc() {
        Diagnostic problem = onlyProblem(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-l"}]"""));

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_REFERENCE);
        assertThat(problem.render()).isEqualTo("net.json#/routeTables/0/vpcId: VPC 'vpc-l' is not in this file "
                + "(did you mean 'vpc-1'? \"vpcId\" must be the id of an element of \"vpcs\")");
    }

    @Test
    void read_whenDanglingVpcIsNothingLikeAnyId_givesNoSuggestion() {
        Diagnostic problem = onlyProblem("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-0123456789abcdef0", "cidr": "10.0.0.0/24"}]}""");

        assertThat(problem.location().pointer()).isEqualTo("/subnets/0/vpcId");
        assertThat(problem.hint()).isEqualTo("\"vpcId\" must be the id of an element of \"vpcs\"");
    }

    @Test
    void read_whenReferenceNamesAnElementOfAnotherKind_saysWhatItIs() {
        Diagnostic problem = onlyProblem(withBase("""
                "networkInterfaces": [{"id": "eni-1", "subnetId": "vpc-1"}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/networkInterfaces/0/subnetId");
        assertThat(problem.message()).isEqualTo("'vpc-1' is a VPC (/vpcs/0), not a subnet");
    }

    @Test
    void read_whenPlacementReferencesDangle_reportsEachOne() {
        List<Diagnostic> problems = problemsOf(withBase("""
                "loadBalancers": [{"id": "arn:nlb", "zones": [{"subnetId": "subnet-a"}, {"subnetId": "subnet-c"}]}],
                "listeners": [{"id": "arn:listener", "loadBalancerArn": "arn:alb"}],
                "interfaceEndpoints": [{"id": "vpce-1", "subnetIds": ["subnet-z"]}],
                "latticeListeners": [{"id": "listener-1", "serviceId": "svc-1", "defaultAction": {"fixedResponse": 404}}],
                "latticeRules": [{"id": "rule-1", "listenerId": "listener-2", "priority": 1, "action": {"fixedResponse": 404}}]"""));

        assertThat(problems).allMatch(p -> p.ruleId().equals(GraphReader.RULE_REFERENCE))
                .extracting(p -> p.location().pointer()).containsExactly(
                        "/interfaceEndpoints/0/subnetIds/0",
                        "/loadBalancers/0/zones/1/subnetId",
                        "/listeners/0/loadBalancerArn",
                        "/latticeListeners/0/serviceId",
                        "/latticeRules/0/listenerId");
    }

    @Test
    void read_whenGivenVpcIsNotTheSubnetsVpc_reportsTheMismatch() {
        Diagnostic problem = onlyProblem("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}, {"id": "vpc-2", "cidrs": ["10.1.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.0.0/24"}],
                 "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-1", "vpcId": "vpc-2"}]}""");

        assertThat(problem.location().pointer()).isEqualTo("/networkInterfaces/0/vpcId");
        assertThat(problem.message()).isEqualTo(
                "subnet 'subnet-1' is in VPC 'vpc-1', but the network interface is in VPC 'vpc-2'");
        assertThat(problem.hint()).contains("leave out \"vpcId\"");
    }

    @Test
    void read_whenLoadBalancerZonesSpanTwoVpcs_reportsTheOddSubnet() {
        Diagnostic problem = onlyProblem("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}, {"id": "vpc-2", "cidrs": ["10.1.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.0.0/24"}, {"id": "subnet-2", "vpcId": "vpc-2", "cidr": "10.1.0.0/24"}],
                 "loadBalancers": [{"id": "arn:nlb", "zones": [{"subnetId": "subnet-1"}, {"subnetId": "subnet-2"}]}]}""");

        assertThat(problem.location().pointer()).isEqualTo("/loadBalancers/0/zones/1/subnetId");
        assertThat(problem.hint()).isEqualTo("use subnets of one VPC");
    }

    @Test
    void read_whenVpcHasTwoMainTables_reportsTheSecondAndPointsAtTheFirst() {
        Diagnostic problem = onlyProblem(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "main": true}, {"id": "rtb-2", "vpcId": "vpc-1", "main": true}]"""));

        assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_CONFLICT);
        assertThat(problem.location().pointer()).isEqualTo("/routeTables/1/main");
        assertThat(problem.message()).isEqualTo("VPC 'vpc-1' already has a main route table (at /routeTables/0/main)");
    }

    @Test
    void read_whenSubnetIsInTwoTablesOrTwoAcls_reportsEachSecondAssociation() {
        List<Diagnostic> problems = problemsOf(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "subnetIds": ["subnet-a"]},
                                {"id": "rtb-2", "vpcId": "vpc-1", "subnetIds": ["subnet-b", "subnet-a"]}],
                "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1", "isDefault": true, "subnetIds": ["subnet-b"]},
                                {"id": "acl-2", "vpcId": "vpc-1", "subnetIds": ["subnet-b"]}]"""));

        assertThat(problems).extracting(p -> p.location().pointer() + " " + p.message()).containsExactly(
                "/routeTables/1/subnetIds/1 subnet 'subnet-a' is already associated with a route table (at /routeTables/0/subnetIds/0)",
                "/networkAcls/1/subnetIds/0 subnet 'subnet-b' is already associated with a network ACL (at /networkAcls/0/subnetIds/0)");
    }

    @Test
    void read_whenSubnetIsAssociatedWithATableOfAnotherVpc_reportsTheConflict() {
        Diagnostic problem = onlyProblem("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}, {"id": "vpc-2", "cidrs": ["10.1.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.0.0/24"}],
                 "routeTables": [{"id": "rtb-2", "vpcId": "vpc-2", "subnetIds": ["subnet-1"]}]}""");

        assertThat(problem.location().pointer()).isEqualTo("/routeTables/0/subnetIds/0");
        assertThat(problem.message()).isEqualTo("subnet 'subnet-1' is in VPC 'vpc-1', but the route table is in VPC 'vpc-2'");
    }

    @Test
    void read_whenVpcHasTwoDefaultGroupsOrAcls_reportsTheSecondOfEach() {
        List<Diagnostic> problems = problemsOf(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "isDefault": true}, {"id": "sg-2", "vpcId": "vpc-1", "isDefault": true}],
                "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1", "isDefault": true}, {"id": "acl-2", "vpcId": "vpc-1", "isDefault": true}]"""));

        assertThat(problems).extracting(p -> p.location().pointer()).containsExactly(
                "/securityGroups/1/isDefault", "/networkAcls/1/isDefault");
    }

    @Test
    void read_whenGatewayIsEdgeAssociatedTwice_reportsTheSecondTable() {
        Diagnostic problem = onlyProblem(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "edgeGatewayIds": ["igw-1"]},
                                {"id": "rtb-2", "vpcId": "vpc-1", "edgeGatewayIds": ["igw-1"]}]"""));

        assertThat(problem.location().pointer()).isEqualTo("/routeTables/1/edgeGatewayIds/0");
    }

    @Test
    void read_whenManyThingsAreWrong_reportsThemAllInFileOrder() {
        List<Diagnostic> problems = problemsOf("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16", "10.1.0.1/16"]}],
                 "subnets": [
                   {"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.0.0/24"},
                   {"id": "subnet-2", "vpcId": "vpc-1", "cidr": "10.0.1.0/33"},
                   {"id": "subnet-3", "vpcId": "vpc-9", "cidr": "10.0.2.0/24"},
                   {"id": "subnet-4", "vpcId": "vpc-1", "cidr": "10.0.3.0/24"},
                   {"id": "subnet-5", "vpcId": "vpc-1", "cidr": "10.0.4.0/24"},
                   {"id": "subnet-6", "vpcId": "vpc-1", "cidr": "10.0.5.0/24"},
                   {"id": "subnet-7", "vpcId": "vpc-1", "cidr": "10.0.6.0/24"},
                   {"id": "subnet-8", "vpcId": "vpc-1", "cidr": "10.0.7.0/24"},
                   {"id": "subnet-9", "vpcId": "vpc-1", "cidr": "10.0.8.0/24"},
                   {"id": "subnet-10", "vpcId": "vpc-1", "cidr": "10.0.9.0/24"},
                   {"id": "subnet-11", "vpcId": "vpc-1", "cidr": "10.0.10.1/24"}],
                 "networkInterfaces": [{"id": "subnet-1", "subnetId": "subnet-1", "privateIp": "10.0.0.256"}]}""");

        assertThat(problems).extracting(p -> p.location().pointer()).containsExactly(
                "/vpcs/0/cidrs/1",
                "/subnets/1/cidr",
                "/subnets/2/vpcId",
                "/subnets/10/cidr",
                "/networkInterfaces/0/id",
                "/networkInterfaces/0/privateIp");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.location().file()).isEqualTo(GraphFixtures.FILE);
            assertThat(p.hint()).isNotBlank();
        });
    }

    @Test
    void read_whenReferencesOnlyFindingsCareAboutDangle_keepsThemInTheModel() throws Exception {
        Network network = read(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "routes": [{"cidr": "0.0.0.0/0", "target": {"natGateway": "nat-gone"}}],
                  "subnetIds": ["subnet-gone"]}],
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "ingress": [{"securityGroup": "sg-gone"}]}],
                "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-a", "securityGroupIds": ["sg-gone"]}],
                "internetGateways": [{"id": "igw-1", "attachedVpcIds": ["vpc-gone"]}],
                "listeners": [{"id": "arn:listener", "loadBalancerArn": "arn:nlb", "forwardTargetGroupArns": ["arn:tg-gone"]}],
                "loadBalancers": [{"id": "arn:nlb", "zones": [{"subnetId": "subnet-a"}]}],
                "interfaceEndpoints": [{"id": "vpce-1", "subnetIds": ["subnet-a"], "endpointServiceId": "vpce-svc-gone"}],
                "vpcAssociations": [{"id": "snva-1", "serviceNetworkId": "sn-shared-from-elsewhere", "vpcId": "vpc-1"}],
                "latticeServices": [{"id": "svc-1"}],
                "latticeListeners": [{"id": "listener-1", "serviceId": "svc-1", "defaultAction": {"forward": [{"targetGroupId": "tg-gone"}]}}]"""));

        assertThat(network.routeTables().get(0).routes().get(1).target()).isEqualTo(new RouteTarget.NatGateway("nat-gone"));
        assertThat(network.securityGroups().get(0).ingress().get(0).peer()).isEqualTo(new SgPeer.Group("sg-gone", ""));
        assertThat(network.listeners().get(0).forwardTargetGroupArns()).containsExactly("arn:tg-gone");
        assertThat(network.vpcAssociations().get(0).serviceNetworkId()).isEqualTo("sn-shared-from-elsewhere");
    }

    @Test
    void read_whenPathDoesNotExist_reportsTheFileAsUnreadable() {
        Path missing = dir.resolve("nope.json");

        BadInputException thrown = catchThrowableOfType(BadInputException.class, () -> new GraphReader().read(missing));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.ruleId()).isEqualTo(GraphReader.RULE_UNREADABLE);
            assertThat(problem.location().file()).isEqualTo(missing.toString());
            assertThat(problem.message()).isEqualTo(missing + " does not exist");
        });
    }

    @Test
    void read_whenPathIsADirectory_asksForTheFile() {
        BadInputException thrown = catchThrowableOfType(BadInputException.class, () -> new GraphReader().read(dir));

        assertThat(thrown.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo(dir + " is a directory, not a graph file"));
    }

    @Test
    void read_fromAFile_pointsOriginsAndProblemsAtThatFile() throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, withBase(""), StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\": 1, \"vpcs\": [{\"id\": \"vpc-1\", \"cidrs\": [\"10.0.0.1/16\"]}]}");

        Network network = new GraphReader().read(file).network();
        BadInputException thrown = catchThrowableOfType(BadInputException.class, () -> new GraphReader().read(broken));

        assertThat(network.vpcs().get(0).origin().render()).isEqualTo(file + "#/vpcs/0");
        assertThat(thrown.problems()).singleElement().satisfies(problem ->
                assertThat(problem.render()).startsWith(broken + "#/vpcs/0/cidrs/0: '10.0.0.1/16' is not a network address"));
    }
}
