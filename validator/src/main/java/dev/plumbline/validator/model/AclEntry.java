package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Prefix;

/**
 * One numbered network ACL rule. Rules are evaluated in ascending number and the first match
 * decides; rule {@value #DEFAULT_RULE_NUMBER} is the non-removable {@code *} deny.
 */
public record AclEntry(int ruleNumber, boolean egress, TrafficMatch match, Prefix cidr, boolean allow, Origin origin) {

    public static final int DEFAULT_RULE_NUMBER = 32767;

    public AclEntry {
        if (ruleNumber < 1 || ruleNumber > DEFAULT_RULE_NUMBER) {
            throw new IllegalArgumentException("NACL rule number must be 1-32766 (32767 is the default rule), got " + ruleNumber);
        }
        match = match == null ? TrafficMatch.ALL : match;
        if (cidr == null) {
            throw new IllegalArgumentException("a NACL rule needs a CIDR");
        }
        origin = Canonical.origin(origin);
    }

    public boolean isDefaultRule() {
        return ruleNumber == DEFAULT_RULE_NUMBER;
    }

    public String render() {
        return "rule " + (isDefaultRule() ? "*" : Integer.toString(ruleNumber)) + " " + (allow ? "allow " : "deny ")
                + match.render() + (egress ? " to " : " from ") + cidr;
    }
}
