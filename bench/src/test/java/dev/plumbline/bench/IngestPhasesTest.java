package dev.plumbline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.bench.IngestPhases.Phase;
import dev.plumbline.bench.IngestPhases.Round;
import dev.plumbline.bench.IngestPhases.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPhasesTest {

    private static Round cpu(long parse, long validate, long whole) {
        return new Round(new long[] {parse, validate, whole}, new long[3], new long[3]);
    }

    @Test
    void summary_takesTheBestAndMedianOfEachPhaseSeparately() {
        Summary summary = Summary.of(List.of(cpu(300, 250, 1000), cpu(240, 290, 1100), cpu(260, 260, 900)));

        assertThat(summary.bestCpuNanos()).containsExactly(240, 250, 900);
        assertThat(summary.medianCpuNanos()).containsExactly(260, 260, 1000);
    }

    @Test
    void summary_withAnEvenCount_takesTheMeanOfTheMiddleTwoAsMedian() {
        Summary summary = Summary.of(List.of(cpu(100, 10, 400), cpu(200, 20, 600)));

        assertThat(summary.medianCpuNanos()).containsExactly(150, 15, 500);
    }

    @Test
    void summary_mappingIsWholeLessParseAndValidation_andRatioIsWholeOverParse() {
        Summary summary = Summary.of(List.of(cpu(240, 250, 1000)));

        assertThat(summary.mappingNanos(summary.bestCpuNanos())).isEqualTo(510);
        assertThat(summary.ratio(summary.bestCpuNanos())).isCloseTo(1000.0 / 240, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void summary_medianRoundRatio_pairsEachRoundsWholeWithItsOwnParse() {
        Summary summary = Summary.of(List.of(cpu(100, 0, 400), cpu(400, 0, 800), cpu(200, 0, 1000)));

        assertThat(summary.medianRoundRatio()).isEqualTo(4.0);
        assertThat(summary.ratio(summary.bestCpuNanos())).isEqualTo(4.0);
        assertThat(summary.ratio(summary.medianCpuNanos())).isEqualTo(4.0);
    }

    @Test
    void summary_ofNoRounds_isRefused() {
        assertThatThrownBy(() -> Summary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void round_onAGeneratedPreview_validatesCleanlyAndMeasuresEveryPhase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preview.json");
        PreviewFiles.write(file, 200);
        assertThat(Files.size(file)).isPositive();

        Round round = IngestPhases.round(file);

        for (Phase phase : Phase.values()) {
            assertThat(round.cpuNanos()[phase.ordinal()]).as(phase.name()).isNotNegative();
            assertThat(round.wallNanos()[phase.ordinal()]).as(phase.name()).isPositive();
        }
    }

    @Test
    void round_onAFileFailingTheSchema_refusesToReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preview.json");
        Files.writeString(file, "{\"steps\":[{\"op\":42}]}");

        assertThatThrownBy(() -> IngestPhases.round(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(IngestPhases.SCHEMA);
    }
}
