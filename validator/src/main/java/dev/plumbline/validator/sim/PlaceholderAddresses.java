package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stand-ins {@link Topology} gives the addresses the plan leaves unknown: private ones an unused
 * address of the owner's subnet (from the top down), public ones an address of 198.18.0.0/15
 * (reserved for benchmarking, never on the internet). Stand-ins are deterministic: same plan, same
 * addresses.
 */
final class PlaceholderAddresses {

    private final AddressIndex addresses;
    private final Map<String, PlannedAddress> placeholders = new HashMap<>();
    private final Map<Integer, String> placeholderOwners = new HashMap<>();
    private int nextPublicPlaceholder;

    /** Gives the unknown addresses of interfaces and NAT gateways their stand-ins and adds them to {@code addresses}. */
    PlaceholderAddresses(Network network, Map<String, Subnet> subnets, AddressIndex addresses) {
        this.addresses = addresses;
        for (NetworkInterface eni : network.networkInterfaces()) {
            if (eni.privateIp() instanceof Planned.Unknown<Ipv4> unknown) {
                Subnet subnet = subnets.get(eni.subnetId());
                if (subnet != null) {
                    Ipv4 stand = unusedPrivate(subnet);
                    placeholders.put(key(eni.id(), "privateIp"), new PlannedAddress(stand, subnet.cidr(), unknown));
                    addresses.addPrivate(stand, eni);
                }
            }
            Planned<Ipv4> publicIp = addresses.publicAddressOf(eni);
            if (publicIp instanceof Planned.Unknown<Ipv4> unknown) {
                Ipv4 stand = nextPublic();
                placeholders.put(key(eni.id(), "publicIp"), new PlannedAddress(stand, Prefix.ANY, unknown));
                addresses.addPublic(stand, new Topology.PublicAddress.OfInterface(eni));
            }
        }
        for (NatGateway nat : network.natGateways()) {
            for (int i = 0; i < nat.addresses().size(); i++) {
                NatAddress address = nat.addresses().get(i);
                if (address.privateIp() instanceof Planned.Unknown<Ipv4> unknown) {
                    Subnet subnet = subnets.get(nat.subnetId());
                    if (subnet != null) {
                        Ipv4 stand = unusedPrivate(subnet);
                        placeholders.put(key(nat.id(), "privateIp" + i), new PlannedAddress(stand, subnet.cidr(), unknown));
                        addresses.addNatPrivate(stand, nat);
                    }
                }
                if (address.publicIp() instanceof Planned.Unknown<Ipv4> unknown) {
                    Ipv4 stand = nextPublic();
                    placeholders.put(key(nat.id(), "publicIp" + i), new PlannedAddress(stand, Prefix.ANY, unknown));
                    addresses.addPublic(stand, new Topology.PublicAddress.OfNatGateway(nat, address));
                }
            }
        }
    }

    private static String key(String ownerId, String property) {
        return ownerId + "#" + property;
    }

    /** An address of {@code subnet} that no interface holds and no stand-in took, from the top down; now taken. */
    Ipv4 unusedPrivate(Subnet subnet) {
        long last = subnet.cidr().last().asLong() - 1;
        long first = subnet.cidr().first().asLong() + 4;
        for (long candidate = last; candidate >= first; candidate--) {
            Ipv4 ip = new Ipv4((int) candidate);
            if (!addresses.isPrivateOfInterface(ip) && !placeholderOwners.containsKey(ip.bits())) {
                placeholderOwners.put(ip.bits(), subnet.id());
                return ip;
            }
        }
        return subnet.cidr().first();
    }

    private Ipv4 nextPublic() {
        return Ipv4.of(198, 18, 0, 0).plus(1 + nextPublicPlaceholder++);
    }

    /** The stand-in for an interface's private or public address, if it was given one. */
    Optional<PlannedAddress> ofInterface(NetworkInterface eni, boolean publicSide) {
        return Optional.ofNullable(placeholders.get(key(eni.id(), publicSide ? "publicIp" : "privateIp")));
    }

    /** The stand-in for address {@code index} of a NAT gateway, private or public side, if it was given one. */
    Optional<PlannedAddress> ofNatGateway(NatGateway nat, int index, boolean publicSide) {
        return Optional.ofNullable(placeholders.get(key(nat.id(), (publicSide ? "publicIp" : "privateIp") + index)));
    }

    /** The stand-in a placeholder address was given for, if {@code address} is one. */
    Optional<PlannedAddress> at(Ipv4 address) {
        return placeholders.values().stream().filter(p -> p.address().equals(address)).findFirst();
    }
}
