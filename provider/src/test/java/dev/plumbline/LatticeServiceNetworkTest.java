package dev.plumbline;

import static dev.plumbline.testing.ChildAssertions.assertChildrenOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.inputs.LatticeActionArgs;
import dev.plumbline.inputs.LatticeHeaderMatchArgs;
import dev.plumbline.inputs.LatticeHealthCheckArgs;
import dev.plumbline.inputs.LatticeListenerArgs;
import dev.plumbline.inputs.LatticeMatchArgs;
import dev.plumbline.inputs.LatticeRuleArgs;
import dev.plumbline.inputs.LatticeServiceArgs;
import dev.plumbline.inputs.LatticeTargetArgs;
import dev.plumbline.inputs.LatticeTargetGroupArgs;
import dev.plumbline.inputs.LatticeVpcAssociationArgs;
import dev.plumbline.inputs.LatticeWeightedTargetGroupArgs;
import dev.plumbline.internal.validation.ArgProblem;
import dev.plumbline.testing.MockedDeployment;
import dev.plumbline.testing.MockedDeployment.Result;
import dev.plumbline.testing.Registered;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatticeServiceNetworkTest {

    private static final String TYPE = "plumbline:index:LatticeServiceNetwork";
    private static final String P = "aws:vpclattice/";
    private static final String VPC = "vpc-0123456789abcdef0";
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"vpc-lattice-svcs:Invoke\",\"Resource\":\"*\"}]}";

    static LatticeWeightedTargetGroupArgs to(String targetGroup, int weight) {
        return LatticeWeightedTargetGroupArgs.builder().targetGroup(targetGroup).weight(weight).build();
    }

    static LatticeActionArgs forward(LatticeWeightedTargetGroupArgs... targets) {
        return LatticeActionArgs.builder().forward(targets).build();
    }

    static LatticeActionArgs fixed(int status) {
        return LatticeActionArgs.builder().fixedResponseStatusCode(status).build();
    }

    static LatticeTargetGroupArgs.Builder httpGroup(String name, String type) {
        return LatticeTargetGroupArgs.builder().name(name).type(type).vpcId(VPC).port(8080).protocol("HTTP");
    }

    static LatticeRuleArgs rule(String name, int priority, LatticeMatchArgs match, LatticeActionArgs action) {
        return LatticeRuleArgs.builder().name(name).priority(priority).match(match).action(action).build();
    }

    static LatticeServiceArgs.Builder orders() {
        return LatticeServiceArgs.builder()
                .name("orders")
                .targetGroups(
                        httpGroup("orders-v1", "INSTANCE")
                                .healthCheck(LatticeHealthCheckArgs.builder().path("/healthz").intervalSeconds(15).matcher("200-299").build())
                                .targets(LatticeTargetArgs.builder().name("v1-a").id("i-0123456789abcdef0").build()).build(),
                        httpGroup("orders-v2", "IP")
                                .targets(LatticeTargetArgs.builder().name("v2-a").id("10.2.0.10").port(8081).build()).build(),
                        LatticeTargetGroupArgs.builder().name("orders-hook").type("LAMBDA")
                                .targets(LatticeTargetArgs.builder().name("fn").id("arn:aws:lambda:us-east-1:123456789012:function:hook").build())
                                .build())
                .listeners(ordersHttp().build());
    }

    static LatticeListenerArgs.Builder ordersHttp() {
        return LatticeListenerArgs.builder()
                .name("http")
                .protocol("HTTP")
                .defaultAction(forward(to("orders-v1", 90), to("orders-v2", 10)))
                .rules(
                        rule("canary", 10, LatticeMatchArgs.builder().pathPrefix("/v2")
                                .headers(LatticeHeaderMatchArgs.builder().name("x-canary").exact("true").build()).build(),
                                forward(to("orders-v2", 1))),
                        rule("admin", 20, LatticeMatchArgs.builder().pathPrefix("/admin").method("POST").build(), fixed(403)),
                        rule("hook", 30, LatticeMatchArgs.builder().pathExact("/hook").build(), forward(to("orders-hook", 1))));
    }

    static LatticeServiceArgs.Builder payments() {
        return LatticeServiceArgs.builder()
                .name("payments")
                .customDomainName("payments.example.com")
                .targetGroups(LatticeTargetGroupArgs.builder().name("payments-tcp").type("INSTANCE").vpcId(VPC).port(443).protocol("TCP")
                        .targets(LatticeTargetArgs.builder().name("p-1").id("i-0fedcba9876543210").build()).build())
                .listeners(LatticeListenerArgs.builder().name("tls").protocol("TLS_PASSTHROUGH")
                        .defaultAction(forward(to("payments-tcp", 1))).build());
    }

    static LatticeServiceArgs.Builder legacy() {
        return LatticeServiceArgs.builder()
                .name("legacy")
                .targetGroups(LatticeTargetGroupArgs.builder().name("legacy-alb").type("ALB").vpcId(VPC).port(80).protocol("HTTP")
                        .targets(LatticeTargetArgs.builder().name("alb")
                                .id("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/legacy/50dc6c495c0c9188").build())
                        .build())
                .listeners(LatticeListenerArgs.builder().name("http").protocol("HTTP").defaultAction(forward(to("legacy-alb", 1))).build());
    }

    static LatticeServiceNetworkArgs.Builder mesh(LatticeServiceArgs... services) {
        return LatticeServiceNetworkArgs.builder()
                .authType("AWS_IAM")
                .authPolicy(POLICY)
                .accessLogDestinationArn("arn:aws:logs:us-east-1:123456789012:log-group:/lattice/mesh")
                .vpcAssociations(LatticeVpcAssociationArgs.builder().name("clients").vpcId("vpc-0aaaaaaaaaaaaaaaa")
                        .securityGroupIds("sg-0123456789abcdef0").build())
                .services(services)
                .tags(Map.of("domain", "commerce"));
    }

    static Result deploy(LatticeServiceNetworkArgs args) {
        return MockedDeployment.run(ctx -> new LatticeServiceNetwork("mesh", args, null));
    }

    static List<ArgProblem> problems(LatticeServiceNetworkArgs args) {
        Result result = deploy(args);
        assertThat(result.resources()).extracting(Registered::type).containsOnly(TYPE);
        return result.invalidArgs().orElseThrow(() -> new AssertionError("no InvalidArgsException: " + result.exceptions()))
                .problems();
    }

    @Test
    void network_withPolicyLogsAndAVpc_registersThemOnTheNetwork() {
        Result result = deploy(mesh(orders().build()).build());

        assertThat(result.exceptions()).isEmpty();
        Registered network = result.named(P + "serviceNetwork:ServiceNetwork", "mesh-network");
        assertThat(network.input("name")).isEqualTo("mesh");
        assertThat(network.input("authType")).isEqualTo("AWS_IAM");
        assertThat(result.named(P + "authPolicy:AuthPolicy", "mesh-network-policy").inputs())
                .containsEntry("resourceIdentifier", result.outputs().get("serviceNetworkArn"))
                .containsEntry("policy", POLICY);
        assertThat(result.named(P + "accessLogSubscription:AccessLogSubscription", "mesh-access-log").inputs())
                .containsEntry("resourceIdentifier", result.outputs().get("serviceNetworkId"))
                .containsEntry("destinationArn", "arn:aws:logs:us-east-1:123456789012:log-group:/lattice/mesh");
        Registered vpc = result.named(P + "serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation", "mesh-vpc-clients");
        assertThat(vpc.input("vpcIdentifier")).isEqualTo("vpc-0aaaaaaaaaaaaaaaa");
        assertThat(vpc.inputList("securityGroupIds")).containsExactly("sg-0123456789abcdef0");
        assertThat(vpc.input("serviceNetworkIdentifier")).isEqualTo(result.outputs().get("serviceNetworkId"));
    }

    @Test
    void services_areAssociatedWithTheNetworkAndChildrenAreParentedNamedAndTagged() {
        Result result = deploy(mesh(orders().build(), payments().build(), legacy().build()).build());

        assertThat(result.ofType(P + "serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation"))
                .extracting(r -> r.input("serviceIdentifier"))
                .containsExactlyInAnyOrderElementsOf(result.outputsMap("serviceIds").values());
        assertThat(result.ofType(P + "serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation"))
                .allSatisfy(a -> assertThat(a.input("serviceNetworkIdentifier")).isEqualTo(result.outputs().get("serviceNetworkId")));
        assertChildrenOf(result, TYPE, "mesh", Map.of("domain", "commerce"));
    }

    @Test
    void listener_defaultActionSplitsByWeight() {
        Result result = deploy(mesh(orders().build()).build());
        Map<String, String> tg = result.outputsMap("targetGroupIds");

        Registered listener = result.named(P + "listener:Listener", "mesh-listener-orders-http");
        assertThat(listener.input("protocol")).isEqualTo("HTTP");
        assertThat(listener.input("port")).isEqualTo(80.0);
        assertThat(listener.input("serviceIdentifier")).isEqualTo(result.outputsMap("serviceIds").get("orders"));
        assertThat(listener.inputMap("defaultAction")).isEqualTo(Map.of("forwards", List.of(Map.of("targetGroups", List.of(
                Map.of("targetGroupIdentifier", tg.get("orders-v1"), "weight", 90.0),
                Map.of("targetGroupIdentifier", tg.get("orders-v2"), "weight", 10.0))))));
    }

    @Test
    void rules_carryPrioritiesMatchesAndActions() {
        Result result = deploy(mesh(orders().build()).build());
        Map<String, String> tg = result.outputsMap("targetGroupIds");
        String listenerId = "listener-" + dev.plumbline.testing.Ids.hex(P + "listener:Listener/mesh-listener-orders-http");

        Registered canary = result.named(P + "listenerRule:ListenerRule", "mesh-rule-orders-http-canary");
        assertThat(canary.input("priority")).isEqualTo(10.0);
        assertThat(canary.input("listenerIdentifier")).isEqualTo(listenerId);
        assertThat(canary.inputMap("match")).isEqualTo(Map.of("httpMatch", Map.of(
                "pathMatch", Map.of("caseSensitive", true, "match", Map.of("prefix", "/v2")),
                "headerMatches", List.of(Map.of("name", "x-canary", "caseSensitive", false, "match", Map.of("exact", "true"))))));
        assertThat(canary.inputMap("action")).isEqualTo(Map.of("forward", Map.of("targetGroups",
                List.of(Map.of("targetGroupIdentifier", tg.get("orders-v2"), "weight", 1.0)))));

        Registered admin = result.named(P + "listenerRule:ListenerRule", "mesh-rule-orders-http-admin");
        assertThat(admin.input("priority")).isEqualTo(20.0);
        assertThat(admin.inputMap("match")).isEqualTo(Map.of("httpMatch", Map.of(
                "method", "POST", "pathMatch", Map.of("caseSensitive", true, "match", Map.of("prefix", "/admin")))));
        assertThat(admin.inputMap("action")).isEqualTo(Map.of("fixedResponse", Map.of("statusCode", 403.0)));

        assertThat(result.named(P + "listenerRule:ListenerRule", "mesh-rule-orders-http-hook").input("priority")).isEqualTo(30.0);
    }

    @Test
    void targetGroups_ofEachTypeGetTheirConfigAndTargets() {
        Result result = deploy(mesh(orders().build(), payments().build(), legacy().build()).build());

        Registered v1 = result.named(P + "targetGroup:TargetGroup", "mesh-tg-orders-v1");
        assertThat(v1.input("type")).isEqualTo("INSTANCE");
        assertThat(v1.inputMap("config")).containsEntry("vpcIdentifier", VPC).containsEntry("port", 8080.0).containsEntry("protocol", "HTTP")
                .containsEntry("healthCheck", Map.of("enabled", true, "path", "/healthz", "healthCheckIntervalSeconds", 15.0,
                        "matcher", Map.of("value", "200-299")));
        assertThat(result.named(P + "targetGroup:TargetGroup", "mesh-tg-orders-hook").inputs()).doesNotContainKey("config");
        assertThat(result.named(P + "targetGroup:TargetGroup", "mesh-tg-legacy-alb").inputMap("config")).doesNotContainKey("healthCheck");

        Registered v2a = result.named(P + "targetGroupAttachment:TargetGroupAttachment", "mesh-target-orders-v2-v2-a");
        assertThat(v2a.inputMap("target")).isEqualTo(Map.of("id", "10.2.0.10", "port", 8081.0));
        assertThat(v2a.input("targetGroupIdentifier")).isEqualTo(result.outputsMap("targetGroupIds").get("orders-v2"));
        assertThat(result.named(P + "targetGroupAttachment:TargetGroupAttachment", "mesh-target-orders-hook-fn").inputMap("target"))
                .isEqualTo(Map.of("id", "arn:aws:lambda:us-east-1:123456789012:function:hook"));
    }

    @Test
    void tlsPassthrough_forwardsToTheTcpTargetGroupOn443() {
        Result result = deploy(mesh(payments().build()).build());

        Registered tls = result.named(P + "listener:Listener", "mesh-listener-payments-tls");
        assertThat(tls.input("protocol")).isEqualTo("TLS_PASSTHROUGH");
        assertThat(tls.input("port")).isEqualTo(443.0);
        assertThat(result.named(P + "service:Service", "mesh-svc-payments").input("customDomainName")).isEqualTo("payments.example.com");
        assertThat(result.ofType(P + "listenerRule:ListenerRule")).isEmpty();
    }

    @Test
    void outputs_giveEachServicesDnsNameAndIds() {
        Result result = deploy(mesh(orders().build(), legacy().build()).build());

        assertThat(result.outputsMap("serviceDnsNames")).containsOnlyKeys("orders", "legacy")
                .allSatisfy((service, dns) -> assertThat(dns).startsWith(service + "-").endsWith(".vpc-lattice-svcs.us-east-1.on.aws"));
        assertThat(result.outputsMap("serviceIds")).allSatisfy((s, id) -> assertThat(id).matches("svc-[0-9a-f]{17}"));
        assertThat(result.outputsMap("serviceArns").get("orders")).startsWith("arn:aws:vpc-lattice:");
        assertThat((String) result.outputs().get("serviceNetworkId")).matches("sn-[0-9a-f]{17}");
        assertThat(result.outputsMap("targetGroupIds")).containsOnlyKeys("orders-v1", "orders-v2", "orders-hook", "legacy-alb");
    }

    @Test
    void weightsOutsideRangeAndDuplicatePriorities_areRejected() {
        List<ArgProblem> problems = problems(mesh(orders().listeners(ordersHttp()
                .defaultAction(forward(to("orders-v1", 1000), to("orders-v2", -1)))
                .rules(rule("canary", 10, LatticeMatchArgs.builder().pathPrefix("/v2").build(), forward(to("orders-v2", 1))),
                        rule("canary-b", 10, LatticeMatchArgs.builder().pathPrefix("/b").build(), forward(to("orders-v2", 1))))
                .build()).build()).build());

        assertThat(problems).extracting(ArgProblem::render).containsExactly(
                "services[0].listeners[0].defaultAction.forward[0].weight: 1000 is outside 0-999. Fix: use a value from 0 to 999.",
                "services[0].listeners[0].defaultAction.forward[1].weight: -1 is outside 0-999. Fix: use a value from 0 to 999.",
                "services[0].listeners[0].rules[1].priority: priority 10 is also the priority of services[0].listeners[0].rules[0]."
                        + " Fix: give every rule of the listener its own priority (lowest is evaluated first).");
    }

    @Test
    void forward_toElevenTargetGroups_isRejected() {
        List<LatticeTargetGroupArgs> groups = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> httpGroup("group-" + i, "IP").build()).toList();
        LatticeWeightedTargetGroupArgs[] all = IntStream.rangeClosed(1, 11).mapToObj(i -> to("group-" + i, 1))
                .toArray(LatticeWeightedTargetGroupArgs[]::new);

        List<ArgProblem> problems = problems(mesh(LatticeServiceArgs.builder().name("wide").targetGroups(groups)
                .listeners(LatticeListenerArgs.builder().name("http").protocol("HTTP").defaultAction(forward(all)).build())
                .build()).build());

        assertThat(problems).extracting(ArgProblem::render).containsExactly(
                "services[0].listeners[0].defaultAction.forward: 11 target groups. Fix: forward to at most 10.");
    }

    @Test
    void tlsPassthrough_withRulesOrWithoutCustomDomainOrToHttpGroup_isRejected() {
        List<ArgProblem> problems = problems(mesh(LatticeServiceArgs.builder()
                .name("payments")
                .targetGroups(httpGroup("payments-http", "INSTANCE").build())
                .listeners(LatticeListenerArgs.builder().name("tls").protocol("TLS_PASSTHROUGH")
                        .defaultAction(forward(to("payments-http", 1)))
                        .rules(rule("any", 1, LatticeMatchArgs.builder().pathPrefix("/").build(), forward(to("payments-http", 1))))
                        .build())
                .build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly(
                "services[0].listeners[0].rules",
                "services[0].listeners[0].protocol",
                "services[0].listeners[0].defaultAction.forward[0].targetGroup",
                "services[0].listeners[0].rules[0].action.forward[0].targetGroup");
        assertThat(problems.get(0).problem()).isEqualTo("a TLS_PASSTHROUGH listener has 1 rules");
    }

    @Test
    void targetGroupsListenersAndMatches_breakingLatticeRules_areAllReported() {
        List<ArgProblem> problems = problems(mesh(LatticeServiceArgs.builder()
                .name("Bad_Service")
                .targetGroups(
                        LatticeTargetGroupArgs.builder().name("fn").type("LAMBDA").port(80).build(),
                        LatticeTargetGroupArgs.builder().name("alb-group").type("ALB").vpcId(VPC).port(80).protocol("TCP")
                                .healthCheck(LatticeHealthCheckArgs.builder().build()).build())
                .listeners(
                        LatticeListenerArgs.builder().name("a").protocol("HTTP").defaultAction(fixed(404)).build(),
                        LatticeListenerArgs.builder().name("b-listener").protocol("HTTP").port(8080)
                                .defaultAction(LatticeActionArgs.builder().build())
                                .rules(rule("no-conditions", 5, LatticeMatchArgs.builder().build(), forward(to("missing", 1))),
                                        rule("two-values", 6, LatticeMatchArgs.builder().method("get")
                                                .headers(LatticeHeaderMatchArgs.builder().name("h").exact("a").prefix("b").build()).build(),
                                                fixed(200)))
                                .build(),
                        LatticeListenerArgs.builder().name("c-listener").protocol("HTTPS").defaultAction(fixed(404)).build())
                .build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly(
                "services[0].name",
                "services[0].targetGroups[0].name",
                "services[0].targetGroups[0].port",
                "services[0].targetGroups[1].protocol",
                "services[0].targetGroups[1].healthCheck",
                "services[0].listeners",
                "services[0].listeners[0].name",
                "services[0].listeners[1].defaultAction",
                "services[0].listeners[1].rules[0].match",
                "services[0].listeners[1].rules[0].action.forward[0].targetGroup",
                "services[0].listeners[1].rules[1].match.method",
                "services[0].listeners[1].rules[1].match.headers[0]");
    }

    @Test
    void network_defaultNameInvalidPolicyWithoutIamAndSameVpcTwice_areRejected() {
        Result result = MockedDeployment.run(ctx -> new LatticeServiceNetwork("Mesh", LatticeServiceNetworkArgs.builder()
                .authPolicy(POLICY)
                .vpcAssociations(
                        LatticeVpcAssociationArgs.builder().name("a").vpcId("vpc-0aaaaaaaaaaaaaaaa").build(),
                        LatticeVpcAssociationArgs.builder().name("b").vpcId("vpc-0aaaaaaaaaaaaaaaa").build())
                .build(), null));

        assertThat(result.invalidArgs().orElseThrow().problems()).extracting(ArgProblem::argument)
                .containsExactly("name", "authPolicy", "vpcAssociations[1].vpcId");
    }

    @Test
    void authPolicy_knownOnlyAtDeployTime_isCheckedWhenItResolves() {
        String huge = "{\"Statement\":\"" + "x".repeat(11_000) + "\"}";
        Result result = deploy(mesh(orders().build()).authPolicy(MockedDeployment.later(huge)).build());

        assertThat(result.invalidArgs()).hasValueSatisfying(e -> assertThat(e.problems()).extracting(ArgProblem::render)
                .containsExactly("authPolicy: 11016 bytes. Fix: keep the policy within 10 KB."));
        assertThat(result.ofType(P + "authPolicy:AuthPolicy")).isEmpty();
    }
}
