package dev.plumbline.validator.ingest.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.validator.diag.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which stack of a folder runs: the one asked for, dev when it exists, else the first configuration file. */
class StackFolderTest {

    private static StackFolder folder(Path dir, String... stacks) throws Exception {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: edge\nruntime: java\n");
        for (String stack : stacks) {
            Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), "config:\n  aws:region: us-east-1\n");
        }
        return StackFolder.open(dir);
    }

    @Test
    void stack_whenDevAndBrokenExist_runsDevUnlessAsked(@TempDir Path dir) throws Exception {
        StackFolder stacks = folder(dir, "broken", "dev");
        assertThat(stacks.stacks()).containsExactly("broken", "dev");
        assertThat(stacks.stack(null)).isEqualTo("dev");
        assertThat(stacks.stack("broken")).isEqualTo("broken");
    }

    @Test
    void stack_withoutDev_runsTheFirstConfigurationSorted(@TempDir Path dir) throws Exception {
        assertThat(folder(dir, "staging", "prod").stack("")).isEqualTo("prod");
    }

    @Test
    void stack_withoutConfigurationFiles_runsDev(@TempDir Path dir) throws Exception {
        assertThat(folder(dir).stack(null)).isEqualTo("dev");
    }

    @Test
    void stack_whenTheAskedOneHasNoConfiguration_isBadInputListingTheOthers(@TempDir Path dir) throws Exception {
        StackFolder stacks = folder(dir, "broken", "dev");
        assertThatThrownBy(() -> stacks.stack("prod")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no Pulumi.prod.yaml").hasMessageContaining("broken, dev");
    }
}
