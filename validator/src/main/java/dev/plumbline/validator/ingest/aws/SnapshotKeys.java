package dev.plumbline.validator.ingest.aws;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level keys a snapshot file may hold and what becomes of each: read (with the schema the
 * file is validated against), a companion of another key, or known but skipped (with the reason
 * given in the notes). Files are recognised by these keys, never by their names. The same key
 * means different things in a region folder (EC2 and ELBv2 output) and in its {@code vpc-lattice/}
 * sub-folder ({@code Listeners}, {@code TargetGroups}), so each folder kind has its own table.
 */
final class SnapshotKeys {

    /** Keys read from a region folder, each with its schema under {@code schemas/}. */
    static final Map<String, String> REGION = Map.ofEntries(
            Map.entry("Vpcs", "aws/vpcs.schema.json"),
            Map.entry("Subnets", "aws/subnets.schema.json"),
            Map.entry("RouteTables", "aws/route-tables.schema.json"),
            Map.entry("InternetGateways", "aws/internet-gateways.schema.json"),
            Map.entry("NatGateways", "aws/nat-gateways.schema.json"),
            Map.entry("NetworkInterfaces", "aws/network-interfaces.schema.json"),
            Map.entry("Reservations", "aws/reservations.schema.json"),
            Map.entry("SecurityGroups", "aws/security-groups.schema.json"),
            Map.entry("NetworkAcls", "aws/network-acls.schema.json"),
            Map.entry("VpcEndpoints", "aws/vpc-endpoints.schema.json"),
            Map.entry("VpcPeeringConnections", "aws/vpc-peering-connections.schema.json"),
            Map.entry("PrefixLists", "aws/prefix-lists.schema.json"),
            Map.entry("PrefixListEntries", "aws/prefix-lists.schema.json"),
            Map.entry("Addresses", "aws/addresses.schema.json"),
            Map.entry("AvailabilityZones", "aws/availability-zones.schema.json"),
            Map.entry("ServiceDetails", "aws/vpc-endpoint-services.schema.json"),
            Map.entry("ServiceNames", "aws/vpc-endpoint-services.schema.json"),
            Map.entry("ServiceConfigurations", "aws/vpc-endpoint-service-configurations.schema.json"),
            Map.entry("AllowedPrincipals", "aws/vpc-endpoint-service-permissions.schema.json"),
            Map.entry("VpcEndpointConnections", "aws/vpc-endpoint-connections.schema.json"),
            Map.entry("LoadBalancers", "aws/load-balancers.schema.json"),
            Map.entry("TargetGroups", "aws/target-groups.schema.json"),
            Map.entry("Listeners", "aws/listeners.schema.json"),
            Map.entry("LoadBalancerListeners", "aws/listeners.schema.json"),
            Map.entry("TargetHealthDescriptions", "aws/target-health.schema.json"),
            Map.entry("LoadBalancerTargetHealth", "aws/target-health.schema.json"),
            Map.entry("LoadBalancerAttributes", "aws/attributes.schema.json"),
            Map.entry("TargetGroupAttributes", "aws/attributes.schema.json"));

    /** Keys read from a {@code vpc-lattice/} folder. */
    static final Map<String, String> LATTICE = Map.ofEntries(
            Map.entry("ServiceNetworks", "aws/vpc-lattice/service-networks.schema.json"),
            Map.entry("ServiceNetworkVpcAssociations", "aws/vpc-lattice/service-network-vpc-associations.schema.json"),
            Map.entry("ServiceNetworkServiceAssociations",
                    "aws/vpc-lattice/service-network-service-associations.schema.json"),
            Map.entry("Services", "aws/vpc-lattice/services.schema.json"),
            Map.entry("Listeners", "aws/vpc-lattice/listeners.schema.json"),
            Map.entry("Rules", "aws/vpc-lattice/rules.schema.json"),
            Map.entry("TargetGroups", "aws/vpc-lattice/target-groups.schema.json"),
            Map.entry("Targets", "aws/vpc-lattice/targets.schema.json"),
            Map.entry("AuthPolicies", "aws/vpc-lattice/auth-policies.schema.json"));

    /** Keys that only qualify another key of the same file; read with it, never on their own. */
    static final Map<String, String> COMPANIONS = Map.of("TargetGroupArn", "TargetHealthDescriptions");

    /** Pagination token of a CLI call: present and non-null means the output is incomplete. */
    static final String NEXT_TOKEN = "NextToken";

    private static final String VPN = "VPN is not modelled: a route to a virtual private gateway leaves the simulated network";
    private static final String TGW = "transit gateways are not modelled inside: a route to one leaves the simulated network";

    /** Keys Plumbline knows and deliberately does not model, with the reason for the notes. */
    static final Map<String, String> SKIPPED = Map.ofEntries(
            Map.entry("VpnConnections", VPN),
            Map.entry("VpnGateways", VPN),
            Map.entry("CustomerGateways", VPN),
            Map.entry("TransitGateways", TGW),
            Map.entry("TransitGatewayAttachments", TGW),
            Map.entry("TransitGatewayVpcAttachments", TGW),
            Map.entry("TransitGatewayRouteTables", TGW),
            Map.entry("TransitGatewayStaticRoutes", TGW),
            Map.entry("TransitGatewayPropagations", TGW),
            Map.entry("TransitGatewayPeeringAttachments", TGW),
            Map.entry("TransitGatewayConnects", TGW),
            Map.entry("DirectConnectGateways", "Direct Connect is not modelled"),
            Map.entry("DirectConnectGatewayAssociations", "Direct Connect is not modelled"),
            Map.entry("VirtualInterfaces", "Direct Connect is not modelled"),
            Map.entry("DBInstances", "RDS instances are not modelled; their network interfaces are read from NetworkInterfaces"),
            Map.entry("DomainStatusList",
                    "Elasticsearch/OpenSearch domains are not modelled; their network interfaces are read from NetworkInterfaces"),
            Map.entry("LoadBalancerDescriptions", "Classic Load Balancers are not modelled"),
            Map.entry("EgressOnlyInternetGateways",
                    "egress-only internet gateways carry IPv6 only, which Plumbline does not model"),
            Map.entry("DhcpOptions", "DHCP options do not change where packets go"),
            Map.entry("FlowLogs", "flow logs do not change where packets go"),
            Map.entry("Rules", "ALB listener rules (elbv2 describe-rules) are not modelled"),
            Map.entry("Attributes",
                    "attributes without the resource they belong to cannot be used; keep them keyed as LoadBalancerAttributes"
                            + " or TargetGroupAttributes (see docs/formats/aws-snapshot.md)"),
            Map.entry("Firewalls", "AWS Network Firewall is not modelled"),
            Map.entry("CarrierGateways", "carrier gateways are not modelled: a route to one leaves the simulated network"),
            Map.entry("LocalGateways", "local gateways are not modelled: a route to one leaves the simulated network"));

    private SnapshotKeys() {
    }

    /** The schema of {@code key} in a folder of the given kind, if the key is read there. */
    static Optional<String> schemaOf(boolean lattice, String key) {
        return Optional.ofNullable((lattice ? LATTICE : REGION).get(key));
    }

    static Set<String> readKeys(boolean lattice) {
        return (lattice ? LATTICE : REGION).keySet();
    }
}
