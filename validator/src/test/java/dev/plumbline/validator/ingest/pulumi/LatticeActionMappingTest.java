package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pulumi-aws 6.x writes a Lattice listener's default action with {@code forwards}, a list of one
 * forward block (ListenerDefaultActionArgs.forwards), and a listener rule's action with one
 * {@code forward} object (ListenerRuleActionArgs.forward).
 */
class LatticeActionMappingTest {

    private static final PlanResources PLAN = new PlanResources("mesh", "run.json");


    private static Network network(String defaultAction) throws JsonProcessingException {
        return PulumiMapper.map(List.of(
                PLAN.resource("aws:vpclattice/service:Service", "orders", "svc-0a1b2c3d4e5f60718", "{\"name\":\"orders\"}"),
                PLAN.resource("aws:vpclattice/targetGroup:TargetGroup", "instances", "tg-0a1b2c3d4e5f60711", "{\"type\":\"INSTANCE\"}"),
                PLAN.resource("aws:vpclattice/targetGroup:TargetGroup", "function", "tg-0a1b2c3d4e5f60712", "{\"type\":\"LAMBDA\"}"),
                PLAN.resource("aws:vpclattice/listener:Listener", "https", "svc-0a1b2c3d4e5f60718/listener-0a1b2c3d4e5f60718",
                        "{\"serviceIdentifier\":\"svc-0a1b2c3d4e5f60718\",\"protocol\":\"HTTPS\",\"port\":443,\"defaultAction\":"
                                + defaultAction + "}")), "us-east-1", Origin.of("run.json", "")).network();
    }

    private static final String GROUPS = "{\"targetGroups\":[{\"targetGroupIdentifier\":\"tg-0a1b2c3d4e5f60711\",\"weight\":20},"
            + "{\"targetGroupIdentifier\":\"tg-0a1b2c3d4e5f60712\",\"weight\":10}]}";

    @Test
    void listenerDefaultAction_asPulumiAwsWritesIt_forwardsList_keepsBothWeightedGroups() throws JsonProcessingException {
        LatticeAction.Forward forward = (LatticeAction.Forward) network("{\"forwards\":[" + GROUPS + "]}")
                .latticeListeners().get(0).defaultAction();
        assertThat(forward.targetGroups()).extracting(WeightedTargetGroup::targetGroupId, WeightedTargetGroup::weight)
                .containsExactly(tuple(Planned.known("tg-0a1b2c3d4e5f60711"), 20),
                        tuple(Planned.known("tg-0a1b2c3d4e5f60712"), 10));
    }

    @Test
    void listenerDefaultAction_asOneForwardObject_isReadAlike() throws JsonProcessingException {
        LatticeAction.Forward forward = (LatticeAction.Forward) network("{\"forward\":" + GROUPS + "}")
                .latticeListeners().get(0).defaultAction();
        assertThat(forward.targetGroups()).hasSize(2);
    }
}
