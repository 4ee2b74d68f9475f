package dev.plumbline.internal.gwlb;

import dev.plumbline.internal.gwlb.PlannedTable.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The route tables of a north-south Gateway Load Balancer inspection chain with stages
 * {@code S1..Sn}, ordered from the internet gateway inwards, computed per Availability Zone so that
 * every flow stays in its zone (a GWLB decides per zone; cross-zone is off by default).
 *
 * <ul>
 *   <li><b>edge</b> (edge-associated with the internet gateway): each application subnet CIDR to
 *       {@code S1}'s endpoint in that subnet's zone. Inbound traffic enters the chain at {@code S1}.
 *   <li><b>app-&lt;zone&gt;</b> (the zone's application subnets): {@code 0.0.0.0/0} to {@code Sn}'s
 *       endpoint in the zone. Outbound traffic enters the chain at the innermost stage.
 *   <li><b>&lt;Sk&gt;-&lt;zone&gt;</b> (the stage's endpoint subnet in the zone): {@code 0.0.0.0/0} to
 *       {@code Sk-1}'s endpoint in the zone, or to the internet gateway for {@code S1}; and, unless
 *       {@code Sk} is the last stage, each application subnet CIDR of the zone to {@code Sk+1}'s
 *       endpoint (more specific than the VPC's local route, which AWS allows for whole subnet CIDRs).
 * </ul>
 *
 * So inbound traffic passes {@code S1, S2, ..., Sn} and then the local route delivers it; outbound
 * traffic passes {@code Sn, ..., S1} and leaves through the internet gateway. Every stage sees both
 * directions of every flow in the same zone, which stateful appliances need (a GWLB that sees only
 * the reply of a flow breaks it). See https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html
 * and https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html. Assumption: the
 * application subnets reach the internet only through this chain (no other route to the gateway).
 */
public final class InspectionRoutes {

    private InspectionRoutes() {
    }

    /** An application subnet by the name it has in the arguments, and its zone. */
    public record AppSubnet(String name, String zone) {

        public AppSubnet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * The tables for {@code stages} (at least one, from the internet inwards) protecting
     * {@code appSubnets} (at least one). Zones appear in the order of their first application subnet.
     */
    public static List<PlannedTable> plan(List<String> stages, List<AppSubnet> appSubnets) {
        if (stages.isEmpty() || appSubnets.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one stage and one application subnet");
        }
        Set<String> zones = new LinkedHashSet<>();
        appSubnets.forEach(s -> zones.add(s.zone()));
        String first = stages.get(0);
        String last = stages.get(stages.size() - 1);

        List<PlannedTable> tables = new ArrayList<>();
        List<PlannedRoute> edge = new ArrayList<>();
        for (AppSubnet subnet : appSubnets) {
            edge.add(new PlannedRoute(new Destination.AppSubnet(subnet.name()), new Hop.Endpoint(first, subnet.zone())));
        }
        tables.add(new PlannedTable("edge", Kind.EDGE, Optional.empty(), Optional.empty(), edge));

        for (String zone : zones) {
            tables.add(new PlannedTable("app-" + zone, Kind.APP, Optional.empty(), Optional.of(zone),
                    List.of(new PlannedRoute(new Destination.Default(), new Hop.Endpoint(last, zone)))));
        }
        for (int k = 0; k < stages.size(); k++) {
            String stage = stages.get(k);
            for (String zone : zones) {
                List<PlannedRoute> routes = new ArrayList<>();
                Hop outward = k == 0 ? new Hop.InternetGateway() : new Hop.Endpoint(stages.get(k - 1), zone);
                routes.add(new PlannedRoute(new Destination.Default(), outward));
                if (k < stages.size() - 1) {
                    Hop inward = new Hop.Endpoint(stages.get(k + 1), zone);
                    appSubnets.stream()
                            .filter(s -> s.zone().equals(zone))
                            .forEach(s -> routes.add(new PlannedRoute(new Destination.AppSubnet(s.name()), inward)));
                }
                tables.add(new PlannedTable(stage + "-" + zone, Kind.ENDPOINT, Optional.of(stage), Optional.of(zone), routes));
            }
        }
        return List.copyOf(tables);
    }
}
