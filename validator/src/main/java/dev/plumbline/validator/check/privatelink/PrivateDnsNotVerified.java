package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint service with a private DNS name that is not {@code verified}: AWS publishes the name
 * in consumers' VPCs only after the provider proves the domain with a TXT record, so until then
 * clients calling the name do not reach the endpoint. A state the input does not give is treated
 * as not verified (a new name starts in {@code pendingVerification}).
 *
 * <p>An error when an endpoint in the input relies on the name (private DNS enabled); a warning
 * otherwise. AWS-owned services are skipped.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/manage-dns-names.html">Manage DNS names</a>
 */
public final class PrivateDnsNotVerified implements Rule {

    @Override
    public String id() {
        return "privatelink.private-dns-unverified";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an endpoint service whose private DNS name is not verified";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (EndpointService service : topology.network().endpointServices()) {
            if (service.privateDnsName().isEmpty() || "verified".equalsIgnoreCase(service.privateDnsState())
                    || "amazon".equalsIgnoreCase(service.ownerAccount())) {
                continue;
            }
            List<String> relying = topology.network().vpcEndpoints().stream()
                    .filter(e -> e instanceof InterfaceEndpoint ie && ie.privateDnsEnabled()
                            && topology.serviceOf(ie).map(s -> s.id().equals(service.id())).orElse(false))
                    .map(e -> e.label()).toList();
            String state = service.privateDnsState().isEmpty()
                    ? "not known to be verified (the input gives no state; a new name starts as pendingVerification)"
                    : service.privateDnsState();
            String message = "the private DNS name " + service.privateDnsName() + " of " + service.label() + " is "
                    + state + ": AWS publishes it in consumer VPCs only once the domain is verified, so "
                    + (relying.isEmpty() ? "consumers cannot use the name yet"
                            : "clients calling " + service.privateDnsName() + " through " + String.join(", ", relying)
                                    + " do not reach the service");
            String hint = "publish the TXT record AWS gives for " + service.privateDnsName()
                    + " and start the verification (StartVpcEndpointServicePrivateDnsVerification); until then clients "
                    + "can use the endpoint's own DNS names";
            out.add(relying.isEmpty() ? Diagnostic.warning(id(), service.origin(), message, hint)
                    : Diagnostic.error(id(), service.origin(), message, hint));
        }
        return out;
    }
}
