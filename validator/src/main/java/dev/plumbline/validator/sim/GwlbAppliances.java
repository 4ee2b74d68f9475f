package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.net.PortRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a Gateway Load Balancer node can hand a flow to, which depends on the plan and not on the
 * packet: the appliances of its target group it may choose (its zone's, or all with cross-zone load
 * balancing), their health (reported, or predicted from whether their security groups admit the
 * health check), and whether the GENEVE leg from the node to each appliance passes the appliance
 * subnet's network ACL and the appliance's security groups. Worked out once per node and target
 * group and kept with the {@link Topology}, so each traced packet only hashes its flow to pick one.
 * Thread-safe: traces may run in parallel over one topology.
 */
final class GwlbAppliances {

    private static final Map<TargetHealth, String> REPORTED = Arrays.stream(TargetHealth.values())
            .collect(Collectors.toUnmodifiableMap(h -> h,
                    h -> "reported " + h.name().toLowerCase(Locale.ROOT)));

    private final Topology topology;
    private final Map<PoolKey, Pool> pools = new ConcurrentHashMap<>();
    private final Map<LegKey, Optional<GeneveLeg>> legs = new ConcurrentHashMap<>();

    GwlbAppliances(Topology topology) {
        this.topology = topology;
    }

    /** A registered appliance with its interface (when in the input) and its health, reported or predicted. */
    record Candidate(Target target, NetworkInterface networkInterface, TargetHealth health, String healthReason) {
        String label() {
            return networkInterface == null ? target.id() : target.id() + " (" + networkInterface.privateIp().render() + ")";
        }
    }

    /** The candidates of a node, sorted by target id, and those of them that can serve. */
    record Pool(List<Candidate> all, List<Candidate> healthy) {
    }

    /**
     * The GENEVE packet's verdicts on the way to an appliance: its subnet's network ACL (null when
     * the appliance is in the node's own subnet or its subnet has no ACL in the input) and its
     * security groups.
     */
    record GeneveLeg(Verdict acl, Verdict securityGroups) {
    }

    private record PoolKey(String targetGroupId, String loadBalancerId, String nodeSubnetId, boolean crossZone) {
    }

    private record LegKey(String loadBalancerId, String nodeSubnetId, String interfaceId) {
    }

    Pool pool(TargetGroup group, Topology.LoadBalancerNode node, boolean crossZone) {
        return pools.computeIfAbsent(new PoolKey(group.id(), node.loadBalancer().id(), node.subnet().id(), crossZone),
                key -> computePool(group, node, crossZone));
    }

    /** Empty when the appliance's private address is not known. */
    Optional<GeneveLeg> geneveLeg(Topology.LoadBalancerNode node, Candidate appliance) {
        NetworkInterface eni = appliance.networkInterface();
        return legs.computeIfAbsent(new LegKey(node.loadBalancer().id(), node.subnet().id(), eni.id()),
                key -> computeLeg(node, eni));
    }

    private Pool computePool(TargetGroup group, Topology.LoadBalancerNode node, boolean crossZone) {
        List<Candidate> out = new ArrayList<>();
        for (Target target : group.targets()) {
            NetworkInterface eni = TargetResolution.interfaceOf(topology, target, group.vpcId());
            String zone = TargetResolution.zoneOf(topology, target, eni);
            if (!crossZone && !zone.isEmpty() && !zone.equals(node.subnet().azName())) {
                continue;
            }
            TargetHealth health = target.health();
            String reason = health == TargetHealth.UNKNOWN ? "" : REPORTED.get(health);
            if (health == TargetHealth.UNKNOWN && eni != null) {
                Optional<String> closed = healthCheckBlocked(group, node, eni);
                if (closed.isPresent()) {
                    health = TargetHealth.UNHEALTHY;
                    reason = closed.get();
                }
            }
            out.add(new Candidate(target, eni, health, reason));
        }
        out.sort(Comparator.comparing(c -> c.target().id()));
        return new Pool(List.copyOf(out), out.stream().filter(c -> c.health().canServe()).toList());
    }

    /** Predicts health from the plan: a health check the appliance's security groups refuse never succeeds. */
    private Optional<String> healthCheckBlocked(TargetGroup group, Topology.LoadBalancerNode node, NetworkInterface eni) {
        if (!group.healthCheck().enabled()) {
            return Optional.empty();
        }
        int port = group.healthCheck().effectivePort(group.port());
        if (!PortRange.ALL.contains(port)) {
            return Optional.empty();
        }
        Optional<PlannedAddress> target = topology.privateAddressOf(eni);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Flow check = Flow.tcp(node.address().address(), 40000, target.get().address(), port);
        Verdict verdict = new SecurityGroupFilter(topology).evaluate(eni.securityGroupIds(),
                Packet.of(check, node.address(), target.get(), false), false, topology.vpcIdOf(eni));
        return verdict.denied()
                ? Optional.of("the health check to TCP port " + port + " is refused by its security groups")
                : Optional.empty();
    }

    private Optional<GeneveLeg> computeLeg(Topology.LoadBalancerNode node, NetworkInterface eni) {
        PlannedAddress applianceAddress = topology.privateAddressOf(eni).orElse(null);
        if (applianceAddress == null) {
            return Optional.empty();
        }
        Flow geneve = Flow.udp(node.address().address(), GwlbStage.GENEVE_PORT, applianceAddress.address(),
                GwlbStage.GENEVE_PORT);
        Packet encapsulated = Packet.of(geneve, node.address(), applianceAddress, false);
        Optional<Subnet> applianceSubnet = topology.subnet(eni.subnetId());
        Verdict acl = null;
        if (applianceSubnet.isPresent() && !applianceSubnet.get().id().equals(node.subnet().id())) {
            acl = topology.effectiveAcl(applianceSubnet.get())
                    .map(a -> NetworkAclFilter.evaluate(a, encapsulated, false)).orElse(null);
        }
        Verdict groups = new SecurityGroupFilter(topology).evaluate(eni.securityGroupIds(), encapsulated, false,
                topology.vpcIdOf(eni));
        return Optional.of(new GeneveLeg(acl, groups));
    }
}
