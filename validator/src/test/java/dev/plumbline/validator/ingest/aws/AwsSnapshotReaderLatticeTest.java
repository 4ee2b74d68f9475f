package dev.plumbline.validator.ingest.aws;

import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.byId;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VPC Lattice from the vpc-lattice/ sub-folder layout: the hand-written snapshot
 * snapshots/aws/lattice (see its README), the third seed scenario (a 20/10 split between an
 * instance and a Lambda target group, rules /to-instance at priority 10 and /to-function at 20).
 */
class AwsSnapshotReaderLatticeTest {

    private static final String LATTICE_DIR = "aws_configs/us-west-2/vpc-lattice/";
    private static final String INSTANCES = "tg-0f1a2b3c4d5e6f7a8";
    private static final String FUNCTION = "tg-0a2b3c4d5e6f7a8b9";
    private static final String SERVICE = "svc-0d1e2f3a4b5c6d7e8";
    private static final String LISTENER = "listener-0e1f2a3b4c5d6e7f8";

    private final Ingested ingested = SnapshotFixtures.read(resource("snapshots/aws/lattice"));
    private final Network network = ingested.network();

    @TempDir
    Path variant;

    private static WeightedTargetGroup weighted(String id, int weight) {
        return new WeightedTargetGroup(Planned.known(id), weight);
    }

    @Test
    void read_serviceNetwork_hasAuthTypeAndItsPolicyKeyedById() {
        ServiceNetwork apps = network.serviceNetworks().get(0);
        assertThat(apps.name()).isEqualTo("apps");
        assertThat(apps.authType()).isEqualTo(AuthType.AWS_IAM);
        assertThat(apps.authPolicy()).contains("\"Action\": \"vpc-lattice-svcs:Invoke\"").contains("444444444444:root");
        assertThat(apps.origin()).isEqualTo(Origin.of(LATTICE_DIR + "ServiceNetworks.json", "/ServiceNetworks/0"));
    }

    @Test
    void read_associations_linkTheClientVpcWithItsSecurityGroupAndTheService() {
        assertThat(network.vpcAssociations()).singleElement().satisfies(a -> {
            assertThat(a.serviceNetworkId()).isEqualTo("sn-0c1d2e3f4a5b6c7d8");
            assertThat(a.vpcId()).isEqualTo("vpc-0c1d2e3f4a5b60001");
            assertThat(a.securityGroupIds()).containsExactly("sg-0c1d2e3f4a5b60001");
            assertThat(a.status()).isEqualTo("ACTIVE");
        });
        assertThat(network.serviceAssociations()).singleElement().satisfies(a -> {
            assertThat(a.serviceNetworkId()).isEqualTo("sn-0c1d2e3f4a5b6c7d8");
            assertThat(a.serviceId()).isEqualTo(SERVICE);
        });
    }

    @Test
    void read_service_hasDnsNameAndThePolicyKeyedByItsArn() {
        LatticeService billing = byId(network.latticeServices(), SERVICE);
        assertThat(billing.name()).isEqualTo("billing");
        assertThat(billing.dnsName())
                .isEqualTo(Planned.known("billing-0d1e2f3a4b5c6d7e8.7d67968.vpc-lattice-svcs.us-west-2.on.aws"));
        assertThat(billing.customDomainName()).isEmpty();
        assertThat(billing.authType()).isEqualTo(AuthType.AWS_IAM);
        assertThat(billing.authPolicy()).contains("\"Effect\": \"Deny\"");
    }

    @Test
    void read_listenerDefaultAction_splitsTwentyToTenWithTheArnReducedToAnId() {
        LatticeListener listener = byId(network.latticeListeners(), LISTENER);
        assertThat(listener.serviceId()).isEqualTo(SERVICE);
        assertThat(listener.protocol()).isEqualTo(LatticeProtocol.HTTP);
        assertThat(listener.port()).isEqualTo(80);
        assertThat(listener.defaultAction()).isEqualTo(new LatticeAction.Forward(
                List.of(weighted(INSTANCES, 20), weighted(FUNCTION, 10))));
    }

    @Test
    void read_rules_keepPriorityMatchAndActionAndLeaveTheDefaultRuleToTheListener() {
        assertThat(network.latticeRules()).extracting(LatticeRule::name, LatticeRule::priority, LatticeRule::listenerId)
                .containsExactly(tuple("to-instance", 10, LISTENER), tuple("to-function", 20, LISTENER),
                        tuple("legacy-gone", 30, LISTENER));
        LatticeRule toInstance = network.latticeRules().get(0);
        assertThat(toInstance.match().path()).isEqualTo(new PathMatch("/to-instance", false, true));
        assertThat(toInstance.match().method()).isEmpty();
        assertThat(toInstance.action()).isEqualTo(new LatticeAction.Forward(List.of(weighted(INSTANCES, 1))));
    }

    @Test
    void read_rules_applyAwsDefaultsForWeightAndCaseSensitivity() {
        LatticeRule toFunction = network.latticeRules().get(1);
        assertThat(toFunction.match().method()).isEqualTo("POST");
        assertThat(toFunction.match().path()).isEqualTo(new PathMatch("/to-function", true, true));
        assertThat(toFunction.match().headers())
                .containsExactly(new HeaderMatch("x-canary", HeaderMatch.Type.CONTAINS, "yes", false));
        assertThat(toFunction.action()).isEqualTo(new LatticeAction.Forward(List.of(weighted(FUNCTION, 1))));
        LatticeRule legacy = network.latticeRules().get(2);
        assertThat(legacy.match().path()).isNull();
        assertThat(legacy.match().headers()).containsExactly(new HeaderMatch("x-legacy", HeaderMatch.Type.EXACT, "V1", true));
        assertThat(legacy.action()).isEqualTo(new LatticeAction.FixedResponse(404));
    }

    @Test
    void read_targetGroups_haveTypeConfigHealthCheckAndTargetsKeyedById() {
        LatticeTargetGroup instances = byId(network.latticeTargetGroups(), INSTANCES);
        assertThat(instances.type()).isEqualTo(LatticeTargetGroup.Type.INSTANCE);
        assertThat(instances.port()).isEqualTo(8080);
        assertThat(instances.protocol()).isEqualTo("HTTP");
        assertThat(instances.vpcId()).isEqualTo("vpc-0c1d2e3f4a5b60002");
        assertThat(instances.healthCheckEnabled()).isTrue();
        assertThat(instances.targets()).extracting(LatticeTarget::id, LatticeTarget::port, LatticeTarget::health)
                .containsExactly(tuple("i-0c1d2e3f4a5b60001", 8080, TargetHealth.HEALTHY),
                        tuple("i-0c1d2e3f4a5b60002", 8080, TargetHealth.UNHEALTHY));
        LatticeTargetGroup function = byId(network.latticeTargetGroups(), FUNCTION);
        assertThat(function.type()).isEqualTo(LatticeTargetGroup.Type.LAMBDA);
        assertThat(function.healthCheckEnabled()).as("no health check configured").isNull();
        assertThat(function.port()).isZero();
        assertThat(function.targets()).extracting(LatticeTarget::id, LatticeTarget::health)
                .containsExactly(tuple("arn:aws:lambda:us-west-2:444444444444:function:billing", TargetHealth.UNAVAILABLE));
    }

    private Path writeLattice(String file, String json) throws IOException {
        Path path = variant.resolve("aws_configs/us-west-2/vpc-lattice").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json);
        return path;
    }

    @Test
    void read_whenAuthPolicyIsInactive_leavesItOutAndSaysSo() throws Exception {
        writeLattice("ServiceNetworks.json", "{\"ServiceNetworks\": [{\"id\": \"sn-0a1\", \"name\": \"open\", \"authType\": \"NONE\"}]}");
        writeLattice("AuthPolicies.json", """
                {"AuthPolicies": [{"ResourceId": "sn-0a1", "AuthPolicy": {"policy": "{}", "state": "Inactive"}}]}""");

        Ingested open = new AwsSnapshotReader().read(variant);

        assertThat(open.network().serviceNetworks().get(0).authType()).isEqualTo(AuthType.NONE);
        assertThat(open.network().serviceNetworks().get(0).authPolicy()).isEmpty();
        assertThat(open.notes()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("it is Inactive"));
    }

    @Test
    void read_whenServicesFileHoldsListOutputWithoutAuthType_pointsAtTheMissingField() throws Exception {
        writeLattice("Services.json", """
                {"Services": [{"id": "svc-0a1", "name": "billing", "status": "ACTIVE"}]}""");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> new AwsSnapshotReader().read(variant));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(JsonSchemas.RULE_ID);
            assertThat(p.location()).isEqualTo(Origin.of(LATTICE_DIR + "Services.json", "/Services/0"));
            assertThat(p.message()).contains("authType");
            assertThat(p.hint()).contains("schemas/aws/vpc-lattice/services.schema.json");
        });
    }

    @Test
    void read_whenRulePriorityIsOutOfRangeOrWeightTooHigh_reportsEachPointer() throws Exception {
        writeLattice("Rules.json", """
                {"Rules": [{"ListenerId": "listener-0a1", "Rules": [
                  {"id": "rule-0a1", "priority": 101, "match": {"httpMatch": {}},
                   "action": {"forward": {"targetGroups": [{"targetGroupIdentifier": "tg-0a1", "weight": 1000}]}}}]}]}""");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> new AwsSnapshotReader().read(variant));

        assertThat(e.problems()).extracting(p -> p.location().pointer()).containsExactlyInAnyOrder(
                "/Rules/0/Rules/0/priority", "/Rules/0/Rules/0/action/forward/targetGroups/0/weight");
    }

    @Test
    void read_whenListenerIsTlsPassthrough_keepsTheProtocol() throws Exception {
        writeLattice("Listeners.json", """
                {"Listeners": [{"id": "listener-0a1", "serviceId": "svc-0a1", "protocol": "TLS_PASSTHROUGH", "port": 443,
                  "defaultAction": {"forward": {"targetGroups": [{"targetGroupIdentifier": "tg-0a1"}]}}}]}""");

        Ingested tls = new AwsSnapshotReader().read(variant);

        assertThat(tls.network().latticeListeners()).singleElement().satisfies(l -> {
            assertThat(l.protocol()).isEqualTo(LatticeProtocol.TLS_PASSTHROUGH);
            assertThat(l.defaultAction()).isEqualTo(new LatticeAction.Forward(List.of(weighted("tg-0a1", 1))));
        });
    }
}
