package dev.plumbline.validator.check;

import dev.plumbline.validator.check.filtering.AclBlocksReturnTraffic;
import dev.plumbline.validator.check.filtering.MissingSecurityGroup;
import dev.plumbline.validator.check.lattice.LatticeAssociations;
import dev.plumbline.validator.check.lattice.LatticeRules;
import dev.plumbline.validator.check.lattice.LatticeTargets;
import dev.plumbline.validator.check.quota.QuotaRule;
import dev.plumbline.validator.check.routing.BrokenRouteTarget;
import dev.plumbline.validator.check.routing.GatewayTableRestrictions;
import dev.plumbline.validator.check.routing.NatGatewayPlacement;
import dev.plumbline.validator.check.routing.PeeringOverlap;
import dev.plumbline.validator.check.routing.PublicRouteWithoutPublicIp;
import dev.plumbline.validator.check.routing.SubnetWithoutRouteTable;
import dev.plumbline.validator.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Runs every built-in rule and collects the findings in rule order. */
public final class Checker {

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules, in the order their findings are reported. */
    public static Checker builtIn() {
        return new Checker(List.of(
                new SubnetWithoutRouteTable(),
                new BrokenRouteTarget(),
                new GatewayTableRestrictions(),
                new NatGatewayPlacement(),
                new PublicRouteWithoutPublicIp(),
                new PeeringOverlap(),
                new MissingSecurityGroup(),
                new AclBlocksReturnTraffic(),
                new LatticeAssociations(),
                new LatticeRules(),
                new LatticeTargets(),
                new QuotaRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Diagnostic> run(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(context));
        }
        return findings;
    }
}
