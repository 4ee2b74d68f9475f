package dev.plumbline.validator.model;

/** One allow rule of a security group, in one direction. Security groups have no deny rules. */
public record SgRule(TrafficMatch match, SgPeer peer, String description, Origin origin) {

    public SgRule {
        match = match == null ? TrafficMatch.ALL : match;
        if (peer == null) {
            throw new IllegalArgumentException("a security group rule needs a peer");
        }
        description = Canonical.text(description);
        origin = Canonical.origin(origin);
    }

    public String render() {
        return match.render() + " " + peer.render();
    }
}
