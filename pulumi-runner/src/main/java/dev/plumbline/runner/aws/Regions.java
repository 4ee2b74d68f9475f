package dev.plumbline.runner.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Regions and Availability Zones as the mocks present them.
 *
 * <p>AWS maps AZ names ({@code us-east-1a}) to AZ ids ({@code use1-az1}) differently in each
 * account (<a href="https://docs.aws.amazon.com/ram/latest/userguide/working-with-az-ids.html">AZ
 * ids</a>). Offline there is no account to ask, so the mocks use one fixed table: the letter's
 * position is the id's number ({@code a -> az1}, {@code b -> az2}, ...) and the region code is the
 * region's area, the initials of its direction and its number ({@code us-east-1 -> use1},
 * {@code ap-southeast-2 -> apse2}, {@code eu-central-1 -> euc1}). us-east-1 has six zones (a-f),
 * us-west-2 four, every other region three.
 */
public final class Regions {

    /** Region used when neither the stack config ({@code aws:region}) nor a provider sets one. */
    public static final String DEFAULT_REGION = "us-east-1";

    private static final Map<String, Integer> ZONE_COUNTS = Map.of("us-east-1", 6, "us-west-2", 4);
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"),
            Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-1", "US West (N. California)"),
            Map.entry("us-west-2", "US West (Oregon)"),
            Map.entry("eu-west-1", "Europe (Ireland)"),
            Map.entry("eu-west-2", "Europe (London)"),
            Map.entry("eu-central-1", "Europe (Frankfurt)"),
            Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"),
            Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"),
            Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"));

    private Regions() {
    }

    /** The zone names of a region, in order. */
    public static List<String> zoneNames(String region) {
        int count = ZONE_COUNTS.getOrDefault(region, 3);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(region + (char) ('a' + i));
        }
        return names;
    }

    /** {@code use1-az1} for {@code us-east-1a}; empty for what is not a region name and a letter. */
    public static Optional<String> zoneId(String zoneName) {
        if (zoneName == null || zoneName.length() < 2) {
            return Optional.empty();
        }
        char letter = zoneName.charAt(zoneName.length() - 1);
        String region = zoneName.substring(0, zoneName.length() - 1);
        if (letter < 'a' || letter > 'z' || !Character.isDigit(region.charAt(region.length() - 1))) {
            return Optional.empty();
        }
        return Optional.of(code(region) + "-az" + (letter - 'a' + 1));
    }

    /** {@code us-east-1a} for {@code use1-az1} in {@code us-east-1}; empty when the id is of another region. */
    public static Optional<String> zoneName(String zoneId, String region) {
        String prefix = code(region) + "-az";
        if (zoneId == null || !zoneId.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(zoneId.substring(prefix.length()));
            return number >= 1 && number <= 26 ? Optional.of(region + (char) ('a' + number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The region part of a zone name ({@code us-east-1} for {@code us-east-1a}). */
    public static String regionOfZone(String zoneName) {
        return zoneName.substring(0, zoneName.length() - 1);
    }

    /** {@code use1} for {@code us-east-1}. */
    public static String code(String region) {
        String[] parts = region.toLowerCase(Locale.ROOT).split("-");
        if (parts.length < 3) {
            return region;
        }
        StringBuilder code = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            code.append(direction(parts[i]));
        }
        return code.append(parts[parts.length - 1]).toString();
    }

    /** The ARN partition: {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
    public static String partition(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /** A readable region name where known, else the region itself. */
    public static String description(String region) {
        return DESCRIPTIONS.getOrDefault(region, region);
    }

    /** The domain of EC2 private DNS names: {@code ec2.internal} in us-east-1, else {@code REGION.compute.internal}. */
    public static String privateDnsDomain(String region) {
        return region.equals("us-east-1") ? "ec2.internal" : region + ".compute.internal";
    }

    /** The domain of EC2 public DNS names: {@code compute-1.amazonaws.com} in us-east-1, else {@code REGION.compute.amazonaws.com}. */
    public static String publicDnsDomain(String region) {
        return region.equals("us-east-1") ? "compute-1.amazonaws.com" : region + ".compute.amazonaws.com";
    }

    private static String direction(String word) {
        switch (word) {
            case "east": return "e";
            case "west": return "w";
            case "north": return "n";
            case "south": return "s";
            case "central": return "c";
            case "northeast": return "ne";
            case "northwest": return "nw";
            case "southeast": return "se";
            case "southwest": return "sw";
            default: return word;
        }
    }
}
