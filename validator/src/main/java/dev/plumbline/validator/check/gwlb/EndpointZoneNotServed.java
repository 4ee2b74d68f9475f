package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.check.privatelink.EndpointZoneNotOffered;
import dev.plumbline.validator.check.privatelink.ServiceZones;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GWLB endpoint in an Availability Zone its Gateway Load Balancer does not serve: AWS creates
 * GWLB endpoints only in zones the GWLB is enabled in, and traffic routed to one elsewhere has no
 * GWLB node to reach. Zones are compared by AZ id ({@link ServiceZones}); an unconfirmable zone is
 * a warning.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html">GWLB endpoints</a>
 */
public final class EndpointZoneNotServed implements Rule {

    @Override
    public String id() {
        return "gwlb.endpoint-az-not-served";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return "a GWLB endpoint in an AZ (by AZ id) its Gateway Load Balancer does not serve";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (!(endpoint instanceof GwlbEndpoint ge)) {
                continue;
            }
            Optional<EndpointService> service = topology.serviceOf(ge);
            Optional<Subnet> subnet = topology.subnet(ge.subnetId());
            if (service.isEmpty() || subnet.isEmpty()) {
                continue;
            }
            String account = ServiceZones.consumerAccount(topology, ge);
            ServiceZones.Result result = ServiceZones.offers(topology, service.get(), subnet.get(), account);
            Diagnostic finding = EndpointZoneNotOffered.finding(id(), ge, service.get(), subnet.get(), account, result,
                    "AWS creates a GWLB endpoint only where its Gateway Load Balancer has a node, and traffic routed to "
                            + "this one has no appliance to reach, so it is dropped");
            if (finding != null) {
                out.add(finding);
            }
        }
        return out;
    }
}
