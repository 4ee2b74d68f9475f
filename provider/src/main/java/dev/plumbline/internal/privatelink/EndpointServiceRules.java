package dev.plumbline.internal.privatelink;

import static dev.plumbline.internal.validation.FormatRules.ec2Id;
import static dev.plumbline.internal.validation.FormatRules.oneOf;
import static dev.plumbline.internal.validation.FormatRules.port;
import static dev.plumbline.internal.validation.FormatRules.present;

import com.pulumi.core.Output;
import dev.plumbline.EndpointServiceArgs;
import dev.plumbline.inputs.NewNetworkLoadBalancerArgs;
import dev.plumbline.inputs.NlbListenerArgs;
import dev.plumbline.internal.validation.ArgsCheck;
import dev.plumbline.internal.tagging.Tags;
import dev.plumbline.internal.validation.FormatRules;
import dev.plumbline.internal.validation.LoadBalancerTargets;
import dev.plumbline.internal.validation.ValueRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Every rule on {@link EndpointServiceArgs}. An interface endpoint service is fronted by Network
 * Load Balancers and exists only in their zones
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html); consumers
 * connect over TCP, so listeners are TCP or TLS
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html).
 */
public final class EndpointServiceRules {

    public static final List<String> LISTENER_PROTOCOLS = List.of("TCP", "TLS");
    public static final List<String> TARGET_TYPES = List.of("instance", "ip");
    public static final List<String> IP_ADDRESS_TYPES = List.of("ipv4", "ipv6");

    private EndpointServiceRules() {
    }

    /** Validates {@code args}; throws before any child exists if a known value breaks a rule. */
    public static CheckedService check(String type, String name, EndpointServiceArgs args) {
        ArgsCheck check = new ArgsCheck(type, name);
        Optional<Output<String>> existing = args.networkLoadBalancerArn();
        Optional<NewNetworkLoadBalancerArgs> created = args.newLoadBalancer();
        if (existing.isPresent() == created.isPresent()) {
            check.add(existing.isPresent() ? "newLoadBalancer" : "networkLoadBalancerArn",
                    existing.isPresent() ? "is given together with networkLoadBalancerArn" : "is missing, and so is newLoadBalancer",
                    "give either the ARN of an existing Network Load Balancer or newLoadBalancer, not both");
        }
        Optional<Output<String>> existingArn = existing.map(arn -> check.value(arn, networkLoadBalancerArn("networkLoadBalancerArn")));
        Optional<CheckedService.NewLoadBalancer> newLoadBalancer = created.map(nlb -> newLoadBalancer(nlb, check));

        Output<Boolean> acceptance = args.acceptanceRequired().orElse(Output.of(true));
        Optional<Output<List<String>>> principals = args.allowedPrincipals()
                .map(p -> check.value(p, FormatRules.principals("allowedPrincipals")));
        Optional<Output<String>> dns = args.privateDnsName().map(d -> check.value(d, FormatRules.dnsName("privateDnsName")));
        Optional<Output<List<String>>> regions = args.supportedRegions()
                .map(r -> check.value(r, FormatRules.regions("supportedRegions")));
        Optional<Output<List<String>>> ipTypes = args.supportedIpAddressTypes().map(t -> check.value(t, ipAddressTypes()));
        Tags tags = Tags.check(args.tags().orElse(null), check);
        check.throwIfInvalid();
        return new CheckedService(existingArn, newLoadBalancer, acceptance, principals, dns, regions, ipTypes, tags);
    }

    private static CheckedService.NewLoadBalancer newLoadBalancer(NewNetworkLoadBalancerArgs nlb, ArgsCheck check) {
        String at = "newLoadBalancer";
        present(nlb.vpcId(), at + ".vpcId", "pass the id of the targets' VPC", check);
        Output<String> vpcId = check.value(nlb.vpcId(), ec2Id(at + ".vpcId", "vpc", "a VPC"));
        present(nlb.subnetIds(), at + ".subnetIds", "list the NLB's subnets, one per zone the service is offered in", check);
        Output<List<String>> subnetIds = check.value(nlb.subnetIds(), FormatRules.<String>nonEmpty(at + ".subnetIds",
                "list at least one subnet; the service is offered only in the NLB's zones")
                .and(FormatRules.ec2Ids(at + ".subnetIds", "subnet", "a subnet"))
                .and(FormatRules.distinct(at + ".subnetIds", "subnet")));

        List<CheckedService.Listener> listeners = new ArrayList<>();
        List<NlbListenerArgs> given = nlb.listeners() == null ? List.of() : nlb.listeners();
        check.require(!given.isEmpty(), at + ".listeners", nlb.listeners() == null ? "is missing" : "is empty",
                "add a listener, e.g. {port: 443, protocol: TLS, certificateArn: ...} or {port: 5432}");
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String path = at + ".listeners[" + i + "]";
            NlbListenerArgs l = given.get(i);
            if (!present(l, path, "remove the empty entry", check) || !present(l.port(), path + ".port", "give the listener port", check)) {
                continue;
            }
            port(l.port(), path + ".port", check);
            check.require(ports.add(l.port()), path + ".port", "port " + l.port() + " has a listener already",
                    "give each listener its own port");
            String protocol = l.protocol().orElse("TCP");
            oneOf(protocol, LISTENER_PROTOCOLS, path + ".protocol", check);
            int targetPort = l.targetPort().orElse(l.port());
            port(targetPort, path + ".targetPort", check);
            if ("TLS".equals(protocol)) {
                check.require(l.certificateArn().isPresent(), path + ".certificateArn", "is missing for a TLS listener",
                        "pass the ARN of an ACM certificate for the service's name");
            } else {
                check.require(l.certificateArn().isEmpty(), path + ".certificateArn", "is set on a " + protocol + " listener",
                        "remove it, or use protocol TLS");
            }
            Optional<Output<String>> certificate = l.certificateArn()
                    .map(c -> check.value(c, FormatRules.arn(path + ".certificateArn", Set.of("acm"), "an ACM certificate ARN")));
            listeners.add(new CheckedService.Listener(l.port(), protocol, targetPort, certificate));
        }

        String targetType = nlb.targetType().orElse("instance");
        oneOf(targetType, TARGET_TYPES, at + ".targetType", check);
        SortedMap<String, Output<String>> targets = LoadBalancerTargets.check(nlb.targets(), at + ".targets", targetType, "no targets",
                "add the service's instances or IPs, e.g. [{name: app-1, id: i-0123456789abcdef0}]", check);
        return new CheckedService.NewLoadBalancer(vpcId, subnetIds, listeners, targetType, targets,
                nlb.crossZoneEnabled().orElse(false));
    }

    private static ValueRule<String> networkLoadBalancerArn(String argument) {
        return (value, problems) -> problems.require(value.get().matches("arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\\d{12}:loadbalancer/net/.+"),
                argument, value.shown() + " is not the ARN of a Network Load Balancer",
                "pass an NLB ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/net/...); an interface endpoint service is fronted by NLBs only");
    }

    private static ValueRule<List<String>> ipAddressTypes() {
        return (value, problems) -> {
            problems.require(!value.get().isEmpty(), "supportedIpAddressTypes", "is empty", "list ipv4, ipv6 or both, or leave it out for ipv4");
            for (int i = 0; i < value.get().size(); i++) {
                oneOf(value.get().get(i), IP_ADDRESS_TYPES, "supportedIpAddressTypes[" + i + "]", problems);
            }
        };
    }
}
