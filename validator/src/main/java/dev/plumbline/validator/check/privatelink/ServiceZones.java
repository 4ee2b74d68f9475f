package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Availability Zones an endpoint service is offered in, and whether a consumer's subnet is in
 * one of them. A service exists only in the enabled zones of its load balancers (NLBs for an
 * interface service, GWLBs for a GWLB service); a consumer may use only zones both sides share.
 *
 * <p>AZ names are per account ({@code us-east-1a} of one account may be {@code us-east-1c} of
 * another), so zones are compared by AZ id. Names are compared only when an id is missing and both
 * sides belong to the same account; otherwise the answer is {@link Offer#UNKNOWN}.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html">Share your services</a>
 */
public final class ServiceZones {

    /** Whether the service is offered in a subnet's zone. */
    public enum Offer {
        OFFERED, NOT_OFFERED, UNKNOWN
    }

    /** One zone of the service: a load balancer's node (or a zone the service lists), named as its owner names it. */
    public record Zone(LoadBalancer loadBalancer, LbZone lbZone, String azName, Planned<String> azId, String account) {

        /** {@code use1-az1 (us-east-1a of 444455556666)}, leaving out what is unknown. */
        public String render() {
            String name = azName.isEmpty() ? "" : azName + (account.isEmpty() ? "" : " of " + account);
            if (azId.isKnown()) {
                return azId.orElse("") + (name.isEmpty() ? "" : " (" + name + ")");
            }
            return name.isEmpty() ? "an unnamed zone" : name;
        }
    }

    /** The answer for one subnet: the verdict and the service zones that matched it (empty unless offered). */
    public record Result(Offer offer, List<Zone> matching, List<Zone> zones) {
    }

    private ServiceZones() {
    }

    /** The zones of {@code service}: its load balancers' zones when they are in the input, else the zones it lists. */
    public static List<Zone> of(Topology topology, EndpointService service) {
        LoadBalancer.Type type = service.serviceKind() == EndpointService.Kind.GATEWAY_LOAD_BALANCER
                ? LoadBalancer.Type.GATEWAY : LoadBalancer.Type.NETWORK;
        List<Zone> zones = new ArrayList<>();
        boolean anyLoadBalancer = false;
        for (String arn : service.loadBalancerArns()) {
            LoadBalancer lb = topology.loadBalancer(arn).orElse(null);
            if (lb == null || lb.type() != type) {
                continue;
            }
            anyLoadBalancer = true;
            String account = topology.vpc(lb.vpcId()).map(Vpc::accountId).filter(a -> !a.isEmpty())
                    .orElse(service.ownerAccount());
            for (LbZone zone : lb.zones()) {
                Subnet subnet = topology.subnet(zone.subnetId()).orElse(null);
                String name = !zone.azName().isEmpty() || subnet == null ? zone.azName() : subnet.azName();
                Planned<String> id = zone.azId().isKnown() || subnet == null ? zone.azId() : subnet.azId();
                zones.add(new Zone(lb, zone, name, id, account));
            }
        }
        if (!anyLoadBalancer) {
            for (String name : service.availabilityZones()) {
                zones.add(new Zone(null, null, name, Planned.absent(), service.ownerAccount()));
            }
        }
        return zones;
    }

    /** Whether {@code service} is offered in the zone of {@code subnet}, which belongs to {@code consumerAccount}. */
    public static Result offers(Topology topology, EndpointService service, Subnet subnet, String consumerAccount) {
        List<Zone> zones = of(topology, service);
        if (zones.isEmpty()) {
            return new Result(Offer.UNKNOWN, List.of(), zones);
        }
        List<Zone> matching = new ArrayList<>();
        boolean unknown = false;
        for (Zone zone : zones) {
            Offer offer = compare(topology, zone, subnet, consumerAccount);
            if (offer == Offer.OFFERED) {
                matching.add(zone);
            } else if (offer == Offer.UNKNOWN) {
                unknown = true;
            }
        }
        Offer offer = !matching.isEmpty() ? Offer.OFFERED : unknown ? Offer.UNKNOWN : Offer.NOT_OFFERED;
        return new Result(offer, matching, zones);
    }

    private static Offer compare(Topology topology, Zone zone, Subnet subnet, String consumerAccount) {
        if (zone.azId().isKnown() && subnet.azId().isKnown()) {
            return zone.azId().orElse("").equals(subnet.azId().orElse("")) ? Offer.OFFERED : Offer.NOT_OFFERED;
        }
        // Zones a service lists without its load balancers come from describe-vpc-endpoint-services run by the
        // consumer: their names are already the consumer's.
        boolean consumerView = zone.loadBalancer() == null;
        boolean sameAccount = consumerView || !consumerAccount.isEmpty() && consumerAccount.equals(zone.account())
                || knownSameAccount(topology, zone.loadBalancer().vpcId(), subnet.vpcId());
        if (sameAccount && !zone.azName().isEmpty() && !subnet.azName().isEmpty()) {
            return zone.azName().equals(subnet.azName()) ? Offer.OFFERED : Offer.NOT_OFFERED;
        }
        return Offer.UNKNOWN;
    }

    /** Whether two VPCs of the input are known to be in one account (see {@link Vpc#knownSameAccount}). */
    private static boolean knownSameAccount(Topology topology, String vpcA, String vpcB) {
        Optional<Vpc> a = topology.vpc(vpcA);
        Optional<Vpc> b = topology.vpc(vpcB);
        return a.isPresent() && b.isPresent() && a.get().knownSameAccount(b.get());
    }

    /** The account an endpoint belongs to: its own owner field, else its VPC's account; empty when unknown. */
    public static String consumerAccount(Topology topology, VpcEndpoint endpoint) {
        String own = endpoint instanceof InterfaceEndpoint ie ? ie.ownerAccount()
                : endpoint instanceof GwlbEndpoint ge ? ge.ownerAccount() : "";
        return own.isEmpty() ? topology.vpc(endpoint.vpcId()).map(Vpc::accountId).orElse("") : own;
    }

    /** {@code us-east-1a (use1-az1)} for a subnet's zone. */
    public static String render(Subnet subnet) {
        return subnet.azName() + subnet.azId().toOptional().map(id -> " (" + id + ")").orElse("");
    }
}
