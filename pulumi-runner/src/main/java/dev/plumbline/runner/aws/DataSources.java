package dev.plumbline.runner.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers to the data sources (invokes) stacks commonly read: Availability Zones, caller identity,
 * region, partition and AWS-managed prefix lists. Results carry every field the SDK's result types
 * require. Anything else gets an empty result, and {@link AwsMocks} reports it.
 */
final class DataSources {

    static final String AVAILABILITY_ZONES = "aws:index/getAvailabilityZones:getAvailabilityZones";
    static final String CALLER_IDENTITY = "aws:index/getCallerIdentity:getCallerIdentity";
    static final String REGION = "aws:index/getRegion:getRegion";
    static final String PARTITION = "aws:index/getPartition:getPartition";
    static final String MANAGED_PREFIX_LIST = "aws:ec2/getManagedPrefixList:getManagedPrefixList";

    private DataSources() {
    }

    /** The answer, or empty when the mocks do not know this data source (or this prefix list). */
    static Optional<Map<String, Object>> answer(String token, Map<String, Object> args, String region, String account) {
        switch (token) {
            case AVAILABILITY_ZONES:
                return Optional.of(availabilityZones(args, region));
            case CALLER_IDENTITY:
                return Optional.of(Map.of(
                        "accountId", account,
                        "arn", "arn:" + Regions.partition(region) + ":sts::" + account + ":assumed-role/plumbline-offline/offline-run",
                        "id", account,
                        "userId", "AROAOFFLINERUN0000000:offline-run"));
            case REGION: {
                Object asked = args.get("name");
                String name = asked instanceof String && !((String) asked).isEmpty() ? (String) asked : region;
                return Optional.of(Map.of(
                        "name", name,
                        "id", name,
                        "description", Regions.description(name),
                        "endpoint", "ec2." + name + ".amazonaws.com"));
            }
            case PARTITION: {
                String partition = Regions.partition(region);
                return Optional.of(Map.of(
                        "id", partition,
                        "partition", partition,
                        "dnsSuffix", partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com",
                        "reverseDnsPrefix", partition.equals("aws-cn") ? "cn.com.amazonaws" : "com.amazonaws"));
            }
            case MANAGED_PREFIX_LIST:
                return prefixList(args, region);
            default:
                return Optional.empty();
        }
    }

    private static Map<String, Object> availabilityZones(Map<String, Object> args, String region) {
        List<String> excludedNames = MockResource.texts(args.get("excludeNames"));
        List<String> excludedIds = MockResource.texts(args.get("excludeZoneIds"));
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String name : Regions.zoneNames(region)) {
            String id = Regions.zoneId(name).orElseThrow();
            if (!excludedNames.contains(name) && !excludedIds.contains(id)) {
                names.add(name);
                ids.add(id);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", region);
        result.put("names", names);
        result.put("zoneIds", ids);
        result.put("groupNames", List.of(region));
        result.put("state", args.getOrDefault("state", "available"));
        return result;
    }

    private static Optional<Map<String, Object>> prefixList(Map<String, Object> args, String region) {
        Optional<String> name = text(args.get("name"));
        Optional<String> id = text(args.get("id"));
        for (Map<String, Object> filter : MockResource.objects(args.get("filters"))) {
            List<String> values = MockResource.texts(filter.get("values"));
            if (!values.isEmpty() && "prefix-list-name".equals(filter.get("name"))) {
                name = Optional.of(values.get(0));
            } else if (!values.isEmpty() && "prefix-list-id".equals(filter.get("name"))) {
                id = Optional.of(values.get(0));
            }
        }
        Optional<String> askedId = id;
        Optional<ManagedPrefixLists.PrefixList> list = name.flatMap(n -> ManagedPrefixLists.byName(n, region))
                .or(() -> askedId.flatMap(i -> ManagedPrefixLists.byId(i, region)));
        return list.map(found -> {
            List<Map<String, Object>> entries = new ArrayList<>();
            found.cidrs().forEach(cidr -> entries.add(Map.of("cidr", cidr, "description", "")));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", found.id());
            result.put("name", found.name());
            result.put("arn", found.arn(region));
            result.put("addressFamily", found.addressFamily());
            result.put("entries", entries);
            result.put("maxEntries", found.cidrs().size());
            result.put("ownerId", "AWS");
            result.put("tags", Map.of());
            result.put("version", 1);
            return result;
        });
    }

    private static Optional<String> text(Object value) {
        return value instanceof String && !((String) value).isEmpty() ? Optional.of((String) value) : Optional.empty();
    }
}
