package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the region of each folder. A folder named like a region ({@code us-east-2}) is that
 * region. Otherwise (files directly in {@code aws_configs/}, or a folder with another name) the
 * region comes from the data, in this order: {@code AvailabilityZones[].RegionName}, the region
 * field of subnet, load balancer and target group ARNs, then Availability Zone names
 * ({@code us-east-2b} is in {@code us-east-2}). With no evidence the region is
 * {@value #DEFAULT_REGION}, and the notes say so. Evidence that names two regions for one folder
 * is bad input; evidence that contradicts the folder's name is a warning.
 */
final class RegionResolver {

    /** The region assumed when nothing in the data names one. (Batfish assumes us-west-2.) */
    static final String DEFAULT_REGION = "us-east-1";

    private static final Pattern AZ_NAME = Pattern.compile("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]+)[a-z]?(?:-.*)?$");
    private static final Pattern ARN_REGION = Pattern.compile("^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]+):");

    private final IngestLog log;

    RegionResolver(IngestLog log) {
        this.log = log;
    }

    void resolve(RegionSnapshot snapshot) {
        Map<String, Located> evidence = evidence(snapshot);
        String fromName = snapshot.folder().regionFromName();
        String folder = snapshot.folderPath();
        if (!fromName.isEmpty()) {
            snapshot.region(fromName);
            log.info(IngestLog.REGION, Origin.of(folder, ""),
                    "region " + fromName + " for the files in " + folder + "/, from the folder's name", "");
            evidence.entrySet().stream().filter(e -> !e.getKey().equals(fromName)).findFirst().ifPresent(e ->
                    log.warn(IngestLog.REGION, e.getValue().origin(),
                            "folder " + folder + " is named for region " + fromName + " but this value says "
                                    + e.getKey() + "; using " + fromName,
                            "keep each region's files in the folder named for that region"));
            return;
        }
        if (evidence.size() > 1) {
            StringBuilder seen = new StringBuilder();
            evidence.forEach((region, at) -> seen.append(seen.length() == 0 ? "" : ", ").append(region)
                    .append(" (").append(at.where()).append(')'));
            log.error(IngestLog.BAD_LAYOUT, Origin.of(folder, ""),
                    "the files in " + folder + "/ hold data from several regions: " + seen,
                    "put each region's files in its own folder, aws_configs/<region>/");
            snapshot.region(evidence.keySet().iterator().next());
            return;
        }
        if (evidence.size() == 1) {
            var only = evidence.entrySet().iterator().next();
            snapshot.region(only.getKey());
            log.info(IngestLog.REGION, only.getValue().origin(),
                    "region " + only.getKey() + " for the files in " + folder + "/, taken from this value"
                            + " (the folder is not named for a region)",
                    "to state it, put the files in aws_configs/" + only.getKey() + "/");
            return;
        }
        snapshot.region(DEFAULT_REGION);
        log.warn(IngestLog.REGION, Origin.of(folder, ""),
                "no region in the folder name or the data (no AvailabilityZones, ARNs or zone names): assumed "
                        + DEFAULT_REGION + " for the files in " + folder + "/",
                "put the files in aws_configs/<region>/ or add describe-availability-zones output");
    }

    /** Every region the data names, with the first value that names it. */
    private static Map<String, Located> evidence(RegionSnapshot snapshot) {
        Map<String, Located> found = new LinkedHashMap<>();
        for (Located zone : snapshot.entries("AvailabilityZones")) {
            addIfPresent(found, zone.text("RegionName"), zone.child("RegionName"));
        }
        arnRegions(found, snapshot.entries("Subnets"), "SubnetArn");
        arnRegions(found, snapshot.entries("LoadBalancers"), "LoadBalancerArn");
        arnRegions(found, snapshot.entries("TargetGroups"), "TargetGroupArn");
        for (Located subnet : snapshot.entries("Subnets")) {
            zoneRegion(found, subnet, "AvailabilityZone");
        }
        for (Located eni : snapshot.entries("NetworkInterfaces")) {
            zoneRegion(found, eni, "AvailabilityZone");
        }
        for (Located lb : snapshot.entries("LoadBalancers")) {
            for (Located zone : lb.items("AvailabilityZones")) {
                zoneRegion(found, zone, "ZoneName");
            }
        }
        return found;
    }

    private static void arnRegions(Map<String, Located> found, List<Located> entries, String field) {
        for (Located entry : entries) {
            Matcher m = ARN_REGION.matcher(entry.text(field));
            if (m.find()) {
                addIfPresent(found, m.group(1), entry.child(field));
            }
        }
    }

    private static void zoneRegion(Map<String, Located> found, Located entry, String field) {
        regionOfZone(entry.text(field)).ifPresent(region -> addIfPresent(found, region, entry.child(field)));
    }

    /** The region of an AZ name: {@code us-east-2b} and {@code us-west-2-lax-1a} give their region. */
    static Optional<String> regionOfZone(String zoneName) {
        Matcher m = AZ_NAME.matcher(zoneName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static void addIfPresent(Map<String, Located> found, String region, Located at) {
        if (!region.isEmpty()) {
            found.putIfAbsent(region, at);
        }
    }
}
