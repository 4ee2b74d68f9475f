package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * State shared by the per-concern mappings of one Pulumi input: the resources by URN and by every
 * identifier another resource may use for them (id, ARN, a few type-specific outputs), the model
 * under construction, and the notes.
 *
 * <p>A property that names another resource is resolved in this order: a known value that is the
 * id or ARN of a resource of the plan gives that resource; a known value that is not names
 * something outside the plan and is kept as it is; an unknown value is resolved through the
 * property's {@code propertyDependencies} when they name exactly as many resources of the expected
 * type as there are unknown values and the values are interchangeable; otherwise it stays
 * {@link Planned.Unknown}, saying why.
 */
final class MappingContext {

    /** One reference inside a property: its value, the resource types it may name, and what makes it distinct. */
    record Slot(JsonNode value, Set<String> types, String signature, String path) {
    }

    /**
     * Outputs other resources use to name a resource besides its id and ARN, by the type that owns
     * them. Other types carry the same outputs as references (a route's {@code vpcEndpointId}, a NAT
     * gateway's {@code allocationId}, an endpoint's {@code serviceName}); indexing those would make
     * a reference resolve to the referring resource, depending on the order of the input.
     */
    private static final Map<String, String> OWN_KEYS = Map.of(
            "listenerId", "aws:vpclattice/listener:Listener",
            "ruleId", "aws:vpclattice/listenerRule:ListenerRule",
            "allocationId", "aws:ec2/eip:Eip",
            "serviceName", "aws:ec2/vpcEndpointService:VpcEndpointService",
            "vpcEndpointId", "aws:ec2/vpcEndpoint:VpcEndpoint");

    final Network.Builder net = Network.builder();
    final List<Diagnostic> notes = new ArrayList<>();
    final String region;
    private final Map<String, PulumiResource> byUrn = new LinkedHashMap<>();
    private final Map<String, PulumiResource> byKey = new HashMap<>();
    private final Map<String, List<PulumiResource>> byType = new HashMap<>();
    private final Map<String, Map<String, List<PulumiResource>>> referencing = new HashMap<>();
    /** Mapped resources, by identity: every resource the mappings see is the one instance kept per URN. */
    private final Set<PulumiResource> mapped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<String> wholeUnknownLists = new ArrayList<>();

    MappingContext(List<PulumiResource> resources, String region) {
        this.region = region;
        for (PulumiResource r : resources) {
            if (byUrn.putIfAbsent(r.urn(), r) == null) {
                byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
            }
        }
        for (PulumiResource r : resources) {
            if (r.hasKnownId()) {
                byKey.putIfAbsent(r.id(), r);
            }
        }
        for (PulumiResource r : resources) {
            key(r, "arn");
        }
        for (PulumiResource r : resources) {
            OWN_KEYS.forEach((key, type) -> {
                if (r.type().equals(type)) {
                    key(r, key);
                }
            });
        }
    }

    private void key(PulumiResource r, String output) {
        JsonNode value = r.outputs().get(output);
        if (PulumiValues.isKnown(value) && value.isTextual()) {
            byKey.putIfAbsent(value.asText(), r);
        }
    }

    Iterable<PulumiResource> resources() {
        return byUrn.values();
    }

    List<PulumiResource> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /**
     * The resources of {@code childType} whose {@code property} names {@code ownerId} (a route naming
     * its table, a rule naming its group). The index of each (type, property) is built once, so the
     * mappings join children to owners in linear time.
     */
    List<PulumiResource> referencing(String childType, String property, Set<String> ownerTypes, String ownerId) {
        Map<String, List<PulumiResource>> index = referencing.get(childType + "|" + property);
        if (index == null) {
            index = new HashMap<>();
            for (PulumiResource child : ofType(childType)) {
                String owner = ref(child, property, ownerTypes).orElse("");
                if (!owner.isEmpty()) {
                    index.computeIfAbsent(owner, k -> new ArrayList<>()).add(child);
                }
            }
            referencing.put(childType + "|" + property, index);
        }
        return index.getOrDefault(ownerId, List.of());
    }

    Optional<PulumiResource> byUrn(String urn) {
        return Optional.ofNullable(byUrn.get(urn));
    }

    /** The resource whose model id (id when known, else URN) or ARN is {@code key}. */
    Optional<PulumiResource> byModelId(String key) {
        PulumiResource r = byKey.get(key);
        return Optional.ofNullable(r != null ? r : byUrn.get(key));
    }

    void markMapped(PulumiResource r) {
        mapped.add(r);
    }

    boolean isMapped(PulumiResource r) {
        return mapped.contains(r);
    }

    /** The id the model uses for a resource: its real id when known, else its URN. */
    static String modelId(PulumiResource r) {
        return r.hasKnownId() ? r.id() : r.urn();
    }

    /** The id the model uses for a load balancer, target group or listener: the ARN when known. */
    static String arnId(PulumiResource r) {
        JsonNode arn = r.outputs().get("arn");
        if (PulumiValues.isKnown(arn) && arn.isTextual()) {
            return arn.asText();
        }
        return modelId(r);
    }

    /** The model id of whatever {@code resource} names: ARN-identified types by ARN, others by id. */
    static String idFor(PulumiResource r) {
        return r.type().startsWith("aws:lb/") ? arnId(r) : modelId(r);
    }

    Origin origin(PulumiResource r) {
        return r.origin();
    }

    /** One reference: a single-valued property naming a resource of one of {@code types}. */
    Planned<String> ref(PulumiResource owner, String property, Set<String> types) {
        JsonNode value = owner.value(property);
        if (value != null && value.isTextual() && !value.asText().isEmpty() && PulumiValues.isKnown(value)) {
            PulumiResource target = byKey.get(value.asText());
            if (target == null) {
                target = byUrn.get(value.asText());
            }
            return Planned.known(target == null ? value.asText() : idFor(target));
        }
        if (value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty())) {
            return Planned.absent();
        }
        if (PulumiValues.isUnknown(value)) {
            return unknownRef(owner, property, types);
        }
        return refs(owner, property, List.of(new Slot(value, types, "", property))).get(0);
    }

    /** A single unknown reference: resolved when the property's dependencies name exactly one resource of the types. */
    private Planned<String> unknownRef(PulumiResource owner, String property, Set<String> types) {
        PulumiResource found = null;
        int count = 0;
        for (String urn : owner.dependenciesOf(property)) {
            PulumiResource candidate = byUrn.get(urn);
            if (candidate != null && types.contains(candidate.type()) && candidate != found) {
                found = candidate;
                count++;
            }
        }
        if (count == 1) {
            return Planned.known(idFor(found));
        }
        return refs(owner, property, List.of(new Slot(owner.value(property), types, "", property))).get(0);
    }

    /**
     * The references of a list property whose order does not matter (subnet ids, security group
     * ids, load balancer ARNs, route table ids): one per element, resolved together. A Java or Go
     * program passes such a list as one {@code Output<List<String>>}, so a preview sends it as a
     * single unknown value when any element is unknown; it is then read as the resources of
     * {@code types} its {@code propertyDependencies} name (noted once per input, see
     * {@link #wholeUnknownLists()}), or one unknown when they name none.
     */
    List<Planned<String>> refList(PulumiResource owner, String property, Set<String> types) {
        JsonNode value = owner.value(property);
        if (PulumiValues.isUnknown(value)) {
            List<PulumiResource> candidates = new ArrayList<>();
            for (String urn : owner.dependenciesOf(property)) {
                byUrn(urn).filter(r -> types.contains(r.type()) && !candidates.contains(r)).ifPresent(candidates::add);
            }
            if (candidates.isEmpty()) {
                return List.of(new Planned.Unknown<>(owner.urn(), property, "the whole list is unknown until apply and its "
                        + "propertyDependencies name no " + String.join("/", types.stream().map(MappingContext::shortType)
                                .sorted().toList())));
            }
            noteWholeUnknownList(owner.name() + "." + property);
            return candidates.stream().map(c -> Planned.known(idFor(c))).toList();
        }
        List<JsonNode> values = list(value);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            slots.add(new Slot(values.get(i), types, "", property + "[" + i + "]"));
        }
        return refs(owner, property, slots);
    }

    /** Records a list read from property dependencies because it was unknown as a whole (see {@link #refList}). */
    void noteWholeUnknownList(String where) {
        wholeUnknownLists.add(where);
    }

    /** The list properties {@link #refList} read from property dependencies because they were unknown as a whole. */
    List<String> wholeUnknownLists() {
        return List.copyOf(wholeUnknownLists);
    }

    /** Resolves the references of one top-level property together (see the class comment). */
    List<Planned<String>> refs(PulumiResource owner, String property, List<Slot> slots) {
        List<Planned<String>> out = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        Map<Set<String>, List<Integer>> unknownByTypes = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            JsonNode value = slot.value();
            if (value == null || value.isNull() || value.isMissingNode()
                    || (value.isTextual() && value.asText().isEmpty())) {
                out.add(Planned.absent());
            } else if (PulumiValues.isSecret(value)) {
                out.add(new Planned.Unknown<>(owner.urn(), slot.path(), "a secret value; Plumbline does not read secrets"));
            } else if (PulumiValues.isUnknown(value)) {
                out.add(null);
                unknownByTypes.computeIfAbsent(slot.types(), k -> new ArrayList<>()).add(i);
            } else {
                String text = value.asText();
                Optional<PulumiResource> target = byModelId(text);
                if (target.isPresent()) {
                    matched.add(target.get().urn());
                    out.add(Planned.known(idFor(target.get())));
                } else {
                    out.add(Planned.known(text));
                }
            }
        }
        for (Map.Entry<Set<String>, List<Integer>> group : unknownByTypes.entrySet()) {
            List<PulumiResource> candidates = new ArrayList<>();
            for (String urn : owner.dependenciesOf(property)) {
                byUrn(urn).filter(r -> group.getKey().contains(r.type()) && !matched.contains(r.urn()))
                        .filter(r -> !candidates.contains(r)).ifPresent(candidates::add);
            }
            List<Integer> positions = group.getValue();
            boolean interchangeable = positions.stream().map(i -> slots.get(i).signature()).distinct().count() <= 1;
            if (candidates.size() == positions.size() && interchangeable) {
                for (int k = 0; k < positions.size(); k++) {
                    out.set(positions.get(k), Planned.known(idFor(candidates.get(k))));
                }
                continue;
            }
            String reason = candidates.isEmpty() ? ""
                    : "propertyDependencies of '" + property + "' name " + candidates.size() + " "
                            + String.join("/", group.getKey().stream().map(MappingContext::shortType).toList())
                            + " (" + String.join(", ", candidates.stream().map(PulumiResource::name).toList()) + ") for "
                            + positions.size() + " unknown value(s), but not which value is which; an offline run of the "
                            + "program sees concrete ids and has no such gap";
            for (int position : positions) {
                out.set(position, new Planned.Unknown<>(owner.urn(), slots.get(position).path(), reason));
            }
        }
        return out;
    }

    static String shortType(String type) {
        int colon = type.lastIndexOf(':');
        return colon < 0 ? type : type.substring(colon + 1);
    }

    // ------------------------------------------------------------ values

    /** A text property; empty when absent, unknown or secret. */
    static String text(PulumiResource r, String property) {
        JsonNode value = r.value(property);
        return PulumiValues.isKnown(value) && value.isValueNode() ? value.asText() : "";
    }

    static String text(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        return PulumiValues.isKnown(value) && value.isValueNode() ? value.asText() : "";
    }

    static boolean bool(PulumiResource r, String property, boolean fallback) {
        JsonNode value = r.value(property);
        if (!PulumiValues.isKnown(value)) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.asText().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("on")) {
            return true;
        }
        if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("off")) {
            return false;
        }
        return fallback;
    }

    static int integer(JsonNode node, String property, int fallback) {
        JsonNode value = node == null ? null : node.get(property);
        if (!PulumiValues.isKnown(value)) {
            return fallback;
        }
        if (value.isNumber()) {
            return value.asInt();
        }
        try {
            return Integer.parseInt(value.asText().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<JsonNode> list(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    /** A planned address property of a resource. */
    Planned<Ipv4> address(PulumiResource r, String property) {
        JsonNode value = r.value(property);
        if (value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty())) {
            return Planned.absent();
        }
        if (PulumiValues.isUnknown(value)) {
            return new Planned.Unknown<>(r.urn(), property);
        }
        if (PulumiValues.isSecret(value)) {
            return new Planned.Unknown<>(r.urn(), property, "a secret value; Plumbline does not read secrets");
        }
        Optional<Ipv4> ip = Ipv4.tryParse(value.asText());
        if (ip.isEmpty()) {
            error(r, property, "'" + value.asText() + "' is not an IPv4 address", "give a dotted-quad IPv4 address");
            return Planned.absent();
        }
        return Planned.known(ip.get());
    }

    /** A CIDR property, strictly parsed; empty (with an error) when it is malformed, empty when unknown. */
    Optional<Prefix> cidr(PulumiResource r, JsonNode value, String path) {
        if (!PulumiValues.isKnown(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Prefix.parse(value.asText()));
        } catch (IllegalArgumentException e) {
            if (value.asText().contains(":")) {
                return Optional.empty();
            }
            error(r, path, e.getMessage(), "use a network address with its prefix length");
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------ notes

    /** A resource of a mapped type that cannot be mapped: an error finding with its URN. */
    void error(PulumiResource r, String property, String message, String hint) {
        notes.add(Diagnostic.error("pulumi.unmappable", r.origin(), r.urn() + ": " + property + ": " + message, hint));
    }

    void info(PulumiResource r, String message) {
        notes.add(Diagnostic.info("pulumi.assumed", r.origin(), message, ""));
    }
}
