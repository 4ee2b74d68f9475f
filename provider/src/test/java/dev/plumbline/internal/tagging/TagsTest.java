package dev.plumbline.internal.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.inputs.TagArgs;
import dev.plumbline.internal.validation.ArgProblem;
import dev.plumbline.internal.validation.ArgsCheck;
import dev.plumbline.testing.MockedDeployment;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TagsTest {

    static TagArgs tag(String key, String value) {
        return TagArgs.builder().key(key).value(value).build();
    }

    @Test
    void forChild_addsNameUnlessTheComponentsTagsSetIt() {
        ArgsCheck check = new ArgsCheck("t", "t");
        Tags plain = Tags.check(List.of(tag("team", "netsec")), check);
        Tags named = Tags.check(List.of(tag("Name", "shared")), check);

        assertThat(MockedDeployment.resolve(plain.forChild("edge-rt-edge")).value())
                .isEqualTo(Map.of("Name", "edge-rt-edge", "team", "netsec"));
        assertThat(MockedDeployment.resolve(named.forChild("edge-rt-edge")).value()).isEqualTo(Map.of("Name", "shared"));
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void check_withReservedDuplicateOverlongOrTooMany_reportsEach() {
        ArgsCheck check = new ArgsCheck("t", "t");
        List<TagArgs> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();

        Tags.check(List.of(tag("aws:owner", "me"), tag("team", "a"), tag("team", "b"), tag("x".repeat(129), "v"),
                tag("long", "v".repeat(257))), check);
        Tags.check(fifty, check);

        assertThat(check.problems()).extracting(ArgProblem::argument)
                .containsExactly("tags[0].key", "tags[2].key", "tags[3].key", "tags[4].value", "tags");
    }
}
