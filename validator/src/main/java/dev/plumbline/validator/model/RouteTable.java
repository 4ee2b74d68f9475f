package dev.plumbline.validator.model;

import java.util.List;

/**
 * A route table with its associations. Every subnet uses exactly one table: its explicit
 * association, else the VPC's main table. A table edge-associated with an internet gateway (a
 * gateway route table) routes traffic entering the VPC through that gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html">Gateway route tables</a>
 */
public record RouteTable(String id, String name, String vpcId, boolean main, List<Route> routes,
        List<String> subnetIds, List<String> edgeGatewayIds, Origin origin) implements Element {

    public RouteTable {
        name = Canonical.text(name);
        routes = Canonical.list(routes);
        subnetIds = Canonical.list(subnetIds);
        edgeGatewayIds = Canonical.list(edgeGatewayIds);
        origin = Canonical.origin(origin);
    }

    public boolean isGatewayTable() {
        return !edgeGatewayIds.isEmpty();
    }

    @Override
    public String kind() {
        return "route table";
    }
}
