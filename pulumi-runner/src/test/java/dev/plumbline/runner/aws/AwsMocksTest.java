package dev.plumbline.runner.aws;

import com.google.common.collect.ImmutableMap;
import com.pulumi.test.Mocks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mocks called directly, as the SDK calls them. */
class AwsMocksTest {

    private final AwsMocks mocks = new AwsMocks(Map.of("aws:region", "us-east-1"), Map.of());

    @Test
    void callAsync_managedPrefixList_byNameFilter_answersWithEntries() {
        Map<String, Object> list = call(DataSources.MANAGED_PREFIX_LIST, ImmutableMap.of("filters",
                List.of(Map.of("name", "prefix-list-name", "values", List.of("com.amazonaws.us-east-1.vpc-lattice")))));

        assertThat(list.get("id")).asString().matches("pl-[0-9a-f]{8}");
        assertThat(list.get("entries")).isEqualTo(List.of(Map.of("cidr", "169.254.171.0/24", "description", "")));
        assertThat(mocks.diagnostics()).isEmpty();
    }

    @Test
    void callAsync_managedPrefixList_byId_findsTheListItsNameGave() {
        String id = (String) call(DataSources.MANAGED_PREFIX_LIST, ImmutableMap.of("name", "com.amazonaws.us-east-1.dynamodb")).get("id");

        assertThat(call(DataSources.MANAGED_PREFIX_LIST, ImmutableMap.of("id", id)).get("name")).isEqualTo("com.amazonaws.us-east-1.dynamodb");
    }

    @Test
    void callAsync_unknownPrefixList_answersEmpty_andSaysWhichListsItKnows() {
        assertThat(call(DataSources.MANAGED_PREFIX_LIST, ImmutableMap.of("name", "com.amazonaws.global.cloudfront.origin-facing"))).isEmpty();
        assertThat(mocks.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo("warning");
            assertThat(d.message()).contains("aws:ec2/getManagedPrefixList:getManagedPrefixList", ".vpc-lattice");
        });
    }

    @Test
    void callAsync_availabilityZones_leavesOutExcludedZones() {
        Map<String, Object> zones = call(DataSources.AVAILABILITY_ZONES, ImmutableMap.of("excludeZoneIds", List.of("use1-az2")));

        assertThat(zones.get("names")).isEqualTo(List.of("us-east-1a", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"));
        assertThat(zones.get("zoneIds")).isEqualTo(List.of("use1-az1", "use1-az3", "use1-az4", "use1-az5", "use1-az6"));
    }

    @Test
    void newResourceAsync_outsideARegistration_seedsIdsWithTypeAndName_andKeepsInputsOverComputedValues() throws Exception {
        var args = new Mocks.ResourceArgs("aws:ec2/vpc:Vpc", "main", Map.of("cidrBlock", "10.0.0.0/16", "instanceTenancy", "dedicated"), "", "");

        Mocks.ResourceResult first = mocks.newResourceAsync(args).get();
        Mocks.ResourceResult again = new AwsMocks(Map.of(), Map.of()).newResourceAsync(args).get();

        assertThat(first.id).isEqualTo(again.id);
        assertThat(first.id.orElseThrow()).matches("vpc-0[0-9a-f]{16}");
        assertThat(state(first)).containsEntry("instanceTenancy", "dedicated").containsEntry("enableDnsSupport", true);
    }

    @Test
    void newResourceAsync_forAComponent_givesNoIdAndNoState() throws Exception {
        Mocks.ResourceResult result = mocks.registering("urn:pulumi:dev::p::x:index:Comp::c", false,
                () -> mocks.newResourceAsync(new Mocks.ResourceArgs("x:index:Comp", "c", Map.of(), "", ""))).get();

        assertThat(result.id).isEmpty();
        assertThat(state(result)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Mocks.ResourceResult result) {
        return (Map<String, Object>) result.state;
    }

    private Map<String, Object> call(String token, ImmutableMap<String, Object> args) {
        return mocks.callAsync(new Mocks.CallArgs(token, args, "")).join();
    }
}
