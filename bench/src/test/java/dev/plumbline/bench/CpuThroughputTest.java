package dev.plumbline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuThroughputTest {

    @Test
    void chainCost_isPlainThroughputOverChainThroughput() {
        assertThat(CpuThroughput.chainCost(Map.of("service PLAIN_VPC_TO_INTERNET", 300_000.0,
                "service TWO_STAGE_GWLB_CHAIN", 100_000.0))).isEqualTo(3.0);
    }

    @Test
    void chainCost_withoutBothScenarios_isNotANumber() {
        assertThat(CpuThroughput.chainCost(Map.of("service PLAIN_VPC_TO_INTERNET", 300_000.0))).isNaN();
    }
}
