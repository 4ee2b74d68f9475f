package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds an address, for {@link Topology}: the interfaces holding each private IP, the NAT
 * gateway of each private IP in a VPC, the interface or NAT gateway answering to each public IP,
 * and the Elastic IP associated with each interface. Stand-ins are added by
 * {@link PlaceholderAddresses} while the topology is built.
 */
final class AddressIndex {

    private final AddressTable<List<NetworkInterface>> interfacesByPrivateIp = new AddressTable<>();
    private final AddressTable<Topology.PublicAddress> publicAddresses = new AddressTable<>();
    private final Map<VpcAddress, NatGateway> natByPrivateIp = new HashMap<>();
    private final Map<String, Planned<Ipv4>> elasticIpByInterface = new HashMap<>();

    AddressIndex(Network network, Map<String, NetworkInterface> interfaces, Map<String, Instance> instances) {
        for (NetworkInterface eni : network.networkInterfaces()) {
            eni.privateIp().toOptional().ifPresent(ip -> addPrivate(ip, eni));
            eni.secondaryPrivateIps().forEach(ip -> addPrivate(ip, eni));
            eni.publicIp().toOptional().ifPresent(ip -> publicAddresses.putIfAbsent(ip.bits(),
                    new Topology.PublicAddress.OfInterface(eni)));
        }
        for (ElasticIp eip : network.elasticIps()) {
            NetworkInterface eni = interfaces.get(eip.networkInterfaceId());
            if (eni == null && !eip.instanceId().isEmpty()) {
                Instance instance = instances.get(eip.instanceId());
                eni = instance == null ? null : interfaces.get(instance.primaryInterfaceId());
            }
            NetworkInterface owner = eni;
            if (owner != null) {
                elasticIpByInterface.putIfAbsent(owner.id(), eip.publicIp());
                eip.publicIp().toOptional().ifPresent(ip -> publicAddresses.putIfAbsent(ip.bits(),
                        new Topology.PublicAddress.OfInterface(owner)));
            }
        }
        for (NatGateway nat : network.natGateways()) {
            for (NatAddress address : nat.addresses()) {
                address.privateIp().toOptional().ifPresent(ip -> addNatPrivate(ip, nat));
                address.publicIp().toOptional().ifPresent(ip -> publicAddresses.put(ip.bits(),
                        new Topology.PublicAddress.OfNatGateway(nat, address)));
            }
        }
    }

    void addPrivate(Ipv4 ip, NetworkInterface eni) {
        interfacesByPrivateIp.computeIfAbsent(ip.bits(), () -> new ArrayList<>(1)).add(eni);
    }

    /** Adds {@code ip} as a private address of {@code nat} unless another NAT gateway of its VPC holds it. */
    void addNatPrivate(Ipv4 ip, NatGateway nat) {
        natByPrivateIp.putIfAbsent(new VpcAddress(nat.vpcId(), ip.bits()), nat);
    }

    /** Adds {@code ip} as a public address of {@code owner} unless someone holds it already. */
    void addPublic(Ipv4 ip, Topology.PublicAddress owner) {
        publicAddresses.putIfAbsent(ip.bits(), owner);
    }

    /** Whether an interface holds {@code ip} as a private address. */
    boolean isPrivateOfInterface(Ipv4 ip) {
        return interfacesByPrivateIp.containsKey(ip.bits());
    }

    /** Interfaces anywhere holding {@code address} as a private IP. */
    List<NetworkInterface> interfacesWithPrivateIp(Ipv4 address) {
        List<NetworkInterface> found = interfacesByPrivateIp.get(address.bits());
        return found == null ? List.of() : found;
    }

    Optional<NatGateway> natGatewayWithPrivateIp(String vpcId, Ipv4 address) {
        return Optional.ofNullable(natByPrivateIp.get(new VpcAddress(vpcId, address.bits())));
    }

    Optional<Topology.PublicAddress> publicAddressOwner(Ipv4 address) {
        return Optional.ofNullable(publicAddresses.get(address.bits()));
    }

    boolean isPublic(Ipv4 address) {
        return publicAddresses.containsKey(address.bits());
    }

    /** See {@link Topology#publicAddressOf(NetworkInterface)}. */
    Planned<Ipv4> publicAddressOf(NetworkInterface eni) {
        if (eni.publicIp().isPresent()) {
            return eni.publicIp();
        }
        Planned<Ipv4> elastic = elasticIpByInterface.get(eni.id());
        return elastic == null ? Planned.absent() : elastic;
    }

    /** A private address within one VPC (private ranges repeat across VPCs). */
    private record VpcAddress(String vpcId, int bits) {
    }
}
