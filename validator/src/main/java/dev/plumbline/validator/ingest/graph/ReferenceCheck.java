package dev.plumbline.validator.ingest.graph;

import dev.plumbline.validator.diag.NearMiss;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.ingest.graph.GraphFormat.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-reference checks without which the model cannot be used: ids unique across the file;
 * references that place an element (a subnet's VPC, an interface's subnet, a listener's load
 * balancer, a rule's listener) resolve to an element of the right kind in the same VPC; and no
 * element claimed twice where AWS allows one (main route table and default ACL or security group
 * per VPC, one route table and one ACL per subnet, one edge route table per gateway).
 *
 * <p>Other references (route targets, security group references, target group ids, association
 * ends) are left alone: a dangling one is a finding of {@code plumbline check}, not bad input.
 */
final class ReferenceCheck {

    static final String RULE_DUPLICATE = "input.duplicate-id";
    static final String RULE_REFERENCE = "input.reference";
    static final String RULE_CONFLICT = "input.conflict";

    private record Entry(Kind kind, String pointer, JsonNode node) {
    }

    private final JsonNode root;
    private final Problems problems;
    private final Map<String, Entry> ids = new LinkedHashMap<>();

    private ReferenceCheck(JsonNode root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    static void run(JsonNode root, Problems problems) {
        ReferenceCheck check = new ReferenceCheck(root, problems);
        check.indexIds();
        check.placements();
        check.uniqueness();
    }

    private void indexIds() {
        for (Kind kind : GraphFormat.KINDS) {
            forEach(kind.key(), (node, at) -> {
                String id = node.get("id").asText();
                Entry first = ids.get(id);
                if (first == null) {
                    ids.put(id, new Entry(kind, at, node));
                } else {
                    problems.add(RULE_DUPLICATE, at + "/id", "id '" + id + "' is already used by the " + first.kind().noun()
                            + " at " + first.pointer(), "ids must be unique across the file; rename one of them");
                }
            });
        }
    }

    private void placements() {
        for (String key : List.of("subnets", "routeTables", "securityGroups", "networkAcls", "gatewayEndpoints", "vpcAssociations")) {
            forEach(key, (node, at) -> resolve(node, at, "vpcId", "vpcs"));
        }
        for (String key : List.of("targetGroups", "latticeTargetGroups")) {
            forEach(key, (node, at) -> {
                if (node.has("vpcId")) {
                    resolve(node, at, "vpcId", "vpcs");
                }
            });
        }
        for (String key : List.of("natGateways", "networkInterfaces", "gwlbEndpoints")) {
            forEach(key, (node, at) -> {
                Entry subnet = resolve(node, at, "subnetId", "subnets");
                checkVpc(node, at, subnet == null ? List.of() : List.of(subnetAt(subnet, at + "/subnetId")));
            });
        }
        forEach("instances", (node, at) -> resolve(node, at, "subnetId", "subnets"));
        forEach("interfaceEndpoints", (node, at) -> {
            List<SubnetRef> subnets = new ArrayList<>();
            JsonNode subnetIds = node.path("subnetIds");
            for (int i = 0; i < subnetIds.size(); i++) {
                Entry subnet = resolve(subnetIds.get(i).asText(), at + "/subnetIds/" + i, "subnets");
                if (subnet != null) {
                    subnets.add(subnetAt(subnet, at + "/subnetIds/" + i));
                }
            }
            checkVpc(node, at, subnets);
        });
        forEach("loadBalancers", (node, at) -> {
            List<SubnetRef> subnets = new ArrayList<>();
            JsonNode zones = node.path("zones");
            for (int i = 0; i < zones.size(); i++) {
                Entry subnet = resolve(zones.get(i), at + "/zones/" + i, "subnetId", "subnets");
                if (subnet != null) {
                    subnets.add(subnetAt(subnet, at + "/zones/" + i + "/subnetId"));
                }
            }
            checkVpc(node, at, subnets);
        });
        forEach("listeners", (node, at) -> resolve(node, at, "loadBalancerArn", "loadBalancers"));
        forEach("latticeListeners", (node, at) -> resolve(node, at, "serviceId", "latticeServices"));
        forEach("latticeRules", (node, at) -> resolve(node, at, "listenerId", "latticeListeners"));
    }

    private record SubnetRef(String id, String vpcId, String pointer) {
    }

    private static SubnetRef subnetAt(Entry subnet, String pointer) {
        return new SubnetRef(subnet.node().get("id").asText(), subnet.node().get("vpcId").asText(), pointer);
    }

    /** The element's VPC (given, or its first subnet's) must exist and hold every one of its subnets. */
    private void checkVpc(JsonNode node, String at, List<SubnetRef> subnets) {
        String vpcId;
        if (node.has("vpcId")) {
            if (resolve(node, at, "vpcId", "vpcs") == null) {
                return;
            }
            vpcId = node.get("vpcId").asText();
        } else if (!subnets.isEmpty()) {
            vpcId = subnets.get(0).vpcId();
        } else {
            return;
        }
        String noun = kindAt(at).noun();
        for (SubnetRef subnet : subnets) {
            if (!subnet.vpcId().equals(vpcId)) {
                boolean given = node.has("vpcId");
                problems.add(RULE_REFERENCE, given && subnets.size() == 1 ? at + "/vpcId" : subnet.pointer(),
                        "subnet '" + subnet.id() + "' is in VPC '" + subnet.vpcId() + "', but the " + noun + " is in VPC '"
                                + vpcId + "'",
                        given ? "leave out \"vpcId\" (it defaults to the VPC of the subnet) or use a subnet of " + vpcId
                                : "use subnets of one VPC");
            }
        }
    }

    private void uniqueness() {
        Map<String, String> mainTables = new HashMap<>();
        Map<String, String> subnetTables = new HashMap<>();
        Map<String, String> edgeTables = new HashMap<>();
        forEach("routeTables", (node, at) -> {
            String vpcId = node.get("vpcId").asText();
            if (node.path("main").asBoolean(false)) {
                claim(mainTables, vpcId, at + "/main", "VPC '" + vpcId + "' already has a main route table",
                        "a VPC has exactly one main route table; set \"main\" to false on all others");
            }
            associations(node, at, "subnetIds", vpcId, subnetTables, "route table");
            JsonNode edges = node.path("edgeGatewayIds");
            for (int i = 0; i < edges.size(); i++) {
                String gateway = edges.get(i).asText();
                claim(edgeTables, gateway, at + "/edgeGatewayIds/" + i,
                        "gateway '" + gateway + "' is already edge-associated with a route table",
                        "a gateway has at most one edge route table; remove one association");
            }
        });
        Map<String, String> defaultAcls = new HashMap<>();
        Map<String, String> subnetAcls = new HashMap<>();
        forEach("networkAcls", (node, at) -> {
            String vpcId = node.get("vpcId").asText();
            if (node.path("isDefault").asBoolean(false)) {
                claim(defaultAcls, vpcId, at + "/isDefault", "VPC '" + vpcId + "' already has a default network ACL",
                        "a VPC has exactly one default network ACL; set \"isDefault\" to false on all others");
            }
            associations(node, at, "subnetIds", vpcId, subnetAcls, "network ACL");
        });
        Map<String, String> defaultGroups = new HashMap<>();
        forEach("securityGroups", (node, at) -> {
            if (node.path("isDefault").asBoolean(false)) {
                String vpcId = node.get("vpcId").asText();
                claim(defaultGroups, vpcId, at + "/isDefault", "VPC '" + vpcId + "' already has a default security group",
                        "a VPC has exactly one default security group; set \"isDefault\" to false on all others");
            }
        });
    }

    /** A subnet is associated with one route table (one ACL), of its own VPC. */
    private void associations(JsonNode node, String at, String key, String vpcId, Map<String, String> claimed,
            String noun) {
        JsonNode subnetIds = node.path(key);
        for (int i = 0; i < subnetIds.size(); i++) {
            String subnetId = subnetIds.get(i).asText();
            String pointer = at + "/" + key + "/" + i;
            claim(claimed, subnetId, pointer, "subnet '" + subnetId + "' is already associated with a " + noun,
                    "a subnet is associated with exactly one " + noun + "; remove one association");
            Entry subnet = ids.get(subnetId);
            if (subnet != null && subnet.kind().key().equals("subnets")) {
                String subnetVpc = subnet.node().get("vpcId").asText();
                if (!subnetVpc.equals(vpcId)) {
                    problems.add(RULE_CONFLICT, pointer, "subnet '" + subnetId + "' is in VPC '" + subnetVpc + "', but the "
                            + noun + " is in VPC '" + vpcId + "'", "associate the subnet with a " + noun + " of its own VPC");
                }
            }
        }
    }

    private void claim(Map<String, String> claimed, String key, String pointer, String message, String hint) {
        String first = claimed.putIfAbsent(key, pointer);
        if (first != null) {
            problems.add(RULE_CONFLICT, pointer, message + " (at " + first + ")", hint);
        }
    }

    private Entry resolve(JsonNode node, String at, String field, String expectedKey) {
        return resolve(node.get(field).asText(), at + "/" + field, expectedKey);
    }

    private Entry resolve(String id, String pointer, String expectedKey) {
        Kind expected = GraphFormat.kind(expectedKey);
        Entry entry = ids.get(id);
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (entry == null) {
            String nearest = NearMiss.among(id, idsOf(expectedKey));
            problems.add(RULE_REFERENCE, pointer, expected.noun() + " '" + id + "' is not in this file",
                    (nearest == null ? "" : "did you mean '" + nearest + "'? ")
                            + (field.matches("\\d+") ? "each entry" : "\"" + field + "\"") + " must be the id of an element of \""
                            + expectedKey + "\"");
            return null;
        }
        if (!entry.kind().equals(expected)) {
            problems.add(RULE_REFERENCE, pointer, "'" + id + "' is a " + entry.kind().noun() + " (" + entry.pointer()
                    + "), not a " + expected.noun(), "use the id of an element of \"" + expectedKey + "\"");
            return null;
        }
        return entry;
    }

    private List<String> idsOf(String key) {
        List<String> matching = new ArrayList<>();
        ids.forEach((id, entry) -> {
            if (entry.kind().key().equals(key)) {
                matching.add(id);
            }
        });
        return matching;
    }

    private static Kind kindAt(String pointer) {
        return GraphFormat.kind(pointer.split("/")[1]);
    }

    private interface Visitor {
        void visit(JsonNode node, String pointer);
    }

    private void forEach(String key, Visitor visitor) {
        JsonNode array = root.path(key);
        for (int i = 0; i < array.size(); i++) {
            visitor.visit(array.get(i), "/" + key + "/" + i);
        }
    }
}
