package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFields.NODES;
import static dev.plumbline.validator.ingest.graph.GraphFields.element;
import static dev.plumbline.validator.ingest.graph.GraphFields.flag;
import static dev.plumbline.validator.ingest.graph.GraphFields.list;
import static dev.plumbline.validator.ingest.graph.GraphFields.number;
import static dev.plumbline.validator.ingest.graph.GraphFields.text;
import static dev.plumbline.validator.ingest.graph.GraphFields.texts;
import static dev.plumbline.validator.ingest.graph.GraphFields.unknown;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;

/**
 * Writes the filters as graph JSON: security groups and network ACLs with their rules, each left
 * out where it is the default the reader would fill in.
 */
final class FilterWriter {

    private FilterWriter() {
    }

    static ObjectNode securityGroup(SecurityGroup group) {
        ObjectNode o = element(group.id(), group.name());
        o.put("vpcId", group.vpcId());
        flag(o, "isDefault", group.isDefault(), false);
        if (!GraphDefaults.sameRules(group.ingress(), GraphDefaults.ingress(group.id(), group.isDefault(), null))) {
            o.set("ingress", list(group.ingress(), FilterWriter::sgRule));
        }
        if (!GraphDefaults.sameRules(group.egress(), GraphDefaults.egress(null))) {
            o.set("egress", list(group.egress(), FilterWriter::sgRule));
        }
        return o;
    }

    private static ObjectNode sgRule(SgRule rule) {
        ObjectNode o = NODES.objectNode();
        trafficMatch(o, rule.match());
        SgPeer peer = rule.peer();
        if (peer instanceof SgPeer.Cidr cidr) {
            o.put("cidr", cidr.prefix().toString());
        } else if (peer instanceof SgPeer.PrefixListRef list) {
            o.put("prefixList", list.prefixListId());
        } else if (peer instanceof SgPeer.Group group) {
            o.put("securityGroup", group.groupId());
            text(o, "ownerAccount", group.ownerAccount());
        } else if (peer instanceof SgPeer.Unresolved unresolved) {
            o.set("securityGroup", unknown(unresolved.unknown()));
        }
        text(o, "description", rule.description());
        return o;
    }

    private static void trafficMatch(ObjectNode o, TrafficMatch match) {
        Protocol protocol = match.protocol();
        if (!protocol.isAll()) {
            if (protocol.hasPorts() || protocol.isIcmp()) {
                o.put("protocol", protocol.toString());
            } else {
                o.put("protocol", protocol.number());
            }
        }
        PortRange ports = match.ports();
        if (protocol.hasPorts() && !ports.isAll()) {
            if (ports.from() == ports.to()) {
                o.put("ports", ports.from());
            } else {
                o.put("ports", ports.from() + "-" + ports.to());
            }
        }
        if (protocol.isIcmp()) {
            number(o, "icmpType", match.icmpType(), -1);
            number(o, "icmpCode", match.icmpCode(), -1);
        }
    }

    static ObjectNode networkAcl(NetworkAcl acl) {
        ObjectNode o = element(acl.id(), acl.name());
        o.put("vpcId", acl.vpcId());
        flag(o, "isDefault", acl.isDefault(), false);
        if (!GraphDefaults.sameEntries(acl.entries(), GraphDefaults.aclEntries(acl.isDefault(), null))) {
            o.set("entries", list(acl.entries(), FilterWriter::aclEntry));
        }
        texts(o, "subnetIds", acl.subnetIds());
        return o;
    }

    private static ObjectNode aclEntry(AclEntry entry) {
        ObjectNode o = NODES.objectNode();
        o.put("ruleNumber", entry.ruleNumber());
        o.put("egress", entry.egress());
        trafficMatch(o, entry.match());
        o.put("cidr", entry.cidr().toString());
        o.put("allow", entry.allow());
        return o;
    }
}
