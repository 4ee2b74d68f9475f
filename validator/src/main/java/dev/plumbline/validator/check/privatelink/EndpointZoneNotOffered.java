package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An interface endpoint subnet in an Availability Zone where the endpoint service has no load
 * balancer node: AWS refuses the subnet, and an interface there would lead nowhere. Zones are
 * compared by AZ id ({@link ServiceZones}); when an id is missing and the two sides are different
 * accounts the zone cannot be confirmed, which is reported as a warning.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html">Create an interface endpoint</a>
 */
public final class EndpointZoneNotOffered implements Rule {

    @Override
    public String id() {
        return "privatelink.az-not-offered";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an interface endpoint subnet in an AZ (by AZ id) where the endpoint service is not offered";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (!(endpoint instanceof InterfaceEndpoint ie)) {
                continue;
            }
            Optional<EndpointService> service = topology.serviceOf(ie);
            if (service.isEmpty()) {
                continue;
            }
            String account = ServiceZones.consumerAccount(topology, ie);
            for (String subnetId : ie.subnetIds()) {
                Optional<Subnet> subnet = topology.subnet(subnetId);
                if (subnet.isEmpty()) {
                    continue;
                }
                ServiceZones.Result result = ServiceZones.offers(topology, service.get(), subnet.get(), account);
                Diagnostic finding = finding(id(), ie, service.get(), subnet.get(), account, result,
                        "AWS refuses an endpoint subnet in a zone where the service's load balancer has no node, "
                                + "so clients in that zone have no endpoint interface to use");
                if (finding != null) {
                    out.add(finding);
                }
            }
        }
        return out;
    }

    /** The finding for one endpoint subnet, shared with the GWLB endpoint rule; null when the zone is offered. */
    public static Diagnostic finding(String ruleId, VpcEndpoint endpoint, EndpointService service, Subnet subnet,
            String account, ServiceZones.Result result, String consequence) {
        String offered = String.join(", ", result.zones().stream().map(ServiceZones.Zone::render).distinct().toList());
        if (result.offer() == ServiceZones.Offer.NOT_OFFERED) {
            return Diagnostic.error(ruleId, endpoint.origin(), endpoint.kind() + " " + endpoint.label() + " uses "
                    + subnet.label() + " in " + ServiceZones.render(subnet) + ", but " + service.label()
                    + " is offered only in " + offered + " (compared by AZ id; AZ names differ between accounts): "
                    + consequence,
                    "move the endpoint's subnet to a zone the service offers (" + offered + "), or enable the "
                            + "service's load balancer in " + ServiceZones.render(subnet) + " by adding a subnet there");
        }
        if (result.offer() == ServiceZones.Offer.UNKNOWN && !result.zones().isEmpty()) {
            return Diagnostic.warning(ruleId, endpoint.origin(), "cannot confirm that " + service.label()
                    + " is offered in the zone of " + subnet.label() + " (" + ServiceZones.render(subnet) + ") used by "
                    + endpoint.kind() + " " + endpoint.label() + ": the service's zones are " + offered
                    + ", an AZ id is missing on one side, and AZ names can only be compared within one account"
                    + (account.isEmpty() ? " (the consumer's account is not in the input)" : " (consumer " + account + ")")
                    + "; Plumbline takes the safer reading and warns",
                    "give the AZ ids (for example use1-az1) of the endpoint's subnets and of the load balancer's zones");
        }
        return null;
    }
}
