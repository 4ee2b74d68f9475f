package dev.plumbline.validator.model.endpoint;

import dev.plumbline.validator.model.Element;

/** A VPC endpoint of one of the three kinds AWS has: gateway, interface, Gateway Load Balancer. */
public sealed interface VpcEndpoint extends Element permits GatewayEndpoint, InterfaceEndpoint, GwlbEndpoint {

    String vpcId();

    /** Endpoint state as AWS reports it; only {@code available} forwards traffic. */
    String state();

    default boolean isAvailable() {
        return "available".equalsIgnoreCase(state());
    }
}
