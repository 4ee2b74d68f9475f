package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.EndpointStates;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An interface or GWLB endpoint whose connection does not carry traffic: only {@code available}
 * forwards. The state is derived as the simulator derives it ({@link EndpointStates}): the
 * endpoint's own state, else the provider's connection record, else {@code pendingAcceptance} when
 * the service requires acceptance. When the endpoint says {@code available} but the provider's
 * record of the same connection says otherwise, the two views disagree; the finding says so and
 * takes the provider's (safer) reading.
 *
 * <p>{@code pending} (being created) is not reported. {@code partial} is reported as a warning:
 * the reference does not confirm what it carries, and Plumbline takes the safer reading.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/configure-endpoint-service.html">Accept or reject connection requests</a>
 */
public final class ConnectionNotAvailable implements Rule {

    @Override
    public String id() {
        return "privatelink.connection-not-available";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an endpoint whose connection is pending acceptance, rejected or otherwise not available";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (endpoint instanceof GatewayEndpoint) {
                continue;
            }
            Optional<EndpointService> service = topology.serviceOf(endpoint);
            String state = EndpointStates.effectiveState(topology, endpoint);
            String provider = service.flatMap(s -> providerState(s, endpoint)).orElse("");
            String why = "";
            if (isAvailable(state) && !provider.isEmpty() && !isAvailable(provider) && !isTransient(provider)) {
                why = "the endpoint itself says available, but " + service.get().label()
                        + " records the same connection as " + provider + "; the two views disagree and Plumbline"
                        + " takes the safer reading (the simulator follows the endpoint's own state)";
                state = provider;
            }
            if (isAvailable(state) || isTransient(state)) {
                continue;
            }
            String serviceText = service.map(s -> s.label()).orElse(serviceName(endpoint));
            String owner = service.map(EndpointService::ownerAccount).filter(o -> !o.isEmpty())
                    .map(o -> " (account " + o + ")").orElse("");
            String lower = state.toLowerCase(Locale.ROOT);
            String meaning = switch (lower) {
                case "pendingacceptance" -> "the provider" + owner + " has not accepted the connection"
                        + (service.map(EndpointService::acceptanceRequired).orElse(false)
                                ? " (the service requires acceptance)" : "");
                case "rejected" -> "the provider" + owner + " rejected the connection";
                case "partial" -> "only part of the endpoint is in service (the reference does not confirm what a "
                        + "partial endpoint carries; Plumbline takes the safer reading)";
                default -> "the endpoint is not in service";
            };
            String message = endpoint.kind() + " " + endpoint.label() + " to " + serviceText + " is " + state + ": "
                    + meaning + (why.isEmpty() ? "" : " (" + why + ")")
                    + "; only an available endpoint forwards traffic, so every flow through it is dropped";
            String hint = switch (lower) {
                case "pendingacceptance" -> "the provider accepts it (AcceptVpcEndpointConnections on "
                        + service.map(EndpointService::id).orElse("the service") + " for " + endpoint.id()
                        + "), or turns off acceptance required for trusted principals";
                case "rejected" -> "ask the provider to accept the connection; if the rejection stands, "
                        + "delete the endpoint and create it again once the provider agrees";
                default -> "recreate the endpoint, or wait until AWS reports it available";
            };
            out.add("partial".equals(lower) ? Diagnostic.warning(id(), endpoint.origin(), message, hint)
                    : Diagnostic.error(id(), endpoint.origin(), message, hint));
        }
        return out;
    }

    private static Optional<String> providerState(EndpointService service, VpcEndpoint endpoint) {
        return service.connections().stream().filter(c -> c.endpointId().equals(endpoint.id()))
                .map(EndpointConnection::state).filter(s -> !s.isEmpty()).findFirst();
    }

    private static boolean isAvailable(String state) {
        return "available".equalsIgnoreCase(state);
    }

    /** Being created: not yet carrying traffic, but not a mistake in the plan. */
    private static boolean isTransient(String state) {
        return "pending".equalsIgnoreCase(state);
    }

    private static String serviceName(VpcEndpoint endpoint) {
        if (endpoint instanceof InterfaceEndpoint ie) {
            return ie.serviceName().render();
        }
        if (endpoint instanceof GwlbEndpoint ge) {
            return ge.serviceName().render();
        }
        return "its service";
    }
}
