package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import java.util.Optional;

/**
 * The state an endpoint's connection will be in. A snapshot says it; a plan usually does not, and
 * then it follows from the service: with acceptance required and no accepted connection the
 * endpoint waits in {@code pendingAcceptance}; otherwise it becomes {@code available}. Public so
 * that check rules derive the state exactly as the simulator does.
 */
public final class EndpointStates {

    private EndpointStates() {
    }

    public static String effectiveState(Topology topology, VpcEndpoint endpoint) {
        if (!endpoint.state().isEmpty()) {
            return endpoint.state();
        }
        Optional<EndpointService> service = topology.serviceOf(endpoint);
        if (service.isEmpty()) {
            return "available";
        }
        for (EndpointConnection connection : service.get().connections()) {
            if (connection.endpointId().equals(endpoint.id()) && !connection.state().isEmpty()) {
                return connection.state();
            }
        }
        return service.get().acceptanceRequired() ? "pendingAcceptance" : "available";
    }
}
