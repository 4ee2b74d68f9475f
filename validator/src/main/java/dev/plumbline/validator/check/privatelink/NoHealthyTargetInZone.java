package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.TargetResolution;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An NLB listener behind an interface endpoint service with no healthy target in an AZ where a
 * consumer's endpoint has an interface, while cross-zone load balancing is off: the endpoint
 * interface there hands connections to the NLB node of its AZ, which may only use targets of that
 * AZ, so they fail. The target group's cross-zone setting, when set, overrides the load
 * balancer's. With cross-zone on, the listener is reported only when no target anywhere is healthy.
 *
 * <p>Health is what the input reports; a target with no reported health is taken as healthy, as
 * the simulator does (a health check its security groups refuse is {@code privatelink.target-sg-blocks-nlb}).
 * A target in no known AZ counts for every AZ.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#cross-zone-load-balancing">Cross-zone load balancing</a>
 */
public final class NoHealthyTargetInZone implements Rule {

    @Override
    public String id() {
        return "privatelink.no-healthy-target-in-az";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an NLB listener behind an endpoint service with no healthy target in an endpoint's AZ while cross-zone is off";
    }

    private record Gap(Listener listener, TargetGroup group, ServiceZones.Zone zone, boolean crossZone, String setting,
            List<String> unhealthy, Set<String> endpoints) {
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        Map<String, Gap> gaps = new LinkedHashMap<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (!(endpoint instanceof InterfaceEndpoint ie)) {
                continue;
            }
            Optional<EndpointService> service = topology.serviceOf(ie)
                    .filter(s -> s.serviceKind() == EndpointService.Kind.INTERFACE);
            if (service.isEmpty()) {
                continue;
            }
            String account = ServiceZones.consumerAccount(topology, ie);
            for (String subnetId : ie.subnetIds()) {
                Optional<Subnet> subnet = topology.subnet(subnetId);
                if (subnet.isEmpty()) {
                    continue;
                }
                for (ServiceZones.Zone zone : ServiceZones.offers(topology, service.get(), subnet.get(), account).matching()) {
                    if (zone.loadBalancer() == null || zone.azName().isEmpty()) {
                        continue;
                    }
                    for (Listener listener : topology.listenersOf(zone.loadBalancer().id())) {
                        gap(topology, listener, zone).ifPresent(found -> gaps
                                .computeIfAbsent(listener.id() + "|" + (found.crossZone() ? "*" : zone.azName()), k -> found)
                                .endpoints().add(ie.label() + " (" + subnet.get().label() + ")"));
                    }
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Gap gap : gaps.values()) {
            String where = gap.crossZone() ? "in any AZ" : "in " + gap.zone().render();
            out.add(Diagnostic.error(id(), gap.listener().origin(), "listener " + gap.listener().name() + " of "
                    + gap.zone().loadBalancer().label() + " forwards to " + gap.group().label() + ", which has no healthy target "
                    + where + (gap.unhealthy().isEmpty() ? " (none registered there)" : " (" + String.join(", ", gap.unhealthy()) + ")")
                    + (gap.crossZone() ? "" : ", and cross-zone load balancing is off (" + gap.setting() + ")")
                    + ": connections entering through " + String.join(", ", gap.endpoints()) + " reach the node "
                    + (gap.crossZone() ? "" : "of that AZ ") + "and fail",
                    gap.crossZone() ? "register a healthy target in " + gap.group().label()
                            : "register a healthy target in " + gap.zone().azName() + ", or turn on cross-zone load balancing"
                                    + " (the target group attribute load_balancing.cross_zone.enabled overrides the load balancer's)"));
        }
        return out;
    }

    private static Optional<Gap> gap(Topology topology, Listener listener, ServiceZones.Zone zone) {
        if (!carriesTcp(listener.protocol())) {
            return Optional.empty();
        }
        Optional<TargetGroup> found = listener.forwardTargetGroupArns().stream().findFirst().flatMap(topology::targetGroup);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TargetGroup group = found.get();
        boolean crossZone = group.crossZone() != null ? group.crossZone() : zone.loadBalancer().crossZone();
        String setting = group.crossZone() != null ? "set on the target group, which overrides the load balancer"
                : "the load balancer's setting; the target group does not override it";
        List<String> unhealthy = new ArrayList<>();
        for (Target target : group.targets()) {
            NetworkInterface eni = TargetResolution.interfaceOf(topology, target, group.vpcId());
            String targetZone = TargetResolution.zoneOf(topology, target, eni);
            if (!crossZone && !targetZone.isEmpty() && !targetZone.equals(zone.azName())) {
                continue;
            }
            if (target.health().canServe()) {
                return Optional.empty();
            }
            unhealthy.add(target.id() + " is " + target.health().name().toLowerCase(Locale.ROOT));
        }
        return Optional.of(new Gap(listener, group, zone, crossZone, setting, unhealthy, new LinkedHashSet<>()));
    }

    private static boolean carriesTcp(String protocol) {
        String p = protocol.toUpperCase(Locale.ROOT);
        return p.isEmpty() || p.equals("TCP") || p.equals("TLS") || p.equals("TCP_UDP");
    }
}
