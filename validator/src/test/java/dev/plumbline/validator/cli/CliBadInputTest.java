package dev.plumbline.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A user's mistake on the command line: exit code 2, a message on stderr saying what is wrong and
 * how to fix it (after any notes on the input it did read), nothing on stdout, and never a stack trace.
 */
class CliBadInputTest {

    private static final String NAT = CliRun.corpus("test-nat-gateway");

    private static void assertBadInput(CliRun run) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).anyMatch(line -> line.startsWith("plumbline: "));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /* "jump" names nothing in test-nat-gateway, but the instance "Jump Host" is close: the message offers it. */
    @Test
    void trace_whenFromNamesNothing_exitsTwoListingCloseNames() {
        CliRun run = CliRun.of("trace", NAT, "--from", "jump", "--to", "internet");

        assertBadInput(run);
        assertThat(run.err()).contains("'jump' is not an address, id, name, URN or DNS name in the plan")
                .contains("did you mean Jump Host (instance i-0b31b509174d7f5de)");
    }

    /* "test" is part of two instance names, test1 and test20: both are offered. */
    @Test
    void trace_whenFromIsPartOfSeveralNames_listsThemAll() {
        CliRun run = CliRun.of("trace", NAT, "--from", "test", "--to", "internet");

        assertBadInput(run);
        assertThat(run.err()).contains("test1 (instance i-0a128d26e59be60f3)")
                .contains("test20 (instance i-0a73a1a6021c03ddb)");
    }

    /* 10.11.0.5 was in VPC A's secondary block, whose association is "disassociated": no subnet holds it any more. */
    @Test
    void trace_whenToIsPrivateAddressOutsideEverySubnet_exitsTwo() {
        CliRun run = CliRun.of("trace", CliRun.corpus("test-vpc-peering"), "--from", "10.10.10.157", "--to", "10.11.0.5");

        assertBadInput(run);
        assertThat(run.err()).contains("10.11.0.5 is a private address outside every subnet of the plan");
    }

    @Test
    void trace_whenPlanPathDoesNotExist_exitsTwoNamingThePathWithoutStackTrace() {
        CliRun run = CliRun.of("trace", "/nonexistent/plumbline-plan", "--from", "a", "--to", "b");

        assertBadInput(run);
        assertThat(run.err()).contains("/nonexistent/plumbline-plan").contains("no such file or folder")
                .contains("fix:");
    }

    @Test
    void check_whenPlanPathDoesNotExist_exitsTwo() {
        CliRun run = CliRun.of("check", "/nonexistent/plumbline-plan");

        assertBadInput(run);
        assertThat(run.err()).contains("/nonexistent/plumbline-plan");
    }

    @Test
    void trace_whenProtocolIsSctp_exitsTwoNamingTheSupportedOnes() {
        CliRun run = CliRun.of("trace", NAT, "--from", "test1", "--to", "internet", "--protocol", "sctp");

        assertBadInput(run);
        assertThat(run.err()).contains("unknown protocol 'sctp'").contains("tcp, udp or icmp");
    }

    @Test
    void trace_whenPortIsOutOfRange_exitsTwo() {
        CliRun run = CliRun.of("trace", NAT, "--from", "test1", "--to", "internet", "--port", "65536");

        assertBadInput(run);
        assertThat(run.err()).contains("ports must be 0-65535");
    }

    @Test
    void trace_whenFormatIsUnknown_exitsTwo() {
        CliRun run = CliRun.of("trace", NAT, "--from", "test1", "--to", "internet", "--format", "yaml");

        assertBadInput(run);
        assertThat(run.err()).contains("unknown format 'yaml'");
    }

    @Test
    void trace_whenToIsMissing_exitsTwoWithUsageHint() {
        CliRun run = CliRun.of("trace", NAT, "--from", "test1");

        assertBadInput(run);
        assertThat(run.err()).contains("--to").contains("Try 'plumbline trace --help'");
    }

    @Test
    void check_whenQuotaValueIsNotANumber_exitsTwo() {
        CliRun run = CliRun.of("check", NAT, "--quota", "routes-per-table=abc");

        assertBadInput(run);
        assertThat(run.err()).contains("'abc' is not a number").contains("routes-per-table=100");
    }

    @Test
    void check_whenQuotaNameIsUnknown_exitsTwoListingTheKnownOnes() {
        CliRun run = CliRun.of("check", NAT, "--quota", "routes-per-vpc=5");

        assertBadInput(run);
        assertThat(run.err()).contains("unknown quota 'routes-per-vpc'").contains("routes-per-table");
    }

    @Test
    void check_whenQuotaHasNoEqualsSign_exitsTwo() {
        CliRun run = CliRun.of("check", NAT, "--quota", "routes-per-table");

        assertBadInput(run);
        assertThat(run.err()).contains("is not NAME=N");
    }

    @Test
    void noCommand_exitsTwo() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("a command is required: trace or check");
    }

    @Test
    void trace_withANearMissName_suggestsTheClosestNames() {
        CliRun run = CliRun.of("trace", CliRun.corpus("test-nat-gateway"), "--from", "Jump-Host", "--to", "internet");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean Jump Host (instance i-0b31b509174d7f5de)");
    }
}
