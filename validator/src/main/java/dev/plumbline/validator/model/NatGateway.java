package dev.plumbline.validator.model;

import java.util.List;

/**
 * A NAT gateway. A public one translates the source to an Elastic IP and needs a route to an
 * internet gateway in its own subnet; a private one translates to its private address and the
 * internet gateway drops its traffic. Source NAT only: no inbound connections. Ports 1024-65535,
 * 55,000 simultaneous connections per address to each destination (IP, port, protocol); up to 8
 * addresses.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html">NAT gateways</a>
 */
public record NatGateway(String id, String name, String subnetId, String vpcId, Connectivity connectivity,
        String state, List<NatAddress> addresses, Origin origin) implements Element {

    public enum Connectivity {
        PUBLIC, PRIVATE
    }

    public NatGateway {
        name = Canonical.text(name);
        connectivity = connectivity == null ? Connectivity.PUBLIC : connectivity;
        state = Canonical.text(state);
        addresses = Canonical.list(addresses);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "NAT gateway";
    }
}
