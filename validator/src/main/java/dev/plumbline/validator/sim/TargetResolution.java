package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.net.Ipv4;
import java.util.List;
import java.util.Optional;

/**
 * Finds the interface and AZ behind a registered target: an instance id, or an IP address in the
 * target group's VPC. Public so that check rules resolve targets exactly as the simulator does.
 */
public final class TargetResolution {

    private TargetResolution() {
    }

    public static NetworkInterface interfaceOf(Topology topology, Target target, String vpcId) {
        return interfaceOf(topology, target.id(), vpcId);
    }

    public static NetworkInterface interfaceOf(Topology topology, String targetId, String vpcId) {
        Optional<NetworkInterface> byInstance = topology.instance(targetId)
                .flatMap(i -> topology.networkInterface(i.primaryInterfaceId()));
        if (byInstance.isPresent()) {
            return byInstance.get();
        }
        Optional<NetworkInterface> byInterface = topology.networkInterface(targetId);
        if (byInterface.isPresent()) {
            return byInterface.get();
        }
        Optional<Ipv4> ip = Ipv4.tryParse(targetId);
        if (ip.isPresent()) {
            List<NetworkInterface> found = vpcId.isEmpty() ? topology.interfacesWithPrivateIp(ip.get())
                    : topology.interfacesWithPrivateIp(vpcId, ip.get());
            return found.isEmpty() ? null : found.get(0);
        }
        return null;
    }

    public static String zoneOf(Topology topology, Target target, NetworkInterface eni) {
        if (!target.azName().isEmpty() && !"all".equals(target.azName())) {
            return target.azName();
        }
        if (eni == null) {
            return "";
        }
        return topology.subnet(eni.subnetId()).map(Subnet::azName).orElse("");
    }
}
