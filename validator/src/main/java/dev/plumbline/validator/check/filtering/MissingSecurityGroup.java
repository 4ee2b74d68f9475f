package dev.plumbline.validator.check.filtering;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * A security group rule that references a group that does not exist (it matches nothing), and an
 * interface that names a group that does not exist. Groups of another account ({@code userId}
 * set and different from the VPC's account) are left alone: they cannot be in this input.
 */
public final class MissingSecurityGroup implements Rule {

    @Override
    public String id() {
        return "sg.missing-reference";
    }

    @Override
    public String family() {
        return "filtering";
    }

    @Override
    public String description() {
        return "a security group rule or an interface that names a security group that does not exist";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (SecurityGroup group : topology.network().securityGroups()) {
            String account = topology.vpc(group.vpcId()).map(v -> v.accountId()).orElse("");
            List<SgRule> rules = new ArrayList<>(group.ingress());
            rules.addAll(group.egress());
            for (SgRule rule : rules) {
                if (rule.peer() instanceof SgPeer.Group ref && topology.securityGroup(ref.groupId()).isEmpty()
                        && (ref.ownerAccount().isEmpty() || account.isEmpty() || ref.ownerAccount().equals(account))) {
                    out.add(Diagnostic.error(id(), rule.origin().isKnown() ? rule.origin() : group.origin(),
                            group.label() + " has a rule (" + rule.render() + ") referencing " + ref.groupId()
                                    + ", which does not exist: the rule matches nothing",
                            "reference an existing security group, or use a CIDR"));
                }
            }
        }
        for (NetworkInterface eni : topology.network().networkInterfaces()) {
            for (String groupId : eni.securityGroupIds()) {
                if (topology.securityGroup(groupId).isEmpty()) {
                    out.add(Diagnostic.error(id(), eni.origin(), eni.label() + " is in security group " + groupId
                            + ", which is not in the input", "add the group to the input or fix the interface's groups"));
                }
            }
        }
        return out;
    }
}
