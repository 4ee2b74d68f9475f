package dev.plumbline.internal.gwlb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.internal.gwlb.InspectionRoutes.AppSubnet;
import dev.plumbline.internal.gwlb.PlannedTable.Kind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InspectionRoutesTest {

    private static final List<AppSubnet> APPS = List.of(new AppSubnet("web-a", "az1"), new AppSubnet("api-a", "az1"),
            new AppSubnet("web-b", "az2"));

    static Map<String, PlannedTable> byKey(List<PlannedTable> tables) {
        return tables.stream().collect(Collectors.toMap(PlannedTable::key, t -> t));
    }

    static PlannedRoute to(Destination destination, Hop hop) {
        return new PlannedRoute(destination, hop);
    }

    static Hop.Endpoint endpoint(String stage, String zone) {
        return new Hop.Endpoint(stage, zone);
    }

    @Test
    void plan_withThreeStages_chainsEachZoneOutwardsAndInwards() {
        Map<String, PlannedTable> tables = byKey(InspectionRoutes.plan(List.of("fw", "ids", "dlp"), APPS));

        assertThat(tables.keySet()).containsExactlyInAnyOrder("edge", "app-az1", "app-az2",
                "fw-az1", "fw-az2", "ids-az1", "ids-az2", "dlp-az1", "dlp-az2");
        assertThat(tables.get("edge").routes()).containsExactly(
                to(new Destination.AppSubnet("web-a"), endpoint("fw", "az1")),
                to(new Destination.AppSubnet("api-a"), endpoint("fw", "az1")),
                to(new Destination.AppSubnet("web-b"), endpoint("fw", "az2")));
        assertThat(tables.get("app-az1").routes()).containsExactly(to(new Destination.Default(), endpoint("dlp", "az1")));
        assertThat(tables.get("fw-az1").routes()).containsExactly(
                to(new Destination.Default(), new Hop.InternetGateway()),
                to(new Destination.AppSubnet("web-a"), endpoint("ids", "az1")),
                to(new Destination.AppSubnet("api-a"), endpoint("ids", "az1")));
        assertThat(tables.get("ids-az2").routes()).containsExactly(
                to(new Destination.Default(), endpoint("fw", "az2")),
                to(new Destination.AppSubnet("web-b"), endpoint("dlp", "az2")));
        assertThat(tables.get("dlp-az2").routes()).containsExactly(to(new Destination.Default(), endpoint("ids", "az2")));
    }

    @Test
    void plan_withOneStage_isEdgeToEndpointAndEndpointToGateway() {
        Map<String, PlannedTable> tables = byKey(InspectionRoutes.plan(List.of("fw"), List.of(new AppSubnet("web-a", "az1"))));

        assertThat(tables.get("edge").kind()).isEqualTo(Kind.EDGE);
        assertThat(tables.get("app-az1").routes()).containsExactly(to(new Destination.Default(), endpoint("fw", "az1")));
        assertThat(tables.get("fw-az1").routes()).containsExactly(to(new Destination.Default(), new Hop.InternetGateway()));
        assertThat(tables.get("fw-az1").stage()).contains("fw");
    }

    @Test
    void plan_neverRoutesAcrossZones() {
        List<PlannedTable> tables = InspectionRoutes.plan(List.of("fw", "ids"), APPS);

        for (PlannedTable table : tables) {
            for (PlannedRoute route : table.routes()) {
                if (route.target() instanceof Hop.Endpoint e && table.zone().isPresent()) {
                    assertThat(e.zone()).as("route in %s", table.key()).isEqualTo(table.zone().get());
                }
            }
        }
    }

    @Test
    void plan_withoutStagesOrSubnets_isABug() {
        assertThatThrownBy(() -> InspectionRoutes.plan(List.of(), APPS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InspectionRoutes.plan(List.of("fw"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
