package dev.plumbline.validator.model;

import java.util.List;

/**
 * An internet gateway: 1:1 NAT between an interface's private address and its public or Elastic
 * IP. An interface without a public address cannot use it. A VPC has at most one.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html">Internet gateways</a>
 */
public record InternetGateway(String id, String name, List<String> attachedVpcIds, Origin origin) implements Element {

    public InternetGateway {
        name = Canonical.text(name);
        attachedVpcIds = Canonical.list(attachedVpcIds);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "internet gateway";
    }
}
