package dev.plumbline.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import dev.plumbline.testing.MockedDeployment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ArgsCheckTest {

    private static final ValueRule<String> CIDR = FormatRules.cidr("cidrBlock");

    static ArgsCheck check() {
        return new ArgsCheck("plumbline:index:Test", "t");
    }

    static <T> MockedDeployment.Resolved<T> data(Output<T> output) {
        return MockedDeployment.resolve(output);
    }

    @Test
    void value_knownAtConstruction_isCheckedNowAndPassedThrough() {
        ArgsCheck check = check();
        Output<String> given = Output.of("10.0.1.5/24");

        Output<String> gated = check.value(given, CIDR);

        assertThat(gated).isSameAs(given);
        assertThat(check.problems()).extracting(ArgProblem::argument).containsExactly("cidrBlock");
        assertThatThrownBy(check::throwIfInvalid).isInstanceOf(InvalidArgsException.class)
                .hasMessageStartingWith("plumbline:index:Test 't': 1 invalid argument\n  - cidrBlock: '10.0.1.5/24' has host bits set");
    }

    @Test
    void value_resolvingLater_failsWithTheSameProblemAsAtConstruction() {
        ArgsCheck now = check();
        now.value(Output.of("10.0.1.5/24"), CIDR);
        CompletableFuture<String> later = new CompletableFuture<>();
        ArgsCheck deferred = check();

        Output<String> gated = deferred.value(Output.of(later), CIDR);
        deferred.throwIfInvalid();
        later.complete("10.0.1.5/24");

        assertThatThrownBy(() -> data(gated)).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(InvalidArgsException.class)
                .satisfies(e -> assertThat(((InvalidArgsException) e).problems()).isEqualTo(now.problems()));
    }

    @Test
    void value_thatIsSecret_neverAppearsInTheMessage() {
        ArgsCheck check = check();

        check.value(Output.ofSecret("10.0.1.5/24"), CIDR);

        assertThat(check.problems().get(0).problem()).startsWith("[secret] has host bits set").doesNotContain("10.0.1.5");
    }

    @Test
    void value_absent_staysAbsent() {
        assertThat(check().value(null, CIDR)).isNull();
    }

    @Test
    void values_withOneUnknown_skipTheCrossCheckAndKeepTheOthersKnown() {
        ArgsCheck check = check();
        ValueRule<List<String>> neverTwice = FormatRules.distinct("ids", "id");

        List<Output<String>> gated = check.values(
                List.of(Output.of("a"), MockedDeployment.<String>unknown(), Output.of("a")),
                neverTwice);

        assertThat(check.problems()).isEmpty();
        assertThat(data(gated.get(0)).value()).isEqualTo("a");
        assertThat(data(gated.get(1)).known()).isFalse();
    }

    @Test
    void values_allKnown_areCrossCheckedAtConstruction() {
        ArgsCheck check = check();

        check.values(List.of(Output.of("a"), Output.of("b"), Output.of("a")), FormatRules.distinct("ids", "id"));

        assertThat(check.problems()).extracting(ArgProblem::render)
                .containsExactly("ids[2]: 'a' is listed twice. Fix: list each id once.");
    }

    @Test
    void values_resolvingLater_failEveryOutputOnACrossProblem() {
        ArgsCheck check = check();
        CompletableFuture<String> later = new CompletableFuture<>();

        List<Output<String>> gated = check.values(List.of(Output.of("a"), Output.of(later)), FormatRules.distinct("ids", "id"));
        later.complete("a");

        assertThatThrownBy(() -> data(gated.get(0))).hasCauseInstanceOf(InvalidArgsException.class);
        assertThatThrownBy(() -> data(gated.get(1))).hasCauseInstanceOf(InvalidArgsException.class);
    }
}
