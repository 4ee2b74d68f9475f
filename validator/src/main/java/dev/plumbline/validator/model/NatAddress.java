package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Ipv4;

/** One address of a NAT gateway: a private IP and, for a public NAT gateway, the Elastic IP mapped to it. */
public record NatAddress(Planned<Ipv4> privateIp, Planned<Ipv4> publicIp, String allocationId, boolean primary) {

    public NatAddress {
        privateIp = privateIp == null ? Planned.absent() : privateIp;
        publicIp = publicIp == null ? Planned.absent() : publicIp;
        allocationId = Canonical.text(allocationId);
    }
}
