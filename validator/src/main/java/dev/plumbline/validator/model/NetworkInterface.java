package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Ipv4;
import java.util.List;

/**
 * An elastic network interface. Security groups apply per interface. With the source/destination
 * check on (the default) the interface drops packets not addressed to it, so it cannot forward
 * traffic as a NAT instance or appliance.
 *
 * <p>{@code interfaceType} is AWS's: {@code interface}, {@code nat_gateway}, {@code vpc_endpoint},
 * {@code gateway_load_balancer}, {@code gateway_load_balancer_endpoint}, {@code network_load_balancer}, ...
 * {@code attachedTo} is the instance, NAT gateway, endpoint or load balancer that owns it.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_ElasticNetworkInterfaces.html">Network interfaces</a>
 */
public record NetworkInterface(String id, String name, String subnetId, String vpcId, String interfaceType,
        String attachedTo, Planned<Ipv4> privateIp, List<Ipv4> secondaryPrivateIps, Planned<Ipv4> publicIp,
        List<String> securityGroupIds, boolean sourceDestCheck, Origin origin) implements Element {

    public NetworkInterface {
        name = Canonical.text(name);
        interfaceType = interfaceType == null || interfaceType.isEmpty() ? "interface" : interfaceType;
        attachedTo = Canonical.text(attachedTo);
        privateIp = privateIp == null ? Planned.absent() : privateIp;
        secondaryPrivateIps = Canonical.list(secondaryPrivateIps);
        publicIp = publicIp == null ? Planned.absent() : publicIp;
        securityGroupIds = Canonical.list(securityGroupIds);
        origin = Canonical.origin(origin);
    }

    public boolean hasAddress(Ipv4 address) {
        return address.equals(privateIp.orElse(null)) || secondaryPrivateIps.contains(address);
    }

    @Override
    public String kind() {
        return "network interface";
    }
}
