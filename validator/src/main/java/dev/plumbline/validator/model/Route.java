package dev.plumbline.validator.model;

/**
 * One route of a route table. {@code blackhole} is AWS's state for a route whose target is gone
 * (gateway detached, instance terminated): matching packets are dropped.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html">Route priority</a>
 */
public record Route(RouteDestination destination, RouteTarget target, Source source, boolean blackhole,
        Origin origin) {

    /** How the route came to be; decides ties between equal destinations (static before propagated). */
    public enum Source {
        LOCAL, STATIC, GATEWAY_ENDPOINT, PROPAGATED
    }

    public Route {
        if (destination == null || target == null) {
            throw new IllegalArgumentException("a route needs a destination and a target");
        }
        source = source == null ? Source.STATIC : source;
        origin = Canonical.origin(origin);
    }

    public String render() {
        return destination.render() + " -> " + target.render() + (blackhole ? " (blackhole)" : "");
    }
}
