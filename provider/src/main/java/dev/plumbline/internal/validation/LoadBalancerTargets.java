package dev.plumbline.internal.validation;

import com.pulumi.core.Output;
import dev.plumbline.inputs.TargetArgs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The targets of an NLB or GWLB target group: named, unique names, instance ids for target type
 * {@code instance} and private IPv4 addresses for {@code ip}
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html).
 */
public final class LoadBalancerTargets {

    private LoadBalancerTargets() {
    }

    /** The targets by name, each id gated by its rule; reports an empty list with {@code emptyFix}. */
    public static SortedMap<String, Output<String>> check(List<TargetArgs> targets, String at, String targetType, String emptyProblem,
            String emptyFix, ArgsCheck check) {
        SortedMap<String, Output<String>> byName = new TreeMap<>();
        List<TargetArgs> given = targets == null ? List.of() : targets;
        check.require(!given.isEmpty(), at, emptyProblem, emptyFix);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String path = at + "[" + i + "]";
            TargetArgs t = given.get(i);
            if (!FormatRules.present(t, path, "remove the empty entry", check)
                    || !FormatRules.present(t.name(), path + ".name", "name the target, e.g. fw-a", check)
                    || !FormatRules.present(t.id(), path + ".id", "give the instance id or IP", check)) {
                continue;
            }
            FormatRules.key(t.name(), 20, path + ".name", check);
            check.require(names.add(t.name()), path + ".name", "'" + t.name() + "' is used twice", "give every target its own name");
            ValueRule<String> rule = "ip".equals(targetType) ? FormatRules.privateIpv4(path + ".id")
                    : FormatRules.ec2Id(path + ".id", "i", "an EC2 instance");
            byName.put(t.name(), check.value(t.id(), rule));
        }
        return byName;
    }
}
