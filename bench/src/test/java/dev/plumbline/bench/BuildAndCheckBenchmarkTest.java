package dev.plumbline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Rule;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class BuildAndCheckBenchmarkTest {

    @Test
    void checkOneRule_coversEveryBuiltInRule_inReportOrder() throws Exception {
        Param param = BuildAndCheckBenchmark.OneRule.class.getField("rule").getAnnotation(Param.class);

        assertThat(param.value()).containsExactlyElementsOf(Checker.builtIn().rules().stream().map(Rule::id).toList());
    }
}
