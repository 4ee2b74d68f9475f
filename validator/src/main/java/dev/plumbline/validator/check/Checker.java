package dev.plumbline.validator.check;

import dev.plumbline.validator.check.filtering.AclBlocksReturnTraffic;
import dev.plumbline.validator.check.filtering.MissingSecurityGroup;
import dev.plumbline.validator.check.gwlb.ApplianceRefusesLoadBalancer;
import dev.plumbline.validator.check.gwlb.AsymmetricInspection;
import dev.plumbline.validator.check.gwlb.EndpointInWorkloadSubnet;
import dev.plumbline.validator.check.gwlb.EndpointZoneNotServed;
import dev.plumbline.validator.check.gwlb.InspectionBypassRoute;
import dev.plumbline.validator.check.gwlb.SourceDestCheckOnRouteTarget;
import dev.plumbline.validator.check.gwlb.TargetGroupNotGeneve;
import dev.plumbline.validator.check.privatelink.ConnectionNotAvailable;
import dev.plumbline.validator.check.privatelink.ConsumerNotAllowed;
import dev.plumbline.validator.check.privatelink.EndpointRefusesClients;
import dev.plumbline.validator.check.privatelink.EndpointZoneNotOffered;
import dev.plumbline.validator.check.privatelink.NoHealthyTargetInZone;
import dev.plumbline.validator.check.privatelink.NonTcpListener;
import dev.plumbline.validator.check.privatelink.OpenEndpointService;
import dev.plumbline.validator.check.privatelink.PrivateDnsNotVerified;
import dev.plumbline.validator.check.privatelink.RegionNotSupported;
import dev.plumbline.validator.check.privatelink.TargetRefusesLoadBalancer;
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
                new EndpointZoneNotOffered(),
                new ConnectionNotAvailable(),
                new ConsumerNotAllowed(),
                new OpenEndpointService(),
                new PrivateDnsNotVerified(),
                new RegionNotSupported(),
                new NonTcpListener(),
                new NoHealthyTargetInZone(),
                new EndpointRefusesClients(),
                new TargetRefusesLoadBalancer(),
                new EndpointZoneNotServed(),
                new TargetGroupNotGeneve(),
                ApplianceRefusesLoadBalancer.geneve(),
                ApplianceRefusesLoadBalancer.healthCheck(),
                new SourceDestCheckOnRouteTarget(),
                new EndpointInWorkloadSubnet(),
                new InspectionBypassRoute(),
                new AsymmetricInspection(),
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
