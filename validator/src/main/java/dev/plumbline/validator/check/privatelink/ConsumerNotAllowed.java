package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.PrincipalMatch;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An endpoint whose account is not among the service's allowed principals: AWS refuses to create
 * the connection, whether or not acceptance is required. Matching is the simulator's
 * ({@link PrincipalMatch}: {@code *}, the account id, or an IAM ARN of the account); the service
 * owner's own account is not checked. Endpoints whose account is not in the input are skipped.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/configure-endpoint-service.html">Manage permissions</a>
 */
public final class ConsumerNotAllowed implements Rule {

    @Override
    public String id() {
        return "privatelink.principal-not-allowed";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an endpoint whose account is not among the endpoint service's allowed principals";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (endpoint instanceof GatewayEndpoint) {
                continue;
            }
            Optional<EndpointService> found = topology.serviceOf(endpoint);
            String account = ServiceZones.consumerAccount(topology, endpoint);
            if (found.isEmpty() || account.isEmpty()) {
                continue;
            }
            EndpointService service = found.get();
            if (account.equals(service.ownerAccount()) || PrincipalMatch.allows(service.allowedPrincipals(), account)) {
                continue;
            }
            out.add(Diagnostic.error(id(), endpoint.origin(), endpoint.kind() + " " + endpoint.label() + " belongs to account "
                    + account + ", which is not among the allowed principals of " + service.label() + " ("
                    + (service.allowedPrincipals().isEmpty() ? "none" : String.join(", ", service.allowedPrincipals()))
                    + "): AWS refuses the connection, so nothing passes through the endpoint",
                    "the provider adds arn:aws:iam::" + account + ":root to the allowed principals of " + service.id()
                            + " (ModifyVpcEndpointServicePermissions)"));
        }
        return out;
    }
}
