package dev.plumbline.validator.model;

import java.util.List;

/**
 * A security group: stateful allow rules per direction. A new group has no inbound rules and
 * allows all outbound; with no outbound rules nothing leaves. An interface in several groups gets
 * the union of their rules. Replies to an allowed flow are always allowed.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">Security group rules</a>
 */
public record SecurityGroup(String id, String name, String vpcId, boolean isDefault, List<SgRule> ingress,
        List<SgRule> egress, Origin origin) implements Element {

    public SecurityGroup {
        name = Canonical.text(name);
        ingress = Canonical.list(ingress);
        egress = Canonical.list(egress);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "security group";
    }
}
