package dev.plumbline.runner.aws;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTest {

    @Test
    void zoneId_followsTheFixedTable() {
        assertThat(Regions.zoneId("us-east-1a")).contains("use1-az1");
        assertThat(Regions.zoneId("us-east-1f")).contains("use1-az6");
        assertThat(Regions.zoneId("ap-southeast-2b")).contains("apse2-az2");
        assertThat(Regions.zoneId("eu-central-1c")).contains("euc1-az3");
    }

    @Test
    void zoneId_whenNotAZoneName_isEmpty() {
        assertThat(Regions.zoneId("us-east-1")).isEmpty();
        assertThat(Regions.zoneId("a")).isEmpty();
        assertThat(Regions.zoneId(null)).isEmpty();
    }

    @Test
    void zoneName_isTheInverseInTheRegion_andEmptyForAnotherRegionsId() {
        assertThat(Regions.zoneName("use1-az2", "us-east-1")).contains("us-east-1b");
        assertThat(Regions.zoneName("euw1-az2", "us-east-1")).isEmpty();
        assertThat(Regions.zoneName("use1-azX", "us-east-1")).isEmpty();
    }

    @Test
    void zoneNames_countsSixInUsEast1_andThreeElsewhere() {
        assertThat(Regions.zoneNames("us-east-1")).hasSize(6).startsWith("us-east-1a").endsWith("us-east-1f");
        assertThat(Regions.zoneNames("eu-west-1")).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
    }

    @Test
    void partition_dependsOnTheRegionsPrefix() {
        assertThat(Regions.partition("us-east-1")).isEqualTo("aws");
        assertThat(Regions.partition("cn-north-1")).isEqualTo("aws-cn");
        assertThat(Regions.partition("us-gov-west-1")).isEqualTo("aws-us-gov");
    }
}
