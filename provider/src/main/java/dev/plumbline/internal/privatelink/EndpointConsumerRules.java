package dev.plumbline.internal.privatelink;

import static dev.plumbline.internal.validation.FormatRules.ec2Id;
import static dev.plumbline.internal.validation.FormatRules.port;
import static dev.plumbline.internal.validation.FormatRules.present;

import com.pulumi.core.Output;
import dev.plumbline.EndpointConsumerArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import dev.plumbline.internal.tagging.Tags;
import dev.plumbline.internal.validation.ArgsCheck;
import dev.plumbline.internal.validation.FormatRules;
import dev.plumbline.internal.validation.ValueRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule on {@link EndpointConsumerArgs}. An interface endpoint gets one network interface per
 * chosen subnet, at most one subnet per Availability Zone, and the security groups on those
 * interfaces must admit the clients (https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html;
 * up to 5 security groups per interface by default).
 */
public final class EndpointConsumerRules {

    /** Network interfaces take 5 security groups by default; the component adds one. */
    public static final int MAX_ADDITIONAL_SECURITY_GROUPS = 4;
    /** com.amazonaws.vpce.&lt;region&gt;.vpce-svc-... names endpoint services; their private DNS needs a verified domain. */
    public static final String ENDPOINT_SERVICE_PREFIX = "com.amazonaws.vpce.";
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+){2,}");

    private EndpointConsumerRules() {
    }

    /** Validates {@code args}; throws before any child exists if a known value breaks a rule. */
    public static CheckedConsumer check(String type, String name, EndpointConsumerArgs args) {
        ArgsCheck check = new ArgsCheck(type, name);
        present(args.serviceName(), "serviceName", "pass the service name, e.g. com.amazonaws.eu-west-1.s3 or the serviceName output of an EndpointService", check);
        Output<String> serviceName = check.value(args.serviceName(), serviceName());
        present(args.vpcId(), "vpcId", "pass the id of the VPC the endpoint is in", check);
        Output<String> vpcId = check.value(args.vpcId(), ec2Id("vpcId", "vpc", "a VPC"));

        List<ZonalSubnetArgs> subnets = args.subnets() == null ? List.of() : args.subnets();
        check.require(!subnets.isEmpty(), "subnets", args.subnets() == null ? "is missing" : "is empty",
                "list one subnet per zone the clients are in, e.g. [{subnetId: subnet-..., availabilityZone: eu-west-1a}]");
        Map<String, Integer> firstInZone = new HashMap<>();
        List<Output<String>> subnetIds = new ArrayList<>();
        List<String> subnetPaths = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            String at = "subnets[" + i + "]";
            ZonalSubnetArgs s = subnets.get(i);
            if (!present(s, at, "remove the empty entry", check)) {
                continue;
            }
            if (present(s.availabilityZone(), at + ".availabilityZone", "give the subnet's zone", check)) {
                Integer earlier = firstInZone.putIfAbsent(s.availabilityZone(), i);
                if (earlier != null) {
                    check.add(at + ".availabilityZone", "subnets[" + earlier + "] is in " + s.availabilityZone() + " already",
                            "keep one subnet per zone: an interface endpoint has one network interface per zone");
                }
            }
            if (present(s.subnetId(), at + ".subnetId", "pass the subnet id", check)) {
                subnetIds.add(check.value(s.subnetId(), ec2Id(at + ".subnetId", "subnet", "a subnet")));
                subnetPaths.add(at + ".subnetId");
            }
        }
        List<Output<String>> checkedSubnetIds = check.values(subnetIds, distinctIds(subnetPaths));

        List<Integer> ports = args.ports() == null ? List.of() : args.ports();
        check.require(!ports.isEmpty(), "ports", args.ports() == null ? "is missing" : "is empty",
                "list the service's TCP ports, e.g. [443]");
        Set<Integer> seenPorts = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            Integer p = ports.get(i);
            if (present(p, "ports[" + i + "]", "remove the empty entry", check)) {
                port(p, "ports[" + i + "]", check);
                check.require(seenPorts.add(p), "ports[" + i + "]", "port " + p + " is listed twice", "list each port once");
            }
        }

        Optional<Output<List<String>>> cidrs = args.clientCidrBlocks().map(c -> check.value(c,
                FormatRules.<String>nonEmpty("clientCidrBlocks", "list the client networks, or leave it out and use clientSecurityGroupIds")
                        .and(FormatRules.cidrs("clientCidrBlocks"))));
        Optional<Output<List<String>>> groups = args.clientSecurityGroupIds().map(g -> check.value(g,
                FormatRules.<String>nonEmpty("clientSecurityGroupIds", "list the clients' security groups, or leave it out and use clientCidrBlocks")
                        .and(FormatRules.ec2Ids("clientSecurityGroupIds", "sg", "a security group"))));
        check.require(cidrs.isPresent() || groups.isPresent(), "clientCidrBlocks",
                "no clients: neither clientCidrBlocks nor clientSecurityGroupIds is given, so the endpoint's security group would admit nobody",
                "give clientCidrBlocks, clientSecurityGroupIds, or both");
        Optional<Output<List<String>>> additional = args.additionalSecurityGroupIds().map(g -> check.value(g,
                FormatRules.ec2Ids("additionalSecurityGroupIds", "sg", "a security group").and(atMost(MAX_ADDITIONAL_SECURITY_GROUPS))));

        Output<Boolean> privateDns = args.privateDnsEnabled()
                .orElseGet(() -> serviceName == null ? Output.of(false)
                        : serviceName.applyValue(n -> !n.startsWith(ENDPOINT_SERVICE_PREFIX)));
        Optional<Output<String>> region = args.serviceRegion().map(r -> check.value(r, FormatRules.region("serviceRegion")));
        Optional<Output<String>> accept = args.sameAccountServiceId()
                .map(id -> check.value(id, ec2Id("sameAccountServiceId", "vpce-svc", "an endpoint service")));
        Tags tags = Tags.check(args.tags().orElse(null), check);
        check.throwIfInvalid();
        return new CheckedConsumer(serviceName, vpcId, checkedSubnetIds, List.copyOf(ports), cidrs, groups, additional,
                privateDns, region, accept, tags);
    }

    private static ValueRule<String> serviceName() {
        return (value, problems) -> problems.require(SERVICE_NAME.matcher(value.get()).matches(), "serviceName",
                value.shown() + " is not a VPC endpoint service name",
                "use com.amazonaws.<region>.<service> for AWS services or com.amazonaws.vpce.<region>.vpce-svc-... for endpoint services");
    }

    private static ValueRule<List<String>> distinctIds(List<String> paths) {
        return (value, problems) -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < value.get().size(); i++) {
                problems.require(seen.add(value.get().get(i)), paths.get(i), "is the same subnet as another entry",
                        "list each subnet once");
            }
        };
    }

    private static ValueRule<List<String>> atMost(int max) {
        return (value, problems) -> problems.require(value.get().size() <= max, "additionalSecurityGroupIds",
                value.get().size() + " security groups", "pass at most " + max + ": an interface takes 5 and the component adds one");
    }
}
