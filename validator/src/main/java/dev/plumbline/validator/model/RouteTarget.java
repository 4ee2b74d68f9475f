package dev.plumbline.validator.model;

/**
 * Where a route sends matching packets. One record per target kind of the EC2 CreateRoute API.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html">CreateRoute</a>
 */
public sealed interface RouteTarget {

    /** The id the route names, or empty for {@code local}. */
    String targetId();

    /** A short description: "local", "internet gateway igw-1". */
    String render();

    record Local() implements RouteTarget {
        @Override
        public String targetId() {
            return "";
        }

        @Override
        public String render() {
            return "local";
        }
    }

    record InternetGateway(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "internet gateway " + targetId;
        }
    }

    record EgressOnlyInternetGateway(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "egress-only internet gateway " + targetId;
        }
    }

    record NatGateway(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "NAT gateway " + targetId;
        }
    }

    record NetworkInterface(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "network interface " + targetId;
        }
    }

    record Instance(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "instance " + targetId;
        }
    }

    record Peering(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "VPC peering " + targetId;
        }
    }

    /** A VPC endpoint: a gateway endpoint (through its prefix-list route) or a Gateway Load Balancer endpoint. */
    record VpcEndpoint(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "VPC endpoint " + targetId;
        }
    }

    /** Transit gateways are not modelled inside: traffic sent to one leaves the simulated network. */
    record TransitGateway(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "transit gateway " + targetId;
        }
    }

    record VpnGateway(String targetId) implements RouteTarget {
        @Override
        public String render() {
            return "virtual private gateway " + targetId;
        }
    }

    /** Any other target (local gateway, carrier gateway, core network): an opaque exit. */
    record Opaque(String kindName, String targetId) implements RouteTarget {
        @Override
        public String render() {
            return kindName + " " + targetId;
        }
    }

    /** The plan does not say yet which resource the route points at. */
    record Unresolved(Planned.Unknown<String> unknown) implements RouteTarget {
        @Override
        public String targetId() {
            return "";
        }

        @Override
        public String render() {
            return "a target not known until apply (" + unknown.property() + " of " + unknown.resource() + ")";
        }
    }
}
