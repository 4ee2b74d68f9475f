package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Prefix;

/** The other side of a security group rule: a CIDR, a prefix list, or another security group. */
public sealed interface SgPeer {

    String render();

    record Cidr(Prefix prefix) implements SgPeer {
        @Override
        public String render() {
            return prefix.toString();
        }
    }

    record PrefixListRef(String prefixListId) implements SgPeer {
        @Override
        public String render() {
            return "prefix list " + prefixListId;
        }
    }

    /**
     * A reference to a security group: matches the <em>private</em> addresses of the interfaces in
     * it, in the same VPC or a peered one. Traffic hairpinned through a middlebox does not match.
     */
    record Group(String groupId, String ownerAccount) implements SgPeer {
        public Group {
            ownerAccount = Canonical.text(ownerAccount);
        }

        @Override
        public String render() {
            return "security group " + groupId;
        }
    }

    /** The plan does not say yet what the rule refers to. */
    record Unresolved(Planned.Unknown<String> unknown) implements SgPeer {
        @Override
        public String render() {
            return "a peer not known until apply (" + unknown.property() + " of " + unknown.resource() + ")";
        }
    }
}
