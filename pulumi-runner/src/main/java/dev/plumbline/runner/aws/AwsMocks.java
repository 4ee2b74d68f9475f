package dev.plumbline.runner.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.test.Mocks;
import dev.plumbline.runner.RunDiagnostic;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Pulumi SDK mocks that answer like AWS: every AWS resource the network model needs gets the id
 * and the computed attributes AWS would give it, deterministically (derived from its URN), and the
 * common data sources answer with realistic values. The state returned for a resource is its
 * inputs over the computed attributes (what the program set always wins).
 *
 * <p>Account: {@value #DEFAULT_ACCOUNT} unless the stack config sets {@code plumbline:accountId}
 * or {@code aws:allowedAccountIds} (its first entry). Region: a resource's explicit provider's
 * {@code region}, else config {@code aws:region}, else {@value Regions#DEFAULT_REGION}.
 *
 * <p>Uses only the SDK's public mock API ({@link Mocks}); the recording monitor tells the mocks
 * the URN of the resource being created through {@link #registering}.
 */
public final class AwsMocks implements Mocks {

    /** The account used when the stack config names none. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private static final String AWS_PROVIDER = "pulumi:providers:aws";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final ThreadLocal<Target> target = new ThreadLocal<>();
    private final Inventory inventory = new Inventory();
    private final AddressAllocator addresses;
    private final Map<String, Function<MockResource, Created>> handlers = new HashMap<>();
    private final Queue<RunDiagnostic> diagnostics = new ConcurrentLinkedQueue<>();
    private final String region;
    private final String account;

    /**
     * @param config the stack configuration ({@code namespace:key} to value)
     * @param addressPlan addresses decided by an earlier run ({@link #addressPlan()}), empty at first
     */
    public AwsMocks(Map<String, String> config, Map<String, Map<String, Long>> addressPlan) {
        this.addresses = new AddressAllocator(addressPlan);
        this.region = Optional.ofNullable(config.get("aws:region")).filter(r -> !r.isBlank()).orElse(Regions.DEFAULT_REGION);
        this.account = account(config);
        for (ResourceFamily family : List.of(new VpcNetworking(inventory, addresses), new LoadBalancing(inventory),
                new PrivateLink(inventory), new Lattice(inventory))) {
            handlers.putAll(family.handlers());
        }
    }

    /**
     * Runs {@code registration} (which calls {@link #newResourceAsync} on this thread) with the
     * URN of the resource being registered, the seed of its ids.
     */
    public <T> T registering(String urn, boolean custom, Supplier<T> registration) {
        Target previous = target.get();
        target.set(new Target(urn, custom));
        try {
            return registration.get();
        } finally {
            if (previous == null) {
                target.remove();
            } else {
                target.set(previous);
            }
        }
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Target current = Optional.ofNullable(target.get())
                .orElseGet(() -> new Target(args.type + "::" + args.name, true));
        if (!current.custom()) {
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.empty(), Map.of()));
        }
        Map<String, Object> inputs = args.inputs == null ? Map.of() : args.inputs;
        var resource = new MockResource(current.urn(), args.type, args.name, inputs, regionOf(args.provider), account);
        Created created;
        try {
            created = create(resource, args.id);
        } catch (RuntimeException e) {
            diagnostics.add(RunDiagnostic.error("the offline mocks could not compute the attributes of this " + args.type
                    + " (" + e + "); it has an id and its inputs only", current.urn()));
            created = Created.of(AwsIds.uuid(current.urn()));
        }
        Map<String, Object> state = new LinkedHashMap<>(supported(created.attributes()));
        state.putAll(inputs);
        if (inputs.containsKey("tags") && !inputs.containsKey("tagsAll")) {
            state.put("tagsAll", inputs.get("tags"));
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(created.id()), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        Map<String, Object> arguments = args.args == null ? Map.of() : args.args;
        Optional<Map<String, Object>> answer = DataSources.answer(args.token, arguments, regionOf(args.provider), account);
        if (answer.isEmpty()) {
            diagnostics.add(RunDiagnostic.warning(DataSources.MANAGED_PREFIX_LIST.equals(args.token)
                    ? "data source " + args.token + " asked for a prefix list the offline run does not know (it knows"
                            + " com.amazonaws.REGION.s3, .dynamodb, .vpc-lattice and .ipv6.vpc-lattice); it returned an empty result"
                    : "data source " + args.token + " is not known to the offline run; it returned an empty result", ""));
        }
        return CompletableFuture.completedFuture(answer.orElse(Map.of()));
    }

    /** The values the SDK's serializer takes: integers as {@code Integer}, other numbers as {@code Double}. */
    private static Map<String, Object> supported(Map<String, Object> attributes) {
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((key, value) -> copy.put(key, supportedValue(value)));
        return copy;
    }

    private static Object supportedValue(Object value) {
        if (value instanceof Long number) {
            return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE ? (Object) number.intValue() : (Object) number.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), supportedValue(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AwsMocks::supportedValue).toList();
        }
        return value;
    }

    /** Problems the mocks met (unknown data sources, a malformed account id). */
    public List<RunDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** True when the addresses given depended on the order resources registered in; see {@link AddressAllocator}. */
    public boolean addressesContended() {
        return addresses.contended();
    }

    /** An order-free assignment of every address given, for a second run to follow. */
    public Map<String, Map<String, Long>> addressPlan() {
        return addresses.plan();
    }

    private Created create(MockResource resource, String readId) {
        if (readId != null && !readId.isEmpty()) {
            return Created.of(readId);
        }
        if (resource.type().equals(AWS_PROVIDER)) {
            String id = AwsIds.uuid(resource.urn());
            inventory.providerRegions.put(id, resource.optionalText("region").orElse(region));
            return Created.of(id);
        }
        if (resource.type().startsWith("pulumi:providers:")) {
            return Created.of(AwsIds.uuid(resource.urn()));
        }
        Function<MockResource, Created> handler = handlers.get(resource.type());
        if (handler != null) {
            return handler.apply(resource);
        }
        if (resource.type().startsWith("aws:")) {
            String shortName = resource.type().substring(resource.type().lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
            return Created.of(resource.id(shortName));
        }
        return Created.of(AwsIds.uuid(resource.urn()));
    }

    /** The region of a provider reference ({@code PROVIDER_URN::ID}); the default provider's for none. */
    private String regionOf(String providerReference) {
        if (providerReference == null || providerReference.isEmpty()) {
            return region;
        }
        String id = providerReference.substring(providerReference.lastIndexOf("::") + 2);
        return inventory.providerRegions.getOrDefault(id, region);
    }

    private String account(Map<String, String> config) {
        Optional<String> configured = Optional.ofNullable(config.get("plumbline:accountId"))
                .or(() -> Optional.ofNullable(config.get("aws:allowedAccountIds")).map(AwsMocks::firstListItem))
                .map(String::trim).filter(s -> !s.isEmpty());
        if (configured.isPresent() && !ACCOUNT_ID.matcher(configured.get()).matches()) {
            diagnostics.add(RunDiagnostic.warning("the configured account id '" + configured.get()
                    + "' is not 12 digits; the offline run uses " + DEFAULT_ACCOUNT, ""));
            return DEFAULT_ACCOUNT;
        }
        return configured.orElse(DEFAULT_ACCOUNT);
    }

    /** The first item of a config list value, which Pulumi stores as JSON ({@code ["111122223333"]}). */
    private static String firstListItem(String json) {
        try {
            JsonNode list = new ObjectMapper().readTree(json);
            return list.isArray() && !list.isEmpty() ? list.get(0).asText() : json;
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private record Target(String urn, boolean custom) {
    }
}
