package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.Optional;

/**
 * Questions rules ask about security groups without tracing a whole path: would this interface
 * admit traffic from any address of a range, on a port?
 */
public final class Admission {

    private Admission() {
    }

    /**
     * Why the interface's security groups refuse TCP on {@code port} from every or some address of
     * {@code sources}, the range {@code sender} connects from; empty when they admit the whole range.
     */
    public static Optional<String> refusal(Topology topology, NetworkInterface eni, String sender, Prefix sources,
            Protocol protocol, int port) {
        Optional<PlannedAddress> target = topology.privateAddressOf(eni);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        PlannedAddress source = sources.isHost() ? PlannedAddress.exact(sources.first())
                : new PlannedAddress(sources.first(), sources, new Planned.Unknown<>(sender, "source address", "any address of " + sources));
        Flow flow = new Flow(protocol, source.address(), target.get().address(), TraceRequest.DEFAULT_SOURCE_PORT, port, -1, -1);
        Verdict verdict = new SecurityGroupFilter(topology).evaluate(eni.securityGroupIds(),
                Packet.of(flow, source, target.get(), false), false, topology.vpcIdOf(eni));
        if (verdict.allowed()) {
            return Optional.empty();
        }
        return Optional.of(verdict.denied() ? verdict.explanation()
                : verdict.explanation() + " (only part of " + sources + " may be admitted)");
    }

    /** The interface behind a registered target id (an instance id or an IP address in {@code vpcId}). */
    public static Optional<NetworkInterface> targetInterface(Topology topology, String targetId, String vpcId) {
        return Optional.ofNullable(TargetResolution.interfaceOf(topology, targetId, vpcId));
    }
}
