package dev.plumbline.runner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrnsTest {

    private static final String STACK = "urn:pulumi:dev::net::pulumi:pulumi:Stack::net-dev";

    @Test
    void normalise_whenMockUrnHasTheStackInItsTypeChain_removesIt() {
        assertThat(Urns.normalise("urn:pulumi:dev::net::pulumi:pulumi:Stack$plumbline:index:Chain$aws:ec2/subnet:Subnet::app-a"))
                .isEqualTo("urn:pulumi:dev::net::plumbline:index:Chain$aws:ec2/subnet:Subnet::app-a");
    }

    @Test
    void normalise_keepsTheStacksOwnUrnAndEngineUrns() {
        assertThat(Urns.normalise(STACK)).isEqualTo(STACK);
        assertThat(Urns.normalise("urn:pulumi:dev::net::aws:ec2/vpc:Vpc::main")).isEqualTo("urn:pulumi:dev::net::aws:ec2/vpc:Vpc::main");
    }

    @Test
    void normalise_whenNameContainsSeparators_keepsTheName() {
        assertThat(Urns.normalise("urn:pulumi:dev::net::pulumi:pulumi:Stack$aws:ec2/vpc:Vpc::a::b"))
                .isEqualTo("urn:pulumi:dev::net::aws:ec2/vpc:Vpc::a::b");
    }

    @Test
    void normalise_whenNotAUrn_returnsItUnchanged() {
        assertThat(Urns.normalise("vpc-0123")).isEqualTo("vpc-0123");
        assertThat(Urns.normalise(null)).isEmpty();
    }

    @Test
    void child_ofTheStack_hasOnlyItsOwnType() {
        assertThat(Urns.child("dev", "net", STACK, "aws:ec2/vpc:Vpc", "main")).isEqualTo("urn:pulumi:dev::net::aws:ec2/vpc:Vpc::main");
        assertThat(Urns.child("dev", "net", "", "aws:ec2/vpc:Vpc", "main")).isEqualTo("urn:pulumi:dev::net::aws:ec2/vpc:Vpc::main");
    }

    @Test
    void child_ofAComponent_inMockOrEngineForm_chainsTheComponentsType() {
        String expected = "urn:pulumi:dev::net::plumbline:index:Chain$aws:ec2/subnet:Subnet::a";

        assertThat(Urns.child("dev", "net", "urn:pulumi:dev::net::pulumi:pulumi:Stack$plumbline:index:Chain::chain",
                "aws:ec2/subnet:Subnet", "a")).isEqualTo(expected);
        assertThat(Urns.child("dev", "net", "urn:pulumi:dev::net::plumbline:index:Chain::chain",
                "aws:ec2/subnet:Subnet", "a")).isEqualTo(expected);
    }

    @Test
    void normaliseProviderReference_normalisesTheUrnAndKeepsTheId() {
        assertThat(Urns.normaliseProviderReference("urn:pulumi:dev::net::pulumi:pulumi:Stack$pulumi:providers:aws::west::0f1e-22"))
                .isEqualTo("urn:pulumi:dev::net::pulumi:providers:aws::west::0f1e-22");
        assertThat(Urns.normaliseProviderReference("")).isEmpty();
    }
}
