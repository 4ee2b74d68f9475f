package dev.plumbline.runner;

import dev.plumbline.runner.programs.TwoRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stack configuration (region, account) and explicit providers. */
class OfflineRunConfigTest {

    private static Captured run;

    @BeforeAll
    static void runProgram() {
        run = Captured.run(TwoRegions.class, Map.of("aws:region", "eu-west-1", "plumbline:accountId", "111122223333"));
    }

    @Test
    void run_usesTheConfiguredRegionAndAccount() {
        String id = run.id("aws:ec2/vpc:Vpc", "home");

        assertThat(run.outputs("aws:ec2/vpc:Vpc", "home").get("arn").asText())
                .isEqualTo("arn:aws:ec2:eu-west-1:111122223333:vpc/" + id);
        assertThat(run.outputs("aws:ec2/vpc:Vpc", "home").get("ownerId").asText()).isEqualTo("111122223333");
    }

    @Test
    void run_availabilityZonesDataSource_answersForTheConfiguredRegion() {
        assertThat(run.outputs("aws:ec2/subnet:Subnet", "home-c").get("availabilityZone").asText()).isEqualTo("eu-west-1c");
        assertThat(run.outputs("aws:ec2/subnet:Subnet", "home-c").get("availabilityZoneId").asText()).isEqualTo("euw1-az3");
    }

    @Test
    void run_resourceOfAnExplicitProvider_isInThatProvidersRegion_andNamesTheProvider() {
        var provider = run.resource("pulumi:providers:aws", "west");
        var away = run.resource("aws:ec2/vpc:Vpc", "away");

        assertThat(provider.get("urn").asText()).isEqualTo("urn:pulumi:dev::plumbline-test::pulumi:providers:aws::west");
        assertThat(away.get("provider").asText()).isEqualTo(provider.get("urn").asText() + "::" + provider.get("id").asText());
        assertThat(away.get("outputs").get("arn").asText()).startsWith("arn:aws:ec2:us-west-2:111122223333:vpc/");
        assertThat(run.outputs("aws:ec2/subnet:Subnet", "away-a").get("availabilityZone").asText()).isEqualTo("us-west-2a");
    }

    @Test
    void run_whenAllowedAccountIdsIsSet_usesItsFirstAccount_andWarnsOfAMalformedOne() {
        Captured allowed = Captured.run(TwoRegions.class, Map.of("aws:allowedAccountIds", "[\"444455556666\",\"777788889999\"]"));
        Captured malformed = Captured.run(TwoRegions.class, Map.of("plumbline:accountId", "12-34"));

        assertThat(allowed.outputs("aws:ec2/vpc:Vpc", "home").get("ownerId").asText()).isEqualTo("444455556666");
        assertThat(allowed.outputs("aws:ec2/vpc:Vpc", "home").get("arn").asText()).startsWith("arn:aws:ec2:us-east-1:444455556666:");
        assertThat(malformed.outputs("aws:ec2/vpc:Vpc", "home").get("ownerId").asText()).isEqualTo("123456789012");
        assertThat(malformed.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.get("message").asText()).contains("'12-34' is not 12 digits"));
    }
}
