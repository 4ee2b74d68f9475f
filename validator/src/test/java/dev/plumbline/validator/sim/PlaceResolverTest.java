package dev.plumbline.validator.sim;

import static dev.plumbline.validator.fixture.Fixture.allowAll;
import static dev.plumbline.validator.fixture.Fixture.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.net.Ipv4;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that stand for one place although several elements carry them, and names that stay ambiguous. */
class PlaceResolverTest {

    /** An endpoint "orders" with two interfaces also named "orders" (as a Pulumi plan names them), plus {@code extra}. */
    private static PlaceResolver resolver(boolean strayInterfaceNamedOrders) {
        Fixture f = new Fixture().vpc("vpc-1", "10.0.0.0/16")
                .subnet("sa", "vpc-1", "10.0.1.0/24", "us-east-1a").subnet("sb", "vpc-1", "10.0.2.0/24", "us-east-1b")
                .mainTable("rt", "vpc-1", local("10.0.0.0/16")).group("sg", "vpc-1", allowAll());
        f.networkInterface(eni("eni-oa", "sa", "10.0.1.100", "vpc_endpoint", "vpce-orders"));
        f.networkInterface(eni("eni-ob", "sb", "10.0.2.100", "vpc_endpoint", "vpce-orders"));
        if (strayInterfaceNamedOrders) {
            f.networkInterface(eni("eni-stray", "sa", "10.0.1.200", "interface", ""));
        }
        f.net.add(new InterfaceEndpoint("vpce-orders", "orders", "vpc-1", Planned.known("com.amazonaws.vpce.us-east-1.svc"),
                "vpce-svc-1", "", List.of("sa", "sb"), List.of("eni-oa", "eni-ob"), List.of("sg"), false, "available",
                "111111111111", List.of(), Origin.NONE));
        return new PlaceResolver(f.simulator().topology());
    }

    private static NetworkInterface eni(String id, String subnet, String address, String type, String attachedTo) {
        return new NetworkInterface(id, "orders", subnet, "vpc-1", type, attachedTo, Planned.known(Ipv4.parse(address)),
                List.of(), Planned.absent(), List.of("sg"), true, Origin.NONE);
    }

    @Test
    void anEndpointAndItsOwnInterfacesSharingAName_resolveToTheEndpoint() throws Exception {
        Place place = resolver(false).resolve("orders", true, List.of());

        assertThat(place).isInstanceOfSatisfying(Place.AtInterfaceEndpoint.class,
                p -> assertThat(p.endpoint().id()).isEqualTo("vpce-orders"));
    }

    @Test
    void anotherInterfaceWithTheSameName_keepsTheNameAmbiguous() {
        assertThatThrownBy(() -> resolver(true).resolve("orders", true, List.of()))
                .isInstanceOf(PlaceResolver.UnresolvedPlaceException.class)
                .hasMessageContaining("'orders' is ambiguous: it names 2 resources")
                .hasMessageContaining("eni-stray").hasMessageContaining("vpce-orders")
                .hasMessageContaining("endpoint/orders");
    }
}
