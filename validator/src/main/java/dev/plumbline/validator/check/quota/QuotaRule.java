package dev.plumbline.validator.check.quota;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-resource quotas AWS enforces at apply time: routes per route table (a prefix-list route
 * counts its list's maximum entries), rules per security group per direction (a prefix list counts
 * its maximum entries), and rules per network ACL per direction including the default rule.
 * Propagated routes do not count towards the route quota.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html">VPC quotas</a>
 */
public final class QuotaRule implements Rule {

    @Override
    public String id() {
        return "quota.exceeded";
    }

    @Override
    public String family() {
        return "quota";
    }

    @Override
    public String description() {
        return "a route table, security group or network ACL over its AWS quota";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        int routeQuota = context.quotas().routesPerTable();
        for (RouteTable table : topology.network().routeTables()) {
            int weight = 0;
            for (Route route : table.routes()) {
                if (route.source() == Route.Source.PROPAGATED || route.source() == Route.Source.LOCAL) {
                    continue;
                }
                weight += route.destination() instanceof RouteDestination.PrefixListRef ref
                        ? topology.prefixList(ref.prefixListId()).map(l -> Math.max(1, l.maxEntries())).orElse(1) : 1;
            }
            if (weight > routeQuota) {
                out.add(Diagnostic.warning("quota.routes-per-table", table.origin(), table.label() + " has " + weight
                        + " routes (prefix lists counted by their maximum entries); the quota is " + routeQuota
                        + ", so AWS rejects the routes beyond it",
                        "request a higher 'Routes per route table' quota (then pass --quota routes-per-table=N) or summarise routes"));
            }
        }
        int sgQuota = context.quotas().rulesPerSecurityGroupDirection();
        for (SecurityGroup group : topology.network().securityGroups()) {
            checkGroup(topology, group, group.ingress(), "inbound", sgQuota, out);
            checkGroup(topology, group, group.egress(), "outbound", sgQuota, out);
        }
        int aclQuota = context.quotas().rulesPerAclDirection();
        for (NetworkAcl acl : topology.network().networkAcls()) {
            for (boolean egress : new boolean[] {false, true}) {
                long count = acl.entries(egress).count();
                boolean hasDefault = acl.entries(egress).anyMatch(e -> e.isDefaultRule());
                long total = hasDefault ? count : count + 1;
                if (total > aclQuota) {
                    out.add(Diagnostic.warning("quota.rules-per-network-acl", acl.origin(), acl.label() + " has " + total
                            + " " + (egress ? "outbound" : "inbound") + " rules counting the default rule; the quota is "
                            + aclQuota, "request a higher quota (then pass --quota rules-per-network-acl=N) or merge rules"));
                }
            }
        }
        return out;
    }

    private static void checkGroup(Topology topology, SecurityGroup group, List<SgRule> rules, String direction, int quota,
            List<Diagnostic> out) {
        int weight = 0;
        for (SgRule rule : rules) {
            weight += rule.peer() instanceof SgPeer.PrefixListRef ref
                    ? topology.prefixList(ref.prefixListId()).map(l -> Math.max(1, l.maxEntries())).orElse(1) : 1;
        }
        if (weight > quota) {
            out.add(Diagnostic.warning("quota.rules-per-security-group", group.origin(), group.label() + " has " + weight
                    + " " + direction + " rules (prefix lists counted by their maximum entries); the quota is " + quota,
                    "request a higher quota (then pass --quota rules-per-security-group=N) or merge rules"));
        }
    }
}
