package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PulumiReadersTest {

    static Path resource(String name) {
        try {
            return Path.of(PulumiReadersTest.class.getResource("/pulumi/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Ingested export(String name) throws BadInputException {
        return new StackExportReader().read(resource("exports/" + name));
    }

    private static Ingested preview() throws BadInputException {
        return new PreviewReader().read(resource("preview-small/preview.json"));
    }

    @Test
    void export_ec2Networking_mapsEveryNetworkResourceWithRealIds() throws BadInputException {
        Ingested ingested = export("ec2-networking.stack.json");
        Network net = ingested.network();
        assertThat(net.vpcs()).singleElement().satisfies(v -> {
            assertThat(v.cidrs()).containsExactly(Prefix.parse("10.0.0.0/16"));
            assertThat(v.region()).isEqualTo("us-west-2");
            assertThat(v.id()).startsWith("vpc-");
        });
        Subnet subnet = net.subnets().get(0);
        assertThat(subnet.cidr()).isEqualTo(Prefix.parse("10.0.1.0/24"));
        assertThat(subnet.azName()).isEqualTo("us-west-2d");
        assertThat(net.internetGateways()).singleElement()
                .satisfies(g -> assertThat(g.attachedVpcIds()).containsExactly(net.vpcs().get(0).id()));
        assertThat(net.elasticIps()).singleElement().extracting(ElasticIp::publicIp)
                .isEqualTo(Planned.known(Ipv4.parse("44.226.163.70")));
        NatGateway nat = net.natGateways().get(0);
        assertThat(nat.addresses().get(0).privateIp()).isEqualTo(Planned.known(Ipv4.parse("10.0.1.111")));
        assertThat(nat.addresses().get(0).publicIp()).isEqualTo(Planned.known(Ipv4.parse("44.226.163.70")));
        RouteTable table = net.routeTables().stream().filter(t -> !t.main()).findFirst().orElseThrow();
        assertThat(table.subnetIds()).containsExactly(subnet.id());
        assertThat(table.routes()).extracting(Route::target)
                .containsExactly(new RouteTarget.Local(), new RouteTarget.NatGateway(nat.id()));
        assertThat(net.routeTables()).filteredOn(RouteTable::main).singleElement()
                .satisfies(t -> assertThat(t.routes()).extracting(Route::target).containsExactly(new RouteTarget.Local()));
        assertThat(table.origin().urn()).isEqualTo("urn:pulumi:test::ec2-networking::aws:ec2/routeTable:RouteTable::MyRouteTable");
        assertThat(table.origin().pointer()).startsWith("/deployment/resources/");
    }

    @Test
    void export_lb_mapsTheApplicationLoadBalancerTargetGroupListenerAndInlineRules() throws BadInputException {
        Network net = export("lb.stack.json").network();
        assertThat(net.subnets()).extracting(Subnet::azName).containsExactlyInAnyOrder("us-west-2a", "us-west-2b");
        LoadBalancer lb = net.loadBalancers().get(0);
        assertThat(lb.type()).isEqualTo(LoadBalancer.Type.APPLICATION);
        assertThat(lb.id()).startsWith("arn:aws:elasticloadbalancing:us-west-2:");
        assertThat(lb.zones()).hasSize(2);
        assertThat(net.targetGroups()).singleElement().satisfies(tg -> {
            assertThat(tg.protocol()).isEqualTo("HTTP");
            assertThat(tg.port()).isEqualTo(80);
        });
        assertThat(net.listeners()).singleElement().satisfies(l -> {
            assertThat(l.port()).isEqualTo(80);
            assertThat(l.forwardTargetGroupArns()).containsExactly(net.targetGroups().get(0).id());
        });
        SecurityGroup group = net.securityGroups().stream().filter(g -> !g.isDefault()).findFirst().orElseThrow();
        assertThat(group.ingress()).singleElement().satisfies(r -> {
            assertThat(r.match().ports().from()).isEqualTo(80);
            assertThat(r.peer()).isEqualTo(new SgPeer.Cidr(Prefix.ANY));
        });
        assertThat(group.egress()).singleElement().satisfies(r -> assertThat(r.match().protocol().isAll()).isTrue());
    }

    @Test
    void stateAndStackExports_ofTheSameRecording_giveTheSameNetworkUpToTheStackName() throws BadInputException {
        Network state = export("lb.state.json").network();
        Network stack = export("lb.stack.json").network();
        assertThat(state.vpcs().get(0).id()).isEqualTo(stack.vpcs().get(0).id());
        assertThat(state.size()).isEqualTo(stack.size());
    }

    @Test
    void preview_linksUnknownReferencesThroughPropertyDependencies() throws BadInputException {
        Network net = preview().network();
        String vpc = net.vpcs().get(0).id();
        assertThat(vpc).isEqualTo("urn:pulumi:dev::edge::aws:ec2/vpc:Vpc::main");
        assertThat(net.subnets()).allSatisfy(s -> {
            assertThat(s.vpcId()).isEqualTo(vpc);
            assertThat(s.azId()).isInstanceOf(Planned.Unknown.class);
        });
        RouteTable publicTable = net.routeTables().stream().filter(t -> t.name().equals("public")).findFirst().orElseThrow();
        assertThat(publicTable.routes()).extracting(Route::target).contains(
                new RouteTarget.InternetGateway("urn:pulumi:dev::edge::aws:ec2/internetGateway:InternetGateway::gw"));
        assertThat(publicTable.subnetIds()).containsExactly("urn:pulumi:dev::edge::aws:ec2/subnet:Subnet::public-a");
        RouteTable appTable = net.routeTables().stream().filter(t -> t.name().equals("app")).findFirst().orElseThrow();
        assertThat(appTable.routes()).extracting(Route::target)
                .contains(new RouteTarget.NatGateway("urn:pulumi:dev::edge::aws:ec2/natGateway:NatGateway::nat"));
        SecurityGroup app = net.securityGroups().stream().filter(g -> g.name().equals("app")).findFirst().orElseThrow();
        assertThat(app.ingress()).singleElement().extracting(r -> r.peer())
                .isEqualTo(new SgPeer.Group("urn:pulumi:dev::edge::aws:ec2/securityGroup:SecurityGroup::web", ""));
        assertThat(net.networkInterfaces()).filteredOn(e -> e.name().equals("web")).singleElement().satisfies(e -> {
            assertThat(e.privateIp()).isInstanceOf(Planned.Unknown.class);
            assertThat(e.publicIp()).isInstanceOf(Planned.Unknown.class);
        });
        assertThat(net.networkInterfaces()).filteredOn(e -> e.name().equals("app")).singleElement()
                .satisfies(e -> assertThat(e.privateIp()).isEqualTo(Planned.known(Ipv4.parse("10.0.1.10"))));
    }

    @Test
    void preview_addsWhatAwsCreatesWithEveryVpc() throws BadInputException {
        Network net = preview().network();
        assertThat(net.routeTables()).filteredOn(RouteTable::main).singleElement()
                .satisfies(t -> assertThat(t.routes()).extracting(Route::target).containsExactly(new RouteTarget.Local()));
        assertThat(net.networkAcls()).singleElement().satisfies(a -> assertThat(a.isDefault()).isTrue());
        assertThat(net.securityGroups()).filteredOn(SecurityGroup::isDefault).hasSize(1);
    }

    @Test
    void preview_weightedTargetGroupsWhoseOrderIsNotCertain_stayUnknownAndSayWhy() throws BadInputException {
        Network net = preview().network();
        LatticeAction.Forward forward = (LatticeAction.Forward) net.latticeListeners().get(0).defaultAction();
        assertThat(forward.targetGroups()).hasSize(2).allSatisfy(w -> {
            assertThat(w.targetGroupId()).isInstanceOf(Planned.Unknown.class);
            assertThat(((Planned.Unknown<String>) w.targetGroupId()).reason())
                    .contains("orders-instances, orders-function").contains("offline run");
        });
        assertThat(forward.targetGroups()).extracting(w -> w.weight()).containsExactly(20, 10);
    }

    @Test
    void preview_leavesOutDeletedResources_andListsIgnoredTypes() throws BadInputException {
        Ingested ingested = preview();
        assertThat(ingested.network().securityGroups()).extracting(SecurityGroup::name).doesNotContain("legacy");
        assertThat(ingested.notes()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("aws:s3/bucket:Bucket (1)"))
                .anyMatch(m -> m.contains("1 step(s) delete"));
    }

    @Test
    void weightedTargetGroupsWithEqualWeights_areResolvedSinceTheOrderDoesNotMatter(@TempDir Path dir) throws Exception {
        String text = Files.readString(resource("preview-small/preview.json")).replace("\"weight\": 20", "\"weight\": 10");
        Path file = dir.resolve("preview.json");
        Files.writeString(file, text);
        Network net = new PreviewReader().read(file).network();
        LatticeAction.Forward forward = (LatticeAction.Forward) net.latticeListeners().get(0).defaultAction();
        assertThat(forward.targetGroups()).allSatisfy(w -> assertThat(w.targetGroupId().isKnown()).isTrue());
    }

    @Test
    void mappedResourceMissingARequiredInput_isAnErrorFindingWithItsUrn(@TempDir Path dir) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(resource("preview-small/preview.json").toFile());
        for (var step : root.get("steps")) {
            if (step.path("urn").asText().endsWith("Subnet::app-a")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) step.get("newState").get("inputs")).remove("cidrBlock");
                ((com.fasterxml.jackson.databind.node.ObjectNode) step.get("newState").get("outputs")).remove("cidrBlock");
            }
        }
        Path file = dir.resolve("preview.json");
        mapper.writeValue(file.toFile(), root);
        Ingested ingested = new PreviewReader().read(file);
        assertThat(ingested.notes()).filteredOn(d -> d.severity() == Severity.ERROR)
                .filteredOn(d -> d.location().urn().endsWith("Subnet::app-a")).singleElement().satisfies(d -> {
                    assertThat(d.ruleId()).isEqualTo("pulumi.unmappable");
                    assertThat(d.message()).contains("cidrBlock");
                });
    }

    @Test
    void urns_fromMocks_areNormalisedToTheEnginesForm() {
        assertThat(Urns.normalise("urn:pulumi:dev::proj::pulumi:pulumi:Stack$plumbline:index:GwlbInspectionChain$aws:ec2/subnet:Subnet::app-a"))
                .isEqualTo("urn:pulumi:dev::proj::plumbline:index:GwlbInspectionChain$aws:ec2/subnet:Subnet::app-a");
        assertThat(Urns.normalise("urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::main")).isEqualTo("urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::main");
        assertThat(Urns.type("urn:pulumi:dev::proj::plumbline:index:Chain$aws:ec2/subnet:Subnet::a")).isEqualTo("aws:ec2/subnet:Subnet");
        assertThat(Urns.name("urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::main")).isEqualTo("main");
    }

    @Test
    void badInputs_giveClearErrorsWithFileAndPosition(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> new PreviewReader().read(empty)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty.json").hasMessageContaining("the file is empty");
        String full = Files.readString(resource("preview-small/preview.json"));
        Path truncated = Files.writeString(dir.resolve("truncated.json"), full.substring(0, full.length() / 2));
        assertThatThrownBy(() -> new PreviewReader().read(truncated)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not valid JSON at line").hasMessageContaining("truncated");
        Path notJson = Files.writeString(dir.resolve("notjson.json"), "steps: []\n");
        assertThatThrownBy(() -> new PreviewReader().read(notJson)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not valid JSON");
        Path wrongVersion = Files.writeString(dir.resolve("v2.json"), "{\"version\": 2, \"deployment\": {}}");
        assertThatThrownBy(() -> new StackExportReader().read(wrongVersion)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("version 2").hasMessageContaining("version 3");
        Path badSteps = Files.writeString(dir.resolve("bad.json"), "{\"steps\": [{\"op\": \"create\", \"urn\": \"not-a-urn\"}]}");
        assertThatThrownBy(() -> new PreviewReader().read(badSteps)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).extracting(d -> d.location().pointer())
                        .contains("/steps/0/urn"));
    }

    @Test
    void hugePreview_ofAbout100MegabytesIsReadWithinMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        String pad = "x".repeat(400);
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"config\":{\"aws:region\":\"us-east-1\"},\"steps\":[");
            out.write("{\"op\":\"create\",\"urn\":\"urn:pulumi:dev::big::aws:ec2/vpc:Vpc::v\",\"newState\":{\"urn\":\"urn:pulumi:dev::big::aws:ec2/vpc:Vpc::v\",\"type\":\"aws:ec2/vpc:Vpc\",\"custom\":true,\"inputs\":{\"cidrBlock\":\"10.0.0.0/8\"}}}");
            for (int i = 0; i < 200_000; i++) {
                int base = i * 16;
                String urn = "urn:pulumi:dev::big::aws:ec2/subnet:Subnet::s" + i;
                out.write(",{\"op\":\"create\",\"urn\":\"" + urn + "\",\"newState\":{\"urn\":\"" + urn
                        + "\",\"type\":\"aws:ec2/subnet:Subnet\",\"custom\":true,\"inputs\":{\"vpcId\":\"04da6b54-80e4-46f7-96ec-b56ff0331ba9\",\"cidrBlock\":\"10."
                        + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255) + "/28\",\"availabilityZone\":\"us-east-1a\",\"description\":\"" + pad
                        + "\"},\"propertyDependencies\":{\"vpcId\":[\"urn:pulumi:dev::big::aws:ec2/vpc:Vpc::v\"]}}}");
            }
            out.write("]}");
        }
        assertThat(Files.size(file)).isGreaterThan(100_000_000L);
        Network net = new PreviewReader().read(file).network();
        assertThat(net.subnets()).hasSize(200_000);
    }

    @Test
    void secrets_areNeverReadIntoTheModel(@TempDir Path dir) throws Exception {
        String export = Files.readString(resource("exports/ec2-networking.stack.json")).replace("\"cidrBlock\": \"10.0.1.0/24\"",
                "\"cidrBlock\": {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"plaintext\": \"\\\"10.0.1.0/24-hunter2\\\"\"}");
        Path file = Files.writeString(dir.resolve("secret.json"), export);
        Ingested ingested = new StackExportReader().read(file);
        assertThat(ingested.network().toString()).doesNotContain("hunter2");
        assertThat(ingested.notes().toString()).doesNotContain("hunter2");
        assertThat(List.of(ingested.network().subnets().size())).isNotNull();
    }
}
