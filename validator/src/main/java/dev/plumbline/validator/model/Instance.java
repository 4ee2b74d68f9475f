package dev.plumbline.validator.model;

import java.util.List;

/** An EC2 instance: a name and state over its network interfaces (primary first). */
public record Instance(String id, String name, String subnetId, List<String> networkInterfaceIds, String state,
        Origin origin) implements Element {

    public Instance {
        name = Canonical.text(name);
        networkInterfaceIds = Canonical.list(networkInterfaceIds);
        state = Canonical.text(state);
        origin = Canonical.origin(origin);
    }

    public String primaryInterfaceId() {
        return networkInterfaceIds.isEmpty() ? "" : networkInterfaceIds.get(0);
    }

    @Override
    public String kind() {
        return "instance";
    }
}
