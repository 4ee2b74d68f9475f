package dev.plumbline;

import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.VpcEndpointConnectionAccepter;
import com.pulumi.aws.ec2.VpcEndpointConnectionAccepterArgs;
import com.pulumi.aws.ec2.VpcEndpointService;
import com.pulumi.aws.ec2.VpcEndpointServiceArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.TargetGroupAttachment;
import com.pulumi.aws.lb.TargetGroupAttachmentArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.lb.inputs.TargetGroupStickinessArgs;
import com.pulumi.aws.lb.inputs.TargetGroupTargetFailoverArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.plumbline.internal.gwlb.ChainRules;
import dev.plumbline.internal.gwlb.CheckedChain;
import dev.plumbline.internal.gwlb.Destination;
import dev.plumbline.internal.gwlb.Hop;
import dev.plumbline.internal.gwlb.InspectionRoutes;
import dev.plumbline.internal.gwlb.PlannedRoute;
import dev.plumbline.internal.gwlb.PlannedTable;
import dev.plumbline.internal.naming.ChildNames;
import dev.plumbline.internal.outputs.OutputMaps;
import dev.plumbline.internal.tagging.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * North-south inspection of a VPC's internet traffic through one or more Gateway Load Balancer
 * stages (e.g. a firewall, then an IDS), type token {@value #TYPE}.
 *
 * <p>Per stage, in the appliance VPC: a Gateway Load Balancer, a GENEVE (port 6081) target group
 * with health check, flow stickiness and target failover, its listener, one attachment per
 * appliance, and a VPC endpoint service on the load balancer. In the protected VPC: one Gateway Load
 * Balancer endpoint per stage and zone in the stage's dedicated endpoint subnet, and the route
 * tables of {@link InspectionRoutes}: an edge table associated with the internet gateway, one
 * table per zone for the application subnets, one per stage and zone for the endpoint subnets.
 * Inbound traffic passes the stages in order, return traffic in reverse, each flow within its zone.
 *
 * <p>AWS: https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html. Assumptions: the
 * application and endpoint subnets have no explicit route table association yet (the component
 * creates theirs), and the application subnets reach the internet only through the chain.
 */
public final class GwlbInspectionChain extends ComponentResource {

    /** The Pulumi type token. */
    public static final String TYPE = "plumbline:index:GwlbInspectionChain";

    /** Gateway Load Balancer ARN per stage. */
    @Export(name = "gatewayLoadBalancerArns")
    @Import(name = "gatewayLoadBalancerArns", required = true)
    public final Output<Map<String, String>> gatewayLoadBalancerArns;

    /** GENEVE target group ARN per stage (e.g. for an Auto Scaling group of appliances). */
    @Export(name = "targetGroupArns")
    @Import(name = "targetGroupArns", required = true)
    public final Output<Map<String, String>> targetGroupArns;

    /** Endpoint service name per stage. */
    @Export(name = "endpointServiceNames")
    @Import(name = "endpointServiceNames", required = true)
    public final Output<Map<String, String>> endpointServiceNames;

    /** Gateway Load Balancer endpoint id per stage, then per zone. */
    @Export(name = "endpointIds")
    @Import(name = "endpointIds", required = true)
    public final Output<Map<String, Map<String, String>>> endpointIds;

    /** The route table edge-associated with the internet gateway. */
    @Export(name = "edgeRouteTableId")
    @Import(name = "edgeRouteTableId", required = true)
    public final Output<String> edgeRouteTableId;

    /** The application subnets' route table per zone; add further routes (e.g. to a transit gateway) here. */
    @Export(name = "appRouteTableIds")
    @Import(name = "appRouteTableIds", required = true)
    public final Output<Map<String, String>> appRouteTableIds;

    /** The endpoint subnets' route table per stage, then per zone. */
    @Export(name = "endpointRouteTableIds")
    @Import(name = "endpointRouteTableIds", required = true)
    public final Output<Map<String, Map<String, String>>> endpointRouteTableIds;

    /**
     * Validates {@code args} (throwing {@link dev.plumbline.internal.validation.InvalidArgsException}
     * before any child exists) and creates the chain.
     */
    public GwlbInspectionChain(String name, GwlbInspectionChainArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        CheckedChain chain = ChainRules.check(TYPE, name, args);
        ChildNames names = ChildNames.of(name);
        Tags tags = chain.tags();

        Map<String, Output<String>> gwlbArns = new TreeMap<>();
        Map<String, Output<String>> tgArns = new TreeMap<>();
        Map<String, Output<String>> serviceNames = new TreeMap<>();
        Map<String, SortedMap<String, Output<String>>> endpointIdsByStage = new TreeMap<>();
        Map<Hop.Endpoint, VpcEndpoint> endpoints = new HashMap<>();
        List<Resource> acceptances = new ArrayList<>();

        for (CheckedChain.Stage stage : chain.stages()) {
            String gwlbName = names.child("gwlb", stage.name());
            LoadBalancer gwlb = new LoadBalancer(gwlbName, LoadBalancerArgs.builder()
                    .loadBalancerType("gateway")
                    .subnets(Output.all(stage.applianceSubnetIds()))
                    .enableCrossZoneLoadBalancing(stage.crossZoneEnabled())
                    .tags(tags.forChild(gwlbName))
                    .build(), child());

            String tgName = names.child("tg", stage.name());
            TargetGroup targetGroup = new TargetGroup(tgName, targetGroupArgs(stage, tags.forChild(tgName)), child());

            String listenerName = names.child("listener", stage.name());
            new Listener(listenerName, ListenerArgs.builder()
                    .loadBalancerArn(gwlb.arn())
                    .defaultActions(ListenerDefaultActionArgs.builder()
                            .type("forward")
                            .targetGroupArn(targetGroup.arn())
                            .build())
                    .tags(tags.forChild(listenerName))
                    .build(), child());

            stage.targets().forEach((key, id) -> new TargetGroupAttachment(names.child("target", stage.name(), key),
                    TargetGroupAttachmentArgs.builder().targetGroupArn(targetGroup.arn()).targetId(id).build(), child()));

            String serviceName = names.child("service", stage.name());
            VpcEndpointServiceArgs.Builder service = VpcEndpointServiceArgs.builder()
                    .gatewayLoadBalancerArns(gwlb.arn().applyValue(List::of))
                    .acceptanceRequired(stage.acceptanceRequired())
                    .tags(tags.forChild(serviceName));
            stage.allowedPrincipals().ifPresent(service::allowedPrincipals);
            VpcEndpointService endpointService = new VpcEndpointService(serviceName, service.build(), child());

            SortedMap<String, Output<String>> idsByZone = new TreeMap<>();
            stage.endpointSubnetIds().forEach((zone, subnetId) -> {
                String endpointName = names.child("endpoint", stage.name(), zone);
                VpcEndpoint endpoint = new VpcEndpoint(endpointName, VpcEndpointArgs.builder()
                        .vpcEndpointType("GatewayLoadBalancer")
                        .serviceName(endpointService.serviceName())
                        .vpcId(chain.vpcId())
                        .subnetIds(subnetId.applyValue(List::of))
                        .tags(tags.forChild(endpointName))
                        .build(), child());
                if (stage.acceptanceRequired()) {
                    acceptances.add(new VpcEndpointConnectionAccepter(names.child("accept", stage.name(), zone),
                            VpcEndpointConnectionAccepterArgs.builder()
                                    .vpcEndpointServiceId(endpointService.id())
                                    .vpcEndpointId(endpoint.id())
                                    .build(), child()));
                }
                endpoints.put(new Hop.Endpoint(stage.name(), zone), endpoint);
                idsByZone.put(zone, endpoint.id());
            });
            gwlbArns.put(stage.name(), gwlb.arn());
            tgArns.put(stage.name(), targetGroup.arn());
            serviceNames.put(stage.name(), endpointService.serviceName());
            endpointIdsByStage.put(stage.name(), idsByZone);
        }

        List<InspectionRoutes.AppSubnet> planned = chain.appSubnets().stream()
                .map(a -> new InspectionRoutes.AppSubnet(a.name(), a.zone()))
                .toList();
        List<PlannedTable> tables = InspectionRoutes.plan(chain.stages().stream().map(CheckedChain.Stage::name).toList(), planned);
        Map<String, CheckedChain.AppSubnet> appByName = new HashMap<>();
        chain.appSubnets().forEach(a -> appByName.put(a.name(), a));

        Output<String> edgeTableId = null;
        Map<String, Output<String>> appTableIds = new TreeMap<>();
        Map<String, SortedMap<String, Output<String>>> endpointTableIds = new TreeMap<>();
        for (PlannedTable table : tables) {
            String tableName = names.child("rt", table.key());
            RouteTable routeTable = new RouteTable(tableName, RouteTableArgs.builder()
                    .vpcId(chain.vpcId())
                    .tags(tags.forChild(tableName))
                    .build(), child());
            List<Resource> routes = new ArrayList<>();
            for (PlannedRoute route : table.routes()) {
                routes.add(route(names, table, route, routeTable, chain, appByName, endpoints, acceptances));
            }
            switch (table.kind()) {
                case EDGE -> {
                    new RouteTableAssociation(names.child("assoc", "edge"), RouteTableAssociationArgs.builder()
                            .routeTableId(routeTable.id())
                            .gatewayId(chain.internetGatewayId())
                            .build(), child(routes));
                    edgeTableId = routeTable.id();
                }
                case APP -> {
                    String zone = table.zone().orElseThrow();
                    chain.appSubnets().stream().filter(a -> a.zone().equals(zone)).forEach(a ->
                            new RouteTableAssociation(names.child("assoc", "app", a.name()), RouteTableAssociationArgs.builder()
                                    .routeTableId(routeTable.id())
                                    .subnetId(a.subnetId())
                                    .build(), child(routes)));
                    appTableIds.put(zone, routeTable.id());
                }
                case ENDPOINT -> {
                    String stage = table.stage().orElseThrow();
                    String zone = table.zone().orElseThrow();
                    Output<String> subnetId = chain.stages().stream().filter(s -> s.name().equals(stage)).findFirst()
                            .orElseThrow().endpointSubnetIds().get(zone);
                    new RouteTableAssociation(names.child("assoc", stage, zone), RouteTableAssociationArgs.builder()
                            .routeTableId(routeTable.id())
                            .subnetId(subnetId)
                            .build(), child(routes));
                    endpointTableIds.computeIfAbsent(stage, s -> new TreeMap<>()).put(zone, routeTable.id());
                }
            }
        }

        this.gatewayLoadBalancerArns = OutputMaps.of(gwlbArns);
        this.targetGroupArns = OutputMaps.of(tgArns);
        this.endpointServiceNames = OutputMaps.of(serviceNames);
        this.endpointIds = OutputMaps.nested(endpointIdsByStage);
        this.edgeRouteTableId = edgeTableId;
        this.appRouteTableIds = OutputMaps.of(appTableIds);
        this.endpointRouteTableIds = OutputMaps.nested(endpointTableIds);
        registerOutputs(Map.of(
                "gatewayLoadBalancerArns", gatewayLoadBalancerArns,
                "targetGroupArns", targetGroupArns,
                "endpointServiceNames", endpointServiceNames,
                "endpointIds", endpointIds,
                "edgeRouteTableId", edgeRouteTableId,
                "appRouteTableIds", appRouteTableIds,
                "endpointRouteTableIds", endpointRouteTableIds));
    }

    private static TargetGroupArgs targetGroupArgs(CheckedChain.Stage stage, Output<Map<String, String>> tags) {
        CheckedChain.HealthCheck h = stage.healthCheck();
        TargetGroupHealthCheckArgs.Builder health = TargetGroupHealthCheckArgs.builder()
                .enabled(true)
                .protocol(h.protocol())
                .port(String.valueOf(h.port()))
                .interval(h.intervalSeconds())
                .timeout(h.timeoutSeconds())
                .healthyThreshold(h.healthyThreshold())
                .unhealthyThreshold(h.unhealthyThreshold());
        h.path().ifPresent(health::path);
        TargetGroupArgs.Builder tg = TargetGroupArgs.builder()
                .protocol("GENEVE")
                .port(6081)
                .vpcId(stage.applianceVpcId())
                .targetType(stage.targetType())
                .healthCheck(health.build())
                .targetFailovers(TargetGroupTargetFailoverArgs.builder()
                        .onUnhealthy(stage.targetFailover())
                        .onDeregistration(stage.targetFailover())
                        .build())
                .tags(tags);
        stage.stickinessType().ifPresent(type -> tg.stickiness(TargetGroupStickinessArgs.builder()
                .enabled(true)
                .type(type)
                .build()));
        return tg.build();
    }

    private Route route(ChildNames names, PlannedTable table, PlannedRoute route, RouteTable routeTable, CheckedChain chain,
            Map<String, CheckedChain.AppSubnet> appByName, Map<Hop.Endpoint, VpcEndpoint> endpoints, List<Resource> acceptances) {
        RouteArgs.Builder args = RouteArgs.builder().routeTableId(routeTable.id());
        String destination;
        if (route.destination() instanceof Destination.AppSubnet app) {
            args.destinationCidrBlock(appByName.get(app.name()).cidrBlock());
            destination = app.name();
        } else {
            args.destinationCidrBlock("0.0.0.0/0");
            destination = "default";
        }
        if (route.target() instanceof Hop.Endpoint endpoint) {
            args.vpcEndpointId(endpoints.get(endpoint).id());
        } else {
            args.gatewayId(chain.internetGatewayId());
        }
        return new Route(names.child("route", table.key(), destination), args.build(), child(acceptances));
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    private CustomResourceOptions child(List<Resource> dependsOn) {
        return CustomResourceOptions.builder().parent(this).dependsOn(dependsOn).build();
    }
}
