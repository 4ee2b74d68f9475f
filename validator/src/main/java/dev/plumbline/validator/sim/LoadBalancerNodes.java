package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.net.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nodes of the load balancers, for {@link Topology}: one per address of each zone whose subnet
 * is in the input (a zone without addresses has one unknown address), by load balancer and by VPC
 * and address. Unknown addresses get stand-ins from {@link PlaceholderAddresses}.
 */
final class LoadBalancerNodes {

    private final Map<String, Topology.LoadBalancerNode> byAddress = new HashMap<>();
    private final Map<String, List<Topology.LoadBalancerNode>> byLoadBalancer = new HashMap<>();

    LoadBalancerNodes(List<LoadBalancer> loadBalancers, Map<String, Subnet> subnets, PlaceholderAddresses placeholders) {
        for (LoadBalancer lb : loadBalancers) {
            for (LbZone zone : lb.zones()) {
                Subnet subnet = subnets.get(zone.subnetId());
                if (subnet == null) {
                    continue;
                }
                List<Planned<Ipv4>> addresses = zone.addresses().isEmpty()
                        ? List.of(Planned.unknown(lb.id(), "privateIpv4Address of " + zone.subnetId()))
                        : zone.addresses();
                for (int i = 0; i < addresses.size(); i++) {
                    Planned<Ipv4> planned = addresses.get(i);
                    PlannedAddress address;
                    if (planned instanceof Planned.Known<Ipv4> known) {
                        address = PlannedAddress.exact(known.value());
                    } else if (planned instanceof Planned.Unknown<Ipv4> unknown) {
                        address = new PlannedAddress(placeholders.unusedPrivate(subnet), subnet.cidr(), unknown);
                    } else {
                        continue;
                    }
                    Topology.LoadBalancerNode node = new Topology.LoadBalancerNode(lb, zone, subnet, address);
                    byAddress.putIfAbsent(subnet.vpcId() + "|" + address.address(), node);
                    byLoadBalancer.computeIfAbsent(lb.id(), k -> new ArrayList<>()).add(node);
                }
            }
        }
    }

    /** The node holding {@code address} in {@code vpcId}. */
    Optional<Topology.LoadBalancerNode> at(String vpcId, Ipv4 address) {
        return Optional.ofNullable(byAddress.get(vpcId + "|" + address));
    }

    /** Nodes of a load balancer, one per zone address. */
    List<Topology.LoadBalancerNode> of(String loadBalancerArn) {
        return byLoadBalancer.getOrDefault(loadBalancerArn, List.of());
    }
}
