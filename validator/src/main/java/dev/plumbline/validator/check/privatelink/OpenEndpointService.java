package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.endpoint.EndpointService;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint service that allows every principal ({@code *}) and accepts connections
 * automatically: any AWS account can connect an endpoint and send traffic to the service's
 * targets (or, for a GWLB service, through its appliances) without the provider knowing. A
 * security warning, not a broken path.
 *
 * <p>Services seen only from a consumer's side (owned by {@code amazon}, or with no load balancer
 * in the input) are not the reader's to configure and are skipped.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/configure-endpoint-service.html">Manage permissions</a>
 */
public final class OpenEndpointService implements Rule {

    @Override
    public String id() {
        return "privatelink.open-service";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an endpoint service that allows every principal (*) without requiring acceptance";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (EndpointService service : context.topology().network().endpointServices()) {
            if (!providerSide(service) || service.acceptanceRequired() || !service.allowedPrincipals().contains("*")) {
                continue;
            }
            out.add(Diagnostic.warning(id(), service.origin(), service.label() + " allows every principal (*) and "
                    + "does not require acceptance: any AWS account can create an endpoint to it and reach "
                    + (service.serviceKind() == EndpointService.Kind.GATEWAY_LOAD_BALANCER ? "its appliances"
                            : "its targets") + " without the provider's approval",
                    "replace * with the consumer accounts (arn:aws:iam::<account>:root), or turn on acceptance required"));
        }
        return out;
    }

    /** The provider's own configuration is in the input: not an AWS service, and its load balancers are named. */
    static boolean providerSide(EndpointService service) {
        return !"amazon".equalsIgnoreCase(service.ownerAccount()) && !service.loadBalancerArns().isEmpty();
    }
}
