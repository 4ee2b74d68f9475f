package dev.plumbline.validator.sim;

import dev.plumbline.validator.diag.NearMiss;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.net.Ipv4;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a user types for {@code --from}/{@code --to} into a {@link Place}: {@code internet},
 * an IPv4 address, an AWS id ({@code i-}, {@code eni-}, {@code subnet-}, {@code vpce-}, Lattice
 * {@code svc-}), a Pulumi URN, a resource name (Name tag or logical name), or a DNS name of an
 * endpoint or Lattice service. An ambiguous name is an error listing the candidates.
 */
public final class PlaceResolver {

    /** The text names nothing, or several things; the message says which and what would work. */
    public static final class UnresolvedPlaceException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnresolvedPlaceException(String message) {
            super(message);
        }
    }

    private final Topology topology;

    public PlaceResolver(Topology topology) {
        this.topology = topology;
    }

    /** Resolves a source ({@code destination == false}) or a destination. */
    public Place resolve(String text, boolean destination, List<String> securityGroupIds)
            throws UnresolvedPlaceException {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new UnresolvedPlaceException("an empty place: give an IP address, an id, a resource name or 'internet'");
        }
        if (value.equalsIgnoreCase("internet")) {
            return new Place.Internet(topology.internetStandIn(), true);
        }
        Optional<Ipv4> address = Ipv4.tryParse(value);
        if (address.isPresent()) {
            return byAddress(address.get(), destination, securityGroupIds);
        }
        List<Element> matches = qualified(value);
        if (matches == null) {
            matches = matching(value);
        }
        if (matches.isEmpty()) {
            throw new UnresolvedPlaceException("'" + value + "' is not an address, id, name, URN or DNS name in the plan"
                    + suggestion(value));
        }
        matches = withoutOwnInterfaces(matches);
        if (matches.size() > 1) {
            throw new UnresolvedPlaceException("'" + value + "' is ambiguous: it names " + matches.size() + " resources: "
                    + String.join(", ", matches.stream().map(e -> e.kind() + " " + e.id()
                            + (e.origin().urn().isEmpty() ? "" : " (" + e.origin().urn() + ")")).toList())
                    + "; use " + String.join(" or ", matches.stream().map(e -> qualifier(e) + "/" + value).distinct().toList())
                    + ", an id or a URN");
        }
        return toPlace(matches.get(0), value, securityGroupIds);
    }

    private Place byAddress(Ipv4 address, boolean destination, List<String> securityGroupIds)
            throws UnresolvedPlaceException {
        if (!address.isPrivate()) {
            Optional<Topology.PublicAddress> owner = topology.publicAddressOwner(address);
            if (!destination && owner.isPresent() && owner.get() instanceof Topology.PublicAddress.OfInterface of) {
                return new Place.AtInterface(of.networkInterface());
            }
            return new Place.Internet(address);
        }
        List<NetworkInterface> owners = topology.interfacesWithPrivateIp(address);
        if (owners.size() == 1) {
            return new Place.AtInterface(owners.get(0));
        }
        if (owners.size() > 1) {
            throw new UnresolvedPlaceException(address + " is a private address in several VPCs ("
                    + String.join(", ", owners.stream().map(e -> e.id() + " in " + topology.vpcIdOf(e)).toList())
                    + "); name the interface or instance instead");
        }
        List<Subnet> subnets = new ArrayList<>();
        for (Subnet subnet : topology.network().subnets()) {
            if (subnet.cidr().contains(address)) {
                subnets.add(subnet);
            }
        }
        if (subnets.size() == 1) {
            return new Place.SubnetHost(subnets.get(0), address, securityGroupIds);
        }
        if (subnets.size() > 1) {
            throw new UnresolvedPlaceException(address + " falls in several subnets ("
                    + String.join(", ", subnets.stream().map(s -> s.id() + " of " + s.vpcId()).toList())
                    + "); name the subnet instead");
        }
        throw new UnresolvedPlaceException(address + " is a private address outside every subnet of the plan");
    }

    private List<Element> matching(String value) {
        Set<Element> found = new LinkedHashSet<>();
        topology.element(value).ifPresent(found::add);
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        topology.network().elements().filter(PlaceResolver::addressable).forEach(e -> {
            if (e.origin().urn().equals(value) || normalisedUrnName(e.origin().urn()).equals(value)) {
                found.add(e);
            }
        });
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        topology.network().elements().filter(PlaceResolver::addressable)
                .filter(e -> e.name().equals(value)).forEach(found::add);
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        for (var endpoint : topology.network().vpcEndpoints()) {
            if (endpoint instanceof InterfaceEndpoint ie
                    && ie.dnsNames().stream().anyMatch(d -> d.equalsIgnoreCase(lower) || d.equalsIgnoreCase("*." + lower))) {
                found.add(ie);
            }
        }
        for (EndpointService service : topology.network().endpointServices()) {
            if (!service.privateDnsName().isEmpty() && service.privateDnsName().equalsIgnoreCase(lower)) {
                topology.network().vpcEndpoints().stream()
                        .filter(e -> e instanceof InterfaceEndpoint ie && ie.privateDnsEnabled()
                                && topology.serviceOf(ie).map(s -> s.id().equals(service.id())).orElse(false))
                        .forEach(found::add);
            }
        }
        for (LatticeService service : topology.network().latticeServices()) {
            if (service.dnsName().orElse("").equalsIgnoreCase(lower) || service.customDomainName().equalsIgnoreCase(lower)) {
                found.add(service);
            }
        }
        return List.copyOf(found);
    }

    /**
     * An instance and its own interfaces sharing a name are one place: the instance. So are an
     * interface endpoint and the interfaces AWS creates for it (a Pulumi plan names them after the
     * endpoint): the endpoint.
     */
    private List<Element> withoutOwnInterfaces(List<Element> matches) {
        Set<String> owned = new LinkedHashSet<>();
        for (Element e : matches) {
            if (e instanceof Instance instance) {
                owned.addAll(instance.networkInterfaceIds());
            } else if (e instanceof InterfaceEndpoint endpoint) {
                owned.addAll(endpoint.networkInterfaceIds());
            }
        }
        Set<String> instances = new LinkedHashSet<>();
        matches.stream().filter(Instance.class::isInstance).forEach(e -> instances.add(e.id()));
        return matches.stream().filter(e -> !(e instanceof NetworkInterface eni) || !owned.contains(eni.id())
                && topology.instanceOf(eni).map(i -> !instances.contains(i.id())).orElse(true)).toList();
    }

    /** The words a name can be qualified with ({@code instance/web}), by element kind. */
    private static String qualifier(Element e) {
        if (e instanceof Instance) {
            return "instance";
        }
        if (e instanceof NetworkInterface) {
            return "interface";
        }
        if (e instanceof Subnet) {
            return "subnet";
        }
        if (e instanceof InterfaceEndpoint) {
            return "endpoint";
        }
        return "service";
    }

    /** A kind-qualified name ({@code subnet/web}); null when {@code value} is not one. */
    private List<Element> qualified(String value) {
        int slash = value.indexOf('/');
        if (slash < 1 || Character.isDigit(value.charAt(0))) {
            return null;
        }
        String kind = value.substring(0, slash).toLowerCase(Locale.ROOT);
        if (!Set.of("instance", "interface", "subnet", "endpoint", "service").contains(kind)) {
            return null;
        }
        String name = value.substring(slash + 1);
        return topology.network().elements().filter(PlaceResolver::addressable)
                .filter(e -> qualifier(e).equals(kind) && (e.name().equals(name) || e.id().equals(name)))
                .toList();
    }

    /** The logical name at the end of a URN ({@code urn:pulumi:stack::project::type::name}). */
    static String normalisedUrnName(String urn) {
        int at = urn.lastIndexOf("::");
        return at < 0 ? "" : urn.substring(at + 2);
    }

    private static boolean addressable(Element e) {
        return e instanceof Instance || e instanceof NetworkInterface || e instanceof Subnet
                || e instanceof InterfaceEndpoint || e instanceof LatticeService;
    }

    private Place toPlace(Element element, String value, List<String> securityGroupIds) throws UnresolvedPlaceException {
        if (element instanceof Instance instance) {
            Optional<NetworkInterface> eni = topology.networkInterface(instance.primaryInterfaceId());
            if (eni.isEmpty()) {
                throw new UnresolvedPlaceException(instance.label() + " has no network interface in the plan");
            }
            return new Place.AtInterface(eni.get());
        }
        if (element instanceof NetworkInterface eni) {
            return new Place.AtInterface(eni);
        }
        if (element instanceof Subnet subnet) {
            return new Place.SubnetHost(subnet, freeHost(subnet), securityGroupIds);
        }
        if (element instanceof InterfaceEndpoint endpoint) {
            return new Place.AtInterfaceEndpoint(endpoint);
        }
        if (element instanceof LatticeService service) {
            return new Place.AtLatticeService(service);
        }
        throw new UnresolvedPlaceException("'" + value + "' is " + element.kind() + " " + element.id()
                + ", which cannot be the end of a trace: use an instance, interface, subnet, endpoint, Lattice service,"
                + " an address or 'internet'");
    }

    /** The first address AWS would hand out in the subnet that no interface holds. */
    private Ipv4 freeHost(Subnet subnet) {
        Ipv4 candidate = subnet.firstUsableHost();
        for (int i = 0; i < 256 && subnet.cidr().contains(candidate); i++) {
            if (topology.interfacesWithPrivateIp(subnet.vpcId(), candidate).isEmpty()) {
                return candidate;
            }
            candidate = candidate.plus(1);
        }
        return subnet.firstUsableHost();
    }

    private String suggestion(String value) {
        String wanted = squash(value);
        List<String> close = topology.network().elements().filter(PlaceResolver::addressable)
                .filter(e -> !e.name().isEmpty())
                .filter(e -> {
                    String name = squash(e.name());
                    return name.contains(wanted) || wanted.contains(name) || NearMiss.distance(name, wanted) <= Math.max(1, wanted.length() / 4);
                })
                .map(e -> e.name() + " (" + e.kind() + " " + e.id() + ")").distinct().limit(5).toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    /** Lower case without separators: "Jump Host", "jump-host" and "jumphost" compare equal. */
    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
