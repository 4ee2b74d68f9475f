package dev.plumbline.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ipv4CidrTest {

    @Test
    void parse_whenHostBitsAreSet_suggestsTheNetwork() {
        Ipv4Cidr.Parsed parsed = Ipv4Cidr.parse("10.0.1.5/16");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.error()).isEqualTo("has host bits set (did you mean 10.0.0.0/16?)");
    }

    @Test
    void parse_acceptsTheWholeRangeOfLengths() {
        assertThat(Ipv4Cidr.parse("0.0.0.0/0").cidr()).hasValueSatisfying(c -> assertThat(c.length()).isZero());
        assertThat(Ipv4Cidr.parse("255.255.255.255/32").cidr()).hasValueSatisfying(c -> assertThat(c).hasToString("255.255.255.255/32"));
    }

    @Test
    void parse_whenAmbiguousOrMalformed_saysWhy() {
        assertThat(Ipv4Cidr.parse("10.0.01.0/24").error()).contains("leading zero ('01')");
        assertThat(Ipv4Cidr.parse("10.0.256.0/24").error()).contains("above 255 ('256')");
        assertThat(Ipv4Cidr.parse("10.0.0.0/33").error()).isEqualTo("has prefix length /33; use 0 to 32");
        assertThat(Ipv4Cidr.parse("10.0.0.0").error()).isEqualTo("is not an IPv4 CIDR block like 10.0.0.0/16");
        assertThat(Ipv4Cidr.parse("fd00::/8").ok()).isFalse();
    }

    @Test
    void overlaps_whenOneContainsTheOther_orTheyShareNothing() {
        Ipv4Cidr vpc = Ipv4Cidr.parse("10.0.0.0/16").cidr().orElseThrow();
        Ipv4Cidr subnet = Ipv4Cidr.parse("10.0.2.0/24").cidr().orElseThrow();
        Ipv4Cidr other = Ipv4Cidr.parse("10.1.0.0/16").cidr().orElseThrow();

        assertThat(vpc.overlaps(subnet)).isTrue();
        assertThat(subnet.overlaps(vpc)).isTrue();
        assertThat(vpc.overlaps(other)).isFalse();
        assertThat(Ipv4Cidr.parse("0.0.0.0/0").cidr().orElseThrow().overlaps(other)).isTrue();
    }
}
