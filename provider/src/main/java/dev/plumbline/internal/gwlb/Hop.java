package dev.plumbline.internal.gwlb;

/** Where a planned route sends traffic. */
public sealed interface Hop {

    /** The protected VPC's internet gateway. */
    record InternetGateway() implements Hop {
    }

    /** The Gateway Load Balancer endpoint of {@code stage} in {@code zone}. */
    record Endpoint(String stage, String zone) implements Hop {
    }
}
