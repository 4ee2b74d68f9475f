package dev.plumbline.runner.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * Mocks of Elastic Load Balancing v2 (application, network and gateway load balancers, target
 * groups, listeners, rules, attachments), under both the {@code aws:lb} and the {@code aws:alb}
 * tokens.
 *
 * <p>ARNs follow <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_elasticloadbalancingv2.html">ELBv2
 * resource types</a>: {@code loadbalancer/app|net|gwy/NAME/HEX16}, {@code targetgroup/NAME/HEX16},
 * {@code listener/app|net|gwy/NAME/HEX16/HEX16}. DNS names: {@code NAME-HEX16.elb.REGION.amazonaws.com}
 * for network, {@code [internal-]NAME-DIGITS.REGION.elb.amazonaws.com} for application load
 * balancers; gateway load balancers have none. Unnamed load balancers and target groups get
 * Pulumi's auto-name (logical name, dash, seven hex digits, at most 32 characters).
 */
final class LoadBalancing implements ResourceFamily {

    private final Inventory inventory;

    LoadBalancing(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<String, Function<MockResource, Created>> handlers() {
        Map<String, Function<MockResource, Created>> byLbToken = Map.ofEntries(
                entry("loadBalancer:LoadBalancer", this::loadBalancer),
                entry("targetGroup:TargetGroup", this::targetGroup),
                entry("listener:Listener", this::listener),
                entry("listenerRule:ListenerRule", this::listenerRule),
                entry("targetGroupAttachment:TargetGroupAttachment",
                        r -> Created.of(r.text("targetGroupArn") + "-" + AwsIds.digits(r.urn(), 20))));
        Map<String, Function<MockResource, Created>> handlers = new HashMap<>();
        byLbToken.forEach((token, handler) -> {
            handlers.put("aws:lb/" + token, handler);
            handlers.put("aws:alb/" + token, handler);
        });
        return handlers;
    }

    private Created loadBalancer(MockResource r) {
        String type = r.optionalText("loadBalancerType").orElse("application");
        String kind = switch (type) {
            case "network" -> "net";
            case "gateway" -> "gwy";
            default -> "app";
        };
        String name = r.physicalName(32, false);
        String suffix = kind + "/" + name + "/" + AwsIds.hex(r.urn(), 16);
        String arn = r.arn("elasticloadbalancing", "loadbalancer/" + suffix);
        List<String> subnetIds = new ArrayList<>(r.texts("subnets"));
        r.objects("subnetMappings").forEach(m -> {
            Object subnetId = m.get("subnetId");
            if (subnetId instanceof String && !subnetIds.contains(subnetId)) {
                subnetIds.add((String) subnetId);
            }
        });
        inventory.loadBalancers.put(arn, new Inventory.LoadBalancer(arn, kind, name, List.copyOf(subnetIds)));
        boolean internal = r.flag("internal", false);
        String dnsName = switch (kind) {
            case "net" -> name + "-" + AwsIds.hex(r.urn() + "#dns", 16) + ".elb." + r.region() + ".amazonaws.com";
            case "app" -> (internal ? "internal-" : "") + name + "-" + AwsIds.digits(r.urn() + "#dns", 10) + "."
                    + r.region() + ".elb.amazonaws.com";
            default -> null;
        };
        return Created.of(arn)
                .with("arn", arn)
                .with("arnSuffix", suffix)
                .with("name", name)
                .with("dnsName", dnsName)
                .with("zoneId", hostedZoneId("elb|" + kind + "|" + r.region()))
                .with("loadBalancerType", type)
                .with("internal", internal)
                .with("ipAddressType", "ipv4")
                .with("subnets", subnetIds)
                .with("subnetMappings", subnetIds.stream().map(id -> Map.<String, Object>of("subnetId", id)).toList())
                .with("vpcId", subnetIds.stream().map(inventory.subnets::get).filter(Objects::nonNull)
                        .map(Inventory.Subnet::vpcId).findFirst().orElse(null));
    }

    private Created targetGroup(MockResource r) {
        String name = r.physicalName(32, false);
        String suffix = "targetgroup/" + name + "/" + AwsIds.hex(r.urn(), 16);
        String arn = r.arn("elasticloadbalancing", suffix);
        return Created.of(arn)
                .with("arn", arn)
                .with("arnSuffix", suffix)
                .with("name", name)
                .with("targetType", "instance")
                .with("ipAddressType", "ipv4");
    }

    private Created listener(MockResource r) {
        String arn = childArn(r.text("loadBalancerArn"), ":loadbalancer/", ":listener/", r)
                .orElseGet(() -> r.arn("elasticloadbalancing", "listener/app/unknown/" + AwsIds.hex(r.urn() + "#lb", 16)
                        + "/" + AwsIds.hex(r.urn(), 16)));
        return Created.of(arn).with("arn", arn);
    }

    private Created listenerRule(MockResource r) {
        String arn = childArn(r.text("listenerArn"), ":listener/", ":listener-rule/", r)
                .orElseGet(() -> r.arn("elasticloadbalancing", "listener-rule/app/unknown/" + AwsIds.hex(r.urn(), 16)));
        return Created.of(arn).with("arn", arn);
    }

    /** {@code arn:...:listener/app/NAME/LBHEX/HEX} from {@code arn:...:loadbalancer/app/NAME/LBHEX}. */
    private static Optional<String> childArn(String parentArn, String parentKind, String childKind, MockResource r) {
        if (!parentArn.contains(parentKind)) {
            return Optional.empty();
        }
        return Optional.of(parentArn.replace(parentKind, childKind) + "/" + AwsIds.hex(r.urn(), 16));
    }

    static String hostedZoneId(String seed) {
        return "Z" + AwsIds.alphanumeric("zone|" + seed, 13).toUpperCase(Locale.ROOT);
    }
}
