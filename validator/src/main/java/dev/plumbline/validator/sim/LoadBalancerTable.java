package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Connections open through Network Load Balancers during one session, so a target's reply (sent
 * to the load balancer node's address) is matched to its client and sent back the way it came.
 */
final class LoadBalancerTable {

    /** One connection: the client's flow as it reached the listener, and the endpoint interface it came through (null when direct). */
    record Connection(Flow clientFlow, NetworkInterface endpointInterface, Topology.LoadBalancerNode node) {
    }

    private final Map<Flow, Connection> byReply = new HashMap<>();

    void open(Flow towardTarget, Connection connection) {
        byReply.put(towardTarget.reply(), connection);
    }

    Optional<Connection> forReply(Flow reply) {
        return Optional.ofNullable(byReply.get(reply));
    }
}
