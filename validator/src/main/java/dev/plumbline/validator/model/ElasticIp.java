package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Ipv4;

/** An Elastic IP allocation and what it is associated with (a network interface, an instance, or nothing). */
public record ElasticIp(String id, String name, Planned<Ipv4> publicIp, String networkInterfaceId, String instanceId,
        Planned<Ipv4> privateIp, Origin origin) implements Element {

    public ElasticIp {
        name = Canonical.text(name);
        publicIp = publicIp == null ? Planned.absent() : publicIp;
        networkInterfaceId = Canonical.text(networkInterfaceId);
        instanceId = Canonical.text(instanceId);
        privateIp = privateIp == null ? Planned.absent() : privateIp;
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "Elastic IP";
    }
}
