package dev.plumbline.runner;

import dev.plumbline.runner.programs.CrowdedSubnet;
import dev.plumbline.runner.programs.TwoTierVpc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same program gives the same JSON, byte for byte, however its resources happened to register. */
class OfflineRunDeterminismTest {

    @Test
    void run_twice_givesTheSameJson() {
        String first = Captured.run(TwoTierVpc.class).json;
        String second = Captured.run(TwoTierVpc.class).json;

        assertThat(second).isEqualTo(first);
    }

    @Test
    void run_whenAddressesAreContended_givesEveryClaimantItsOwnAddress_andTheSameOnesEachTime() {
        Captured first = Captured.run(CrowdedSubnet.class);
        Captured second = Captured.run(CrowdedSubnet.class);
        List<String> addresses = IntStream.range(0, 10)
                .mapToObj(i -> first.outputs("aws:ec2/instance:Instance", "worker-" + i).get("privateIp").asText())
                .toList();

        assertThat(second.json).isEqualTo(first.json);
        assertThat(first.outputs("aws:ec2/natGateway:NatGateway", "nat").get("privateIp").asText()).isEqualTo("10.0.0.26");
        assertThat(addresses).doesNotHaveDuplicates().doesNotContain("10.0.0.26")
                .allMatch(a -> a.matches("10\\.0\\.0\\.(2[0-9]|30)"));
        assertThat(first.diagnostics()).isEmpty();
    }
}
