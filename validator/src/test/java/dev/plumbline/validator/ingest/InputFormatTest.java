package dev.plumbline.validator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.ingest.aws.AwsSnapshotReader;
import dev.plumbline.validator.ingest.graph.GraphFormat;
import dev.plumbline.validator.ingest.pulumi.PreviewReader;
import dev.plumbline.validator.ingest.pulumi.ProgramReader;
import dev.plumbline.validator.ingest.pulumi.StackExportReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void everyNameAReportGivesItsInput_isAcceptedByInputFormat() {
        assertThat(InputFormat.parse(GraphFormat.FORMAT)).contains(InputFormat.GRAPH);
        assertThat(InputFormat.parse(AwsSnapshotReader.FORMAT)).contains(InputFormat.AWS);
        assertThat(InputFormat.parse(PreviewReader.FORMAT)).contains(InputFormat.PULUMI_PREVIEW);
        assertThat(InputFormat.parse(StackExportReader.FORMAT)).contains(InputFormat.PULUMI_EXPORT);
        assertThat(InputFormat.parse(ProgramReader.FORMAT)).contains(InputFormat.PULUMI_PROGRAM);
    }

    @Test
    void cliNames_parseCaseInsensitively_andUnknownNamesDoNot() {
        assertThat(InputFormat.parse(" Pulumi-Export ")).contains(InputFormat.PULUMI_EXPORT);
        assertThat(InputFormat.parse("aws")).contains(InputFormat.AWS);
        assertThat(InputFormat.parse("terraform-plan")).isEqualTo(Optional.empty());
    }
}
