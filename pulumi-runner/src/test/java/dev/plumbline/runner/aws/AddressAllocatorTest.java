package dev.plumbline.runner.aws;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AddressAllocatorTest {

    private static final String SUBNET = "subnet-0a";
    private static final String CIDR = "10.0.1.16/28";

    @Test
    void allocate_inA28_handsOutTheElevenUsableAddresses_thenNone() {
        var allocator = new AddressAllocator(Map.of());
        Set<String> given = new HashSet<>();
        IntStream.range(0, 11).forEach(i -> given.add(allocator.allocate(SUBNET, CIDR, "urn:" + i).orElseThrow()));

        assertThat(given).hasSize(11).allMatch(a -> a.matches("10\\.0\\.1\\.(2[0-9]|30)"))
                .doesNotContain("10.0.1.16", "10.0.1.17", "10.0.1.18", "10.0.1.19", "10.0.1.31");
        assertThat(allocator.allocate(SUBNET, CIDR, "urn:11")).isEmpty();
    }

    @Test
    void allocate_sameClaimantTwice_getsTheSameAddress() {
        var allocator = new AddressAllocator(Map.of());

        assertThat(allocator.allocate(SUBNET, CIDR, "urn:a")).isEqualTo(allocator.allocate(SUBNET, CIDR, "urn:a"));
        assertThat(allocator.contended()).isFalse();
    }

    @Test
    void allocate_whenCidrIsUnusable_givesNothing() {
        var allocator = new AddressAllocator(Map.of());

        assertThat(allocator.allocate("s", "10.0.0.0/29", "urn:a")).isEmpty();
        assertThat(allocator.allocate("t", "not-a-cidr", "urn:a")).isEmpty();
        assertThat(allocator.allocate("u", "10.0.0.0/33", "urn:a")).isEmpty();
    }

    @Test
    void claim_ofAnAddressTakenEarlier_marksTheRunContended() {
        var allocator = new AddressAllocator(Map.of());
        String taken = allocator.allocate(SUBNET, CIDR, "urn:instance").orElseThrow();

        allocator.claim(SUBNET, CIDR, taken, "urn:nat");

        assertThat(allocator.contended()).isTrue();
    }

    @Test
    void plan_doesNotDependOnTheOrderOfTheClaims_andARunFollowingItGetsThePlannedAddresses() {
        List<String> claimants = IntStream.range(0, 9).mapToObj(i -> "urn:instance-" + i).toList();
        Map<String, Map<String, Long>> forward = claimAll(claimants);
        Map<String, Map<String, Long>> backward = claimAll(reversed(claimants));

        assertThat(forward).isEqualTo(backward);

        var second = new AddressAllocator(forward);
        List<Optional<String>> replayed = reversed(claimants).stream().map(c -> second.allocate(SUBNET, CIDR, c)).toList();
        second.claim(SUBNET, CIDR, "10.0.1.25", "urn:nat");
        assertThat(replayed).allMatch(Optional::isPresent).doesNotContain(Optional.of("10.0.1.25"));
        assertThat(second.contended()).isFalse();
        assertThat(second.plan()).isEqualTo(forward);
    }

    @Test
    void plan_keepsAddressesTheProgramChose() {
        var allocator = new AddressAllocator(Map.of());
        allocator.allocate(SUBNET, CIDR, "urn:instance");
        allocator.claim(SUBNET, CIDR, "10.0.1.20", "urn:nat");

        assertThat(allocator.plan().get(SUBNET).get("urn:nat")).isEqualTo(Ipv4.parse("10.0.1.20"));
    }

    @Test
    void allocatePublic_usesTheDocumentationRanges() {
        var allocator = new AddressAllocator(Map.of());

        assertThat(allocator.allocatePublic("urn:eip")).matches("(198\\.51\\.100|203\\.0\\.113)\\.([1-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-4])");
    }

    private static Map<String, Map<String, Long>> claimAll(List<String> claimants) {
        var allocator = new AddressAllocator(Map.of());
        allocator.claim(SUBNET, CIDR, "10.0.1.25", "urn:nat");
        claimants.forEach(c -> allocator.allocate(SUBNET, CIDR, c));
        return allocator.plan();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
