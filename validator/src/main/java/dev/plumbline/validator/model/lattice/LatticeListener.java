package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;

/** A Lattice listener (HTTP, HTTPS or TLS passthrough on a port) and its default action. */
public record LatticeListener(String id, String serviceId, String name, LatticeProtocol protocol, int port,
        LatticeAction defaultAction, Origin origin) implements Element {

    public LatticeListener {
        name = Canonical.text(name);
        protocol = protocol == null ? LatticeProtocol.HTTPS : protocol;
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "Lattice listener";
    }
}
