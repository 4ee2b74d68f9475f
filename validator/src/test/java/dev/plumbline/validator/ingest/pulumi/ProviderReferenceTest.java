package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.Origin;
import org.junit.jupiter.api.Test;

/** A resource's provider reference ({@code <provider URN>::<id>}) is kept as the provider's URN. */
class ProviderReferenceTest {

    private static PulumiResource withProvider(String reference) {
        return new PulumiResource("urn:pulumi:dev::shop::aws:ec2/vpc:Vpc::shop", "aws:ec2/vpc:Vpc", "shop", true, "", null,
                null, null, null, null, Origin.NONE, reference);
    }

    @Test
    void theProvidersId_knownOrUnknown_isLeftOut() {
        String urn = "urn:pulumi:dev::shop::pulumi:providers:aws::default_6_83_0";
        assertThat(withProvider(urn + "::04da6b54-80e4-46f7-96ec-b56ff0331ba9").provider()).isEqualTo(urn);
        assertThat(withProvider(urn + "::5d2e1c3a-6b7f-4a1e-9c0d-123456789abc").provider()).isEqualTo(urn);
    }

    @Test
    void aReferenceThatIsNotAProviderUrn_isKeptWhole_andNoneIsEmpty() {
        assertThat(withProvider("urn:pulumi:dev::shop::aws:ec2/vpc:Vpc::shop").provider())
                .isEqualTo("urn:pulumi:dev::shop::aws:ec2/vpc:Vpc::shop");
        assertThat(withProvider(null).provider()).isEmpty();
    }
}
