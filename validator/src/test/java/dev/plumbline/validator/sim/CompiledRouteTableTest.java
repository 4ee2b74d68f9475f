package dev.plumbline.validator.sim;

import dev.plumbline.validator.fixture.Fixture;
import static dev.plumbline.validator.fixture.Fixture.igw;
import static dev.plumbline.validator.fixture.Fixture.ip;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.nat;
import static dev.plumbline.validator.fixture.Fixture.p;
import static dev.plumbline.validator.fixture.Fixture.pcx;
import static dev.plumbline.validator.fixture.Fixture.prefixListRoute;
import static dev.plumbline.validator.fixture.Fixture.route;
import static dev.plumbline.validator.fixture.Fixture.vpce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledRouteTableTest {

    private static CompiledRouteTable table(Map<String, PrefixList> lists, Route... routes) {
        return new CompiledRouteTable(new RouteTable("rtb-1", "", "vpc-1", false, List.of(routes), List.of(), List.of(),
                Origin.NONE), lists);
    }

    private static CompiledRouteTable table(Route... routes) {
        return table(Map.of(), routes);
    }

    private static PrefixList list(String id, String... cidrs) {
        return new PrefixList(id, id, java.util.Arrays.stream(cidrs).map(Fixture::p).toList(), 10, false, Origin.NONE);
    }

    @Test
    void lookup_whenTwoRoutesMatch_picksLongest() {
        CompiledRouteTable t = table(local("10.0.0.0/16"), route("10.0.1.0/24", nat("nat-1")), route("0.0.0.0/0", igw("igw-1")));
        assertThat(t.lookup(ip("10.0.1.9")).route().target()).isEqualTo(nat("nat-1"));
        assertThat(t.lookup(ip("10.0.2.9")).route().target()).isEqualTo(new RouteTarget.Local());
        assertThat(t.lookup(ip("10.0.2.9")).matchedPrefix()).isEqualTo(p("10.0.0.0/16"));
    }

    @Test
    void lookup_defaultRouteSlashZero_matchesEveryAddressOutsideMoreSpecificRoutes() {
        CompiledRouteTable t = table(local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-1")));
        assertThat(t.lookup(ip("0.0.0.0")).route().target()).isEqualTo(igw("igw-1"));
        assertThat(t.lookup(ip("255.255.255.255")).route().target()).isEqualTo(igw("igw-1"));
        assertThat(t.lookup(ip("8.8.8.8")).matchedPrefix()).isEqualTo(p("0.0.0.0/0"));
    }

    @Test
    void lookup_hostRouteSlash32_winsOnlyForThatAddress() {
        CompiledRouteTable t = table(local("10.0.0.0/16"), route("10.0.5.7/32", Fixture.eni("eni-fw")));
        assertThat(t.lookup(ip("10.0.5.7")).route().target()).isEqualTo(Fixture.eni("eni-fw"));
        assertThat(t.lookup(ip("10.0.5.8")).route().target()).isEqualTo(new RouteTarget.Local());
        assertThat(t.lookup(ip("10.0.5.6")).route().target()).isEqualTo(new RouteTarget.Local());
    }

    @Test
    void lookup_whenNothingMatches_isEmpty() {
        CompiledRouteTable t = table(local("10.0.0.0/16"));
        assertThat(t.lookup(ip("192.168.1.1")).isEmpty()).isTrue();
    }

    @Test
    void lookup_whenStaticAndPrefixListHaveSameDestination_staticWins() {
        CompiledRouteTable t = table(Map.of("pl-1", list("pl-1", "52.0.0.0/8")),
                prefixListRoute("pl-1", vpce("vpce-s3")), route("52.0.0.0/8", nat("nat-1")));
        RouteLookup lookup = t.lookup(ip("52.1.2.3"));
        assertThat(lookup.isAmbiguous()).isFalse();
        assertThat(lookup.route().target()).isEqualTo(nat("nat-1"));
    }

    @Test
    void lookup_whenPrefixListEntryIsMoreSpecificThanStatic_prefixListWins() {
        CompiledRouteTable t = table(Map.of("pl-1", list("pl-1", "52.216.0.0/15")),
                prefixListRoute("pl-1", vpce("vpce-s3")), route("0.0.0.0/0", nat("nat-1")));
        assertThat(t.lookup(ip("52.216.8.1")).route().target()).isEqualTo(vpce("vpce-s3"));
        assertThat(t.lookup(ip("52.218.8.1")).route().target()).isEqualTo(nat("nat-1"));
    }

    @Test
    void lookup_whenOverlappingPrefixListsPointElsewhere_returnsBothEqualBest() {
        CompiledRouteTable t = table(Map.of("pl-a", list("pl-a", "172.16.0.0/16"), "pl-b", list("pl-b", "172.16.0.0/16")),
                prefixListRoute("pl-a", pcx("pcx-a")), prefixListRoute("pl-b", pcx("pcx-b")));
        RouteLookup lookup = t.lookup(ip("172.16.3.3"));
        assertThat(lookup.isAmbiguous()).isTrue();
        assertThat(lookup.routes()).extracting(Route::target).containsExactlyInAnyOrder(pcx("pcx-a"), pcx("pcx-b"));
    }

    @Test
    void lookup_whenStaticAndPropagatedHaveSameDestination_staticWins() {
        Route propagated = new Route(new RouteDestination.Cidr(p("192.168.0.0/16")), new RouteTarget.VpnGateway("vgw-1"),
                Route.Source.PROPAGATED, false, Origin.NONE);
        CompiledRouteTable t = table(propagated, route("192.168.0.0/16", pcx("pcx-1")));
        assertThat(t.lookup(ip("192.168.1.1")).route().target()).isEqualTo(pcx("pcx-1"));
    }

    @Test
    void lookup_whenPrefixListIsMissing_itsRouteMatchesNothingAndIsReported() {
        CompiledRouteTable t = table(prefixListRoute("pl-gone", vpce("vpce-1")));
        assertThat(t.lookup(ip("52.1.1.1")).isEmpty()).isTrue();
        assertThat(t.missingPrefixLists()).containsExactly("pl-gone");
    }

    @Test
    void lookupSpan_whenWholeSpanFallsUnderOneRoute_isDecided() {
        CompiledRouteTable t = table(local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-1")));
        RouteLookup lookup = t.lookup(p("10.0.4.0/24"));
        assertThat(lookup.dependsOnAddress()).isFalse();
        assertThat(lookup.route().target()).isEqualTo(new RouteTarget.Local());
    }

    @Test
    void lookupSpan_whenALongerRouteSitsInsideTheSpan_dependsOnAddress() {
        CompiledRouteTable t = table(local("10.0.0.0/16"), route("10.0.4.128/25", Fixture.eni("eni-fw")));
        assertThat(t.lookup(p("10.0.4.0/24")).dependsOnAddress()).isTrue();
        assertThat(t.lookup(p("10.0.4.0/25")).dependsOnAddress()).isFalse();
    }
}
