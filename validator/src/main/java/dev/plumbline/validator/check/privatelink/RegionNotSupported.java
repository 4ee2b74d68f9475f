package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cross-Region PrivateLink that cannot connect: an interface endpoint naming a service Region other
 * than the one the service lives in, or a consumer Region the provider did not add to the
 * service's supported Regions. GWLB endpoints cannot cross Regions at all (cross-Region
 * connectivity is for interface endpoints only). Endpoints or services whose Region is not in the
 * input are skipped.
 *
 * @see <a href="https://aws.amazon.com/blogs/networking-and-content-delivery/introducing-cross-region-connectivity-for-aws-privatelink">Cross-Region PrivateLink</a>
 */
public final class RegionNotSupported implements Rule {

    @Override
    public String id() {
        return "privatelink.region-not-supported";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an endpoint in a Region the endpoint service does not support";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            Optional<EndpointService> found = topology.serviceOf(endpoint);
            String consumer = topology.vpc(endpoint.vpcId()).map(Vpc::region).orElse("");
            if (found.isEmpty() || found.get().region().isEmpty()) {
                continue;
            }
            EndpointService service = found.get();
            if (endpoint instanceof InterfaceEndpoint ie) {
                if (!ie.serviceRegion().isEmpty() && !ie.serviceRegion().equals(service.region())) {
                    out.add(Diagnostic.error(id(), ie.origin(), "interface endpoint " + ie.label() + " names service Region "
                            + ie.serviceRegion() + ", but " + service.label() + " is hosted in " + service.region()
                            + ": the connection cannot be made", "set the endpoint's service Region to " + service.region()));
                } else if (!consumer.isEmpty() && !consumer.equals(service.region())
                        && !service.supportedRegions().contains(consumer)) {
                    out.add(Diagnostic.error(id(), ie.origin(), "interface endpoint " + ie.label() + " is in " + consumer
                            + ", but " + service.label() + " (hosted in " + service.region() + ") supports only "
                            + (service.supportedRegions().isEmpty() ? "its own Region"
                                    : String.join(", ", service.supportedRegions()))
                            + ": cross-Region PrivateLink needs the consumer's Region among the service's supported Regions",
                            "the provider adds " + consumer + " to the supported Regions of " + service.id()
                                    + " (ModifyVpcEndpointServiceConfiguration --add-supported-regions)"));
                }
            } else if (endpoint instanceof GwlbEndpoint ge && !consumer.isEmpty() && !consumer.equals(service.region())) {
                out.add(Diagnostic.error(id(), ge.origin(), "GWLB endpoint " + ge.label() + " is in " + consumer + ", but "
                        + service.label() + " is in " + service.region()
                        + ": cross-Region PrivateLink is for interface endpoints only, so a GWLB endpoint cannot connect",
                        "create the endpoint service and its Gateway Load Balancer in " + consumer
                                + ", or inspect in " + service.region()));
            }
        }
        return out;
    }
}
