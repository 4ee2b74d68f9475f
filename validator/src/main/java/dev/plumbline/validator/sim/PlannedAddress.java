package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;

/**
 * An address as the simulator uses it. When the plan knows it, {@code span} is its /32. When the
 * plan does not (a preview's instance IP, Elastic IP), {@code address} is a placeholder unique to
 * the owner, {@code span} is what is known (the subnet, or any public address), and
 * {@code unknown} names the missing value: a decision that differs inside the span is
 * undetermined, one that holds for the whole span is still made.
 */
public record PlannedAddress(Ipv4 address, Prefix span, Planned.Unknown<?> unknown) {

    public static PlannedAddress exact(Ipv4 address) {
        return new PlannedAddress(address, address.toPrefix(), null);
    }

    public boolean isExact() {
        return unknown == null;
    }

    public String render() {
        if (isExact()) {
            return address.toString();
        }
        return (span.length() == 0 ? "a public address" : "an address in " + span) + " (" + unknown.describe() + ")";
    }
}
