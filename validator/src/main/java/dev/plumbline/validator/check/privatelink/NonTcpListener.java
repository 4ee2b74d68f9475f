package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A listener of an NLB behind an interface endpoint service that is not TCP or TLS. The reference
 * marks "interface endpoints carry TCP only" for checking against current AWS text; Plumbline takes
 * the safer reading, as its simulator does: UDP and QUIC listeners are unreachable through the
 * endpoint (an error), and the UDP half of TCP_UDP and TCP_QUIC listeners is lost (a warning).
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-limits.html">PrivateLink limits</a>
 */
public final class NonTcpListener implements Rule {

    private static final Set<String> TCP = Set.of("TCP", "TLS");
    private static final Set<String> MIXED = Set.of("TCP_UDP", "TCP_QUIC");

    @Override
    public String id() {
        return "privatelink.non-tcp-listener";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "a non-TCP listener on an NLB behind an interface endpoint service";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (EndpointService service : topology.network().endpointServices()) {
            if (service.serviceKind() != EndpointService.Kind.INTERFACE) {
                continue;
            }
            for (String arn : service.loadBalancerArns()) {
                Optional<LoadBalancer> lb = topology.loadBalancer(arn).filter(l -> l.type() == LoadBalancer.Type.NETWORK);
                if (lb.isEmpty()) {
                    continue;
                }
                for (Listener listener : topology.listenersOf(arn)) {
                    String protocol = listener.protocol().toUpperCase(Locale.ROOT);
                    if (protocol.isEmpty() || TCP.contains(protocol)) {
                        continue;
                    }
                    boolean mixed = MIXED.contains(protocol);
                    String message = "listener " + listener.name() + " of " + lb.get().label() + " is " + protocol
                            + ", but " + lb.get().label() + " fronts interface endpoint service " + service.label()
                            + ", and interface endpoints carry TCP only (AWS documentation of 2021; the reference asks "
                            + "to check current AWS text, and Plumbline takes the safer reading): "
                            + (mixed ? "its UDP traffic does not pass through the endpoints"
                                    : "clients behind the endpoints cannot reach it");
                    String hint = "offer the service over TCP (or TLS) through PrivateLink, and give UDP clients another "
                            + "path (VPC peering or a transit gateway)";
                    out.add(mixed ? Diagnostic.warning(id(), listener.origin(), message, hint)
                            : Diagnostic.error(id(), listener.origin(), message, hint));
                }
            }
        }
        return out;
    }
}
