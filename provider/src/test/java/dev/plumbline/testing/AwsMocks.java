package dev.plumbline.testing;

import com.pulumi.test.Mocks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mocks that answer like AWS would for the resource types the components create: ids with the real
 * prefixes and the 17 hex digits of {@link Ids#hex} of type and logical name (stable across runs), ARNs, and the
 * computed outputs the components export. Inputs are echoed into the state. Records every resource's
 * inputs by type and name.
 */
public final class AwsMocks implements Mocks {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";

    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();

    Map<String, Object> inputsOf(String type, String name) {
        return inputs.getOrDefault(type + "::" + name, Map.of());
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        inputs.put(args.type + "::" + args.name, args.inputs);
        Map<String, Object> state = new HashMap<>(args.inputs);
        String hex = Ids.hex(args.type + "/" + args.name);
        String id = switch (args.type) {
            case "aws:ec2/vpcEndpointService:VpcEndpointService" -> {
                state.put("serviceName", "com.amazonaws.vpce." + REGION + ".vpce-svc-" + hex);
                state.put("availabilityZones", List.of(REGION + "a", REGION + "b"));
                state.put("baseEndpointDnsNames", List.of("vpce-svc-" + hex + "." + REGION + ".vpce.amazonaws.com"));
                yield "vpce-svc-" + hex;
            }
            case "aws:ec2/vpcEndpoint:VpcEndpoint" -> {
                state.put("dnsEntries", List.of(Map.of("dnsName", "vpce-" + hex + ".vpce-svc.example.internal",
                        "hostedZoneId", "Z7HUB22UULQXV")));
                state.put("networkInterfaceIds", List.of("eni-" + hex));
                yield "vpce-" + hex;
            }
            case "aws:ec2/securityGroup:SecurityGroup" -> "sg-" + hex;
            case "aws:ec2/routeTable:RouteTable" -> "rtb-" + hex;
            case "aws:ec2/routeTableAssociation:RouteTableAssociation" -> "rtbassoc-" + hex;
            case "aws:ec2/route:Route" -> "r-rtb-" + hex;
            case "aws:ec2/subnet:Subnet" -> "subnet-" + hex;
            case "aws:ec2/vpc:Vpc" -> "vpc-" + hex;
            case "aws:ec2/internetGateway:InternetGateway" -> "igw-" + hex;
            case "aws:ec2/instance:Instance" -> "i-" + hex;
            case "aws:lb/loadBalancer:LoadBalancer" -> arn(state, "elasticloadbalancing",
                    "loadbalancer/" + ("gateway".equals(args.inputs.get("loadBalancerType")) ? "gwy" : "net") + "/" + args.name + "/" + hex);
            case "aws:lb/targetGroup:TargetGroup" -> arn(state, "elasticloadbalancing", "targetgroup/" + args.name + "/" + hex);
            case "aws:lb/listener:Listener" -> arn(state, "elasticloadbalancing", "listener/" + args.name + "/" + hex);
            case "aws:vpclattice/serviceNetwork:ServiceNetwork" -> latticeArn(state, "servicenetwork", "sn-" + hex);
            case "aws:vpclattice/service:Service" -> {
                state.put("dnsEntries", List.of(Map.of("domainName", args.inputs.get("name") + "-" + hex.substring(0, 8)
                        + ".7d67968.vpc-lattice-svcs." + REGION + ".on.aws", "hostedZoneId", "Z03413971GQA1M7E3BJEV")));
                yield latticeArn(state, "service", "svc-" + hex);
            }
            case "aws:vpclattice/targetGroup:TargetGroup" -> latticeArn(state, "targetgroup", "tg-" + hex);
            case "aws:vpclattice/listener:Listener" -> {
                state.put("listenerId", "listener-" + hex);
                yield "listener-" + hex;
            }
            case "aws:vpclattice/listenerRule:ListenerRule" -> "rule-" + hex;
            default -> args.name + "-id";
        };
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    private static String arn(Map<String, Object> state, String service, String resource) {
        String arn = "arn:aws:" + service + ":" + REGION + ":" + ACCOUNT + ":" + resource;
        state.put("arn", arn);
        return arn;
    }

    private static String latticeArn(Map<String, Object> state, String kind, String id) {
        state.put("arn", "arn:aws:vpc-lattice:" + REGION + ":" + ACCOUNT + ":" + kind + "/" + id);
        return id;
    }

}
