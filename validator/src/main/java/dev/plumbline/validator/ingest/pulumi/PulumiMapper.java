package dev.plumbline.validator.ingest.pulumi;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the model from Pulumi resources, whatever source they came from (a preview, a stack
 * export, an offline run): one mapping per concern, then what AWS adds by itself (gateway endpoint
 * routes). Resources of types Plumbline does not model are counted and listed as ignored;
 * components, providers and the stack are counted too.
 */
public final class PulumiMapper {

    private PulumiMapper() {
    }

    /** The network and the notes (ignored types, assumptions, and error-level problems with URNs). */
    public record Result(Network network, List<Diagnostic> notes) {
    }

    public static Result map(List<PulumiResource> resources, String region, Origin source) {
        MappingContext ctx = new MappingContext(resources, region);
        VpcMapping vpcs = new VpcMapping(ctx);
        vpcs.map();
        new FilterMapping(ctx).map();
        new RoutingMapping(ctx, vpcs).map();
        new ComputeMapping(ctx, vpcs).map();
        new EndpointMapping(ctx, vpcs).map();
        new LoadBalancerMapping(ctx, vpcs).map();
        new LatticeMapping(ctx).map();
        addGatewayEndpointRoutes(ctx);
        ignored(ctx, source);
        wholeUnknownLists(ctx, source);
        return new Result(ctx.net.build(), List.copyOf(ctx.notes));
    }

    /** A gateway endpoint adds a route from its service's prefix list to itself in each associated table. */
    private static void addGatewayEndpointRoutes(MappingContext ctx) {
        for (VpcEndpoint endpoint : List.copyOf(ctx.net.vpcEndpoints)) {
            if (!(endpoint instanceof GatewayEndpoint gateway) || gateway.prefixListId().isEmpty()) {
                continue;
            }
            List<RouteTable> tables = ctx.net.routeTables;
            for (int i = 0; i < tables.size(); i++) {
                RouteTable table = tables.get(i);
                if (!gateway.routeTableIds().contains(table.id())) {
                    continue;
                }
                List<Route> routes = new ArrayList<>(table.routes());
                routes.add(new Route(new RouteDestination.PrefixListRef(gateway.prefixListId()),
                        new RouteTarget.VpcEndpoint(gateway.id()), Route.Source.GATEWAY_ENDPOINT, false, gateway.origin()));
                tables.set(i, new RouteTable(table.id(), table.name(), table.vpcId(), table.main(), routes,
                        table.subnetIds(), table.edgeGatewayIds(), table.origin()));
            }
        }
    }

    /** One note for every list of references that was unknown as a whole and read from its property dependencies. */
    private static void wholeUnknownLists(MappingContext ctx, Origin source) {
        List<String> lists = ctx.wholeUnknownLists();
        if (lists.isEmpty()) {
            return;
        }
        ctx.notes.add(Diagnostic.info("pulumi.unknown-list", source, lists.size() + " list(s) of references were unknown "
                + "as a whole (a program passes them as one Output, e.g. " + String.join(", ", lists.subList(0,
                        Math.min(3, lists.size()))) + (lists.size() > 3 ? ", ..." : "") + "); each was read as the "
                + "resources its propertyDependencies name. An id written literally into such a list is not in a preview",
                "where it matters, check the offline run or a stack export, which have every id"));
    }

    private static void ignored(MappingContext ctx, Origin source) {
        Map<String, Integer> ignored = new TreeMap<>();
        int components = 0;
        int providers = 0;
        for (PulumiResource r : ctx.resources()) {
            if (ctx.isMapped(r)) {
                continue;
            }
            if (r.type().startsWith("pulumi:providers:")) {
                providers++;
            } else if (r.type().equals("pulumi:pulumi:Stack")) {
                continue;
            } else if (!r.custom()) {
                components++;
            } else {
                ignored.merge(r.type(), 1, Integer::sum);
            }
        }
        if (!ignored.isEmpty()) {
            int total = ignored.values().stream().mapToInt(Integer::intValue).sum();
            ctx.notes.add(Diagnostic.info("pulumi.ignored", source, "ignored " + total + " resource(s) of types Plumbline "
                    + "does not model: " + String.join(", ", ignored.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()), ""));
        }
        if (components > 0 || providers > 0) {
            ctx.notes.add(Diagnostic.info("pulumi.structure", source, "read " + components + " component resource(s) and "
                    + providers + " provider(s); their children were mapped", ""));
        }
    }
}
