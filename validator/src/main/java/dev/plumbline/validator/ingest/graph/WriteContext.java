package dev.plumbline.validator.ingest.graph;

import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LoadBalancer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One network being written, with the lookups the derived defaults need: VPCs, subnets and load
 * balancers by id, and network interfaces by the element they are attached to.
 */
final class WriteContext {

    private final Map<String, Vpc> vpcs;
    private final Map<String, Subnet> subnets;
    private final Map<String, LoadBalancer> loadBalancers;
    private final Map<String, List<String>> interfacesByOwner;

    WriteContext(Network network) {
        this.vpcs = byId(network.vpcs(), Vpc::id);
        this.subnets = byId(network.subnets(), Subnet::id);
        this.loadBalancers = byId(network.loadBalancers(), LoadBalancer::id);
        this.interfacesByOwner = GraphDefaults.interfacesByOwner(network.networkInterfaces());
    }

    Map<String, Vpc> vpcs() {
        return vpcs;
    }

    Map<String, Subnet> subnets() {
        return subnets;
    }

    Map<String, LoadBalancer> loadBalancers() {
        return loadBalancers;
    }

    List<String> attachedTo(String ownerId) {
        return interfacesByOwner.getOrDefault(ownerId, List.of());
    }

    String vpcOfSubnet(String subnetId) {
        Subnet subnet = subnets.get(subnetId);
        return subnet == null ? "" : subnet.vpcId();
    }

    private static <T> Map<String, T> byId(List<T> elements, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(element -> map.putIfAbsent(id.apply(element), element));
        return map;
    }
}
