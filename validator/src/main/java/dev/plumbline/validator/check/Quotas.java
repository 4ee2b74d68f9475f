package dev.plumbline.validator.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AWS quotas the rules check, with their default values; a team that raised one passes the new
 * value ({@code --quota routes-per-table=100}).
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html">VPC quotas</a>
 */
public record Quotas(int routesPerTable, int rulesPerSecurityGroupDirection, int rulesPerAclDirection) {

    public static final Quotas DEFAULTS = new Quotas(50, 60, 20);

    /** Names accepted by {@link #with(String, int)}, with their defaults. */
    public static Map<String, Integer> names() {
        Map<String, Integer> names = new LinkedHashMap<>();
        names.put("routes-per-table", DEFAULTS.routesPerTable);
        names.put("rules-per-security-group", DEFAULTS.rulesPerSecurityGroupDirection);
        names.put("rules-per-network-acl", DEFAULTS.rulesPerAclDirection);
        return names;
    }

    public Quotas with(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("quota " + name + " must be at least 1, got " + value);
        }
        return switch (name) {
            case "routes-per-table" -> new Quotas(value, rulesPerSecurityGroupDirection, rulesPerAclDirection);
            case "rules-per-security-group" -> new Quotas(routesPerTable, value, rulesPerAclDirection);
            case "rules-per-network-acl" -> new Quotas(routesPerTable, rulesPerSecurityGroupDirection, value);
            default -> throw new IllegalArgumentException("unknown quota '" + name + "'; known: " + String.join(", ", names().keySet()));
        };
    }
}
