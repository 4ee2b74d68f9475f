package dev.plumbline.runner.aws;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * Mocks of the VPC building blocks: VPCs, subnets, route tables and routes, gateways, Elastic IPs,
 * NAT gateways, security groups and rules, network ACLs, instances, network interfaces, peering.
 *
 * <p>Each gets the attributes the EC2 API would return and the Terraform AWS provider would put
 * in its state (<a href="https://registry.terraform.io/providers/hashicorp/aws/latest/docs">provider
 * docs</a>, whose ids Pulumi AWS keeps). Addresses come from {@link AddressAllocator}; an instance
 * gets a public address when {@code associatePublicIpAddress} is true, or, when that input is
 * absent, when its subnet maps public addresses on launch.
 */
final class VpcNetworking implements ResourceFamily {

    private final Inventory inventory;
    private final AddressAllocator addresses;

    VpcNetworking(Inventory inventory, AddressAllocator addresses) {
        this.inventory = inventory;
        this.addresses = addresses;
    }

    @Override
    public Map<String, Function<MockResource, Created>> handlers() {
        return Map.ofEntries(
                entry("aws:ec2/vpc:Vpc", this::vpc),
                entry("aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation",
                        r -> Created.of(r.id("vpc-cidr-assoc"))),
                entry("aws:ec2/subnet:Subnet", this::subnet),
                entry("aws:ec2/routeTable:RouteTable", this::routeTable),
                entry("aws:ec2/defaultRouteTable:DefaultRouteTable", this::defaultRouteTable),
                entry("aws:ec2/route:Route", this::route),
                entry("aws:ec2/routeTableAssociation:RouteTableAssociation", r -> Created.of(r.id("rtbassoc"))),
                entry("aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation", this::mainRouteTableAssociation),
                entry("aws:ec2/internetGateway:InternetGateway", r -> Created.of(r.id("igw"))
                        .with("arn", r.arn("ec2", "internet-gateway/" + r.id("igw"))).with("ownerId", r.account())),
                entry("aws:ec2/internetGatewayAttachment:InternetGatewayAttachment",
                        r -> Created.of(r.text("internetGatewayId") + ":" + r.text("vpcId"))),
                entry("aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway", r -> Created.of(r.id("eigw"))),
                entry("aws:ec2/eip:Eip", this::elasticIp),
                entry("aws:ec2/eipAssociation:EipAssociation", this::elasticIpAssociation),
                entry("aws:ec2/natGateway:NatGateway", this::natGateway),
                entry("aws:ec2/securityGroup:SecurityGroup", this::securityGroup),
                entry("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", this::defaultSecurityGroup),
                entry("aws:ec2/securityGroupRule:SecurityGroupRule", r -> Created.of("sgrule-" + AwsIds.digits(r.urn(), 10))
                        .with("securityGroupRuleId", r.id("sgr"))),
                entry("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", this::securityGroupRule),
                entry("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", this::securityGroupRule),
                entry("aws:ec2/networkAcl:NetworkAcl", this::networkAcl),
                entry("aws:ec2/defaultNetworkAcl:DefaultNetworkAcl", this::defaultNetworkAcl),
                entry("aws:ec2/networkAclRule:NetworkAclRule", r -> Created.of("nacl-" + AwsIds.digits(r.urn(), 10))),
                entry("aws:ec2/networkAclAssociation:NetworkAclAssociation", r -> Created.of(r.id("aclassoc"))),
                entry("aws:ec2/instance:Instance", this::instance),
                entry("aws:ec2/networkInterface:NetworkInterface", this::networkInterface),
                entry("aws:ec2/networkInterfaceAttachment:NetworkInterfaceAttachment",
                        r -> Created.of(r.id("eni-attach")).with("attachmentId", r.id("eni-attach")).with("status", "attached")),
                entry("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", this::peering),
                entry("aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter", this::peeringAccepter));
    }

    private Created vpc(MockResource r) {
        String id = r.id("vpc");
        var vpc = new Inventory.Vpc(id, r.text("cidrBlock"), r.id("rtb", "main-route-table"),
                r.id("acl", "default-network-acl"), r.id("sg", "default-security-group"));
        inventory.vpcs.put(id, vpc);
        return Created.of(id)
                .with("arn", r.arn("ec2", "vpc/" + id))
                .with("ownerId", r.account())
                .with("mainRouteTableId", vpc.mainRouteTableId())
                .with("defaultRouteTableId", vpc.mainRouteTableId())
                .with("defaultNetworkAclId", vpc.defaultNetworkAclId())
                .with("defaultSecurityGroupId", vpc.defaultSecurityGroupId())
                .with("dhcpOptionsId", r.id("dopt", "dhcp-options"))
                .with("instanceTenancy", "default")
                .with("enableDnsSupport", true)
                .with("enableDnsHostnames", false)
                .with("enableNetworkAddressUsageMetrics", false);
    }

    private Created subnet(MockResource r) {
        String id = r.id("subnet");
        String zone = r.text("availabilityZone");
        String zoneId = r.text("availabilityZoneId");
        if (zone.isEmpty() && !zoneId.isEmpty()) {
            zone = Regions.zoneName(zoneId, r.region()).orElse("");
        }
        if (zone.isEmpty()) {
            zone = Regions.zoneNames(r.region()).get(0);
        }
        if (zoneId.isEmpty()) {
            zoneId = Regions.zoneId(zone).orElse("");
        }
        boolean mapPublic = r.flag("mapPublicIpOnLaunch", false);
        inventory.subnets.put(id, new Inventory.Subnet(id, r.text("vpcId"), r.text("cidrBlock"), zone, zoneId, mapPublic));
        return Created.of(id)
                .with("arn", r.arn("ec2", "subnet/" + id))
                .with("ownerId", r.account())
                .with("availabilityZone", zone)
                .with("availabilityZoneId", zoneId)
                .with("mapPublicIpOnLaunch", mapPublic)
                .with("assignIpv6AddressOnCreation", false)
                .with("privateDnsHostnameTypeOnLaunch", "ip-name");
    }

    private Created routeTable(MockResource r) {
        String id = r.id("rtb");
        return Created.of(id)
                .with("arn", r.arn("ec2", "route-table/" + id))
                .with("ownerId", r.account())
                .with("routes", List.of())
                .with("propagatingVgws", List.of());
    }

    private Created defaultRouteTable(MockResource r) {
        String id = r.optionalText("defaultRouteTableId").orElseGet(() -> r.id("rtb"));
        return Created.of(id)
                .with("arn", r.arn("ec2", "route-table/" + id))
                .with("ownerId", r.account())
                .with("vpcId", inventory.vpcOwning(id).map(Inventory.Vpc::id).orElse(null))
                .with("routes", List.of());
    }

    /** Terraform's route id: {@code r-}, the table id and a hash of the destination. */
    private Created route(MockResource r) {
        String destination = r.optionalText("destinationCidrBlock")
                .or(() -> r.optionalText("destinationIpv6CidrBlock"))
                .or(() -> r.optionalText("destinationPrefixListId"))
                .orElse("");
        return Created.of("r-" + r.text("routeTableId") + AwsIds.digits(destination, 10))
                .with("origin", "CreateRoute")
                .with("state", "active");
    }

    private Created mainRouteTableAssociation(MockResource r) {
        return Created.of(r.id("rtbassoc"))
                .with("originalRouteTableId", Optional.ofNullable(inventory.vpcs.get(r.text("vpcId")))
                        .map(Inventory.Vpc::mainRouteTableId).orElse(null));
    }

    private Created elasticIp(MockResource r) {
        String id = r.id("eipalloc");
        String publicIp = r.optionalText("address").map(address -> {
            addresses.claimPublic(address, r.urn());
            return address;
        }).orElseGet(() -> addresses.allocatePublic(r.urn()));
        inventory.elasticIps.put(id, publicIp);
        Created created = Created.of(id)
                .with("allocationId", id)
                .with("publicIp", publicIp)
                .with("publicDns", "ec2-" + publicIp.replace('.', '-') + "." + Regions.publicDnsDomain(r.region()))
                .with("domain", "vpc")
                .with("publicIpv4Pool", "amazon")
                .with("networkBorderGroup", r.region())
                .with("arn", r.arn("ec2", "elastic-ip/" + id));
        associated(r).ifPresent(target -> created
                .with("associationId", r.id("eipassoc"))
                .with("networkInterface", target.id())
                .with("privateIp", r.optionalText("associateWithPrivateIp").orElse(target.privateIp())));
        return created;
    }

    private Created elasticIpAssociation(MockResource r) {
        Created created = Created.of(r.id("eipassoc"))
                .with("publicIp", inventory.elasticIps.get(r.text("allocationId")));
        associated(r).ifPresent(target -> created
                .with("networkInterfaceId", target.id())
                .with("privateIpAddress", r.optionalText("privateIpAddress").orElse(target.privateIp())));
        return created;
    }

    /** The interface an Elastic IP is associated with, through {@code instance} or {@code networkInterface(Id)}. */
    private Optional<Inventory.Interface> associated(MockResource r) {
        return r.optionalText("instance").or(() -> r.optionalText("instanceId")).map(inventory.instances::get)
                .or(() -> r.optionalText("networkInterface").or(() -> r.optionalText("networkInterfaceId"))
                        .map(inventory.networkInterfaces::get));
    }

    private Created natGateway(MockResource r) {
        String id = r.id("nat");
        String connectivity = r.optionalText("connectivityType").orElse("public");
        Created created = Created.of(id)
                .with("connectivityType", connectivity)
                .with("privateIp", privateAddress(r, r.text("subnetId"), r.optionalText("privateIp")).orElse(null))
                .with("networkInterfaceId", r.id("eni", "nat-interface"));
        if (connectivity.equals("public")) {
            created.with("publicIp", inventory.elasticIps.get(r.text("allocationId")))
                    .with("associationId", r.id("eipassoc"));
        }
        return created;
    }

    private Created securityGroup(MockResource r) {
        String id = r.id("sg");
        return Created.of(id)
                .with("arn", r.arn("ec2", "security-group/" + id))
                .with("ownerId", r.account())
                .with("name", r.physicalName(255, false))
                .with("description", "Managed by Pulumi")
                .with("ingress", List.of())
                .with("egress", List.of())
                .with("revokeRulesOnDelete", false);
    }

    private Created defaultSecurityGroup(MockResource r) {
        String id = Optional.ofNullable(inventory.vpcs.get(r.text("vpcId")))
                .map(Inventory.Vpc::defaultSecurityGroupId).orElseGet(() -> r.id("sg"));
        return Created.of(id)
                .with("arn", r.arn("ec2", "security-group/" + id))
                .with("ownerId", r.account())
                .with("name", "default")
                .with("description", "default VPC security group");
    }

    private Created securityGroupRule(MockResource r) {
        String id = r.id("sgr");
        return Created.of(id)
                .with("arn", r.arn("ec2", "security-group-rule/" + id))
                .with("securityGroupRuleId", id);
    }

    private Created networkAcl(MockResource r) {
        String id = r.id("acl");
        return Created.of(id)
                .with("arn", r.arn("ec2", "network-acl/" + id))
                .with("ownerId", r.account())
                .with("ingress", List.of())
                .with("egress", List.of());
    }

    private Created defaultNetworkAcl(MockResource r) {
        String id = r.optionalText("defaultNetworkAclId").orElseGet(() -> r.id("acl"));
        return Created.of(id)
                .with("arn", r.arn("ec2", "network-acl/" + id))
                .with("ownerId", r.account())
                .with("vpcId", inventory.vpcOwning(id).map(Inventory.Vpc::id).orElse(null));
    }

    private Created instance(MockResource r) {
        String id = r.id("i");
        String subnetId = r.text("subnetId");
        Optional<Inventory.Subnet> subnet = inventory.subnet(subnetId);
        Optional<String> privateIp = privateAddress(r, subnetId, r.optionalText("privateIp"));
        boolean isPublic = r.has("associatePublicIpAddress")
                ? r.flag("associatePublicIpAddress", false)
                : subnet.map(Inventory.Subnet::mapPublicIpOnLaunch).orElse(false);
        String interfaceId = r.id("eni", "primary-interface");
        inventory.instances.put(id, new Inventory.Interface(interfaceId, privateIp.orElse(""), subnetId));
        Created created = Created.of(id)
                .with("arn", r.arn("ec2", "instance/" + id))
                .with("availabilityZone", subnet.map(Inventory.Subnet::availabilityZone).orElse(null))
                .with("primaryNetworkInterfaceId", interfaceId)
                .with("privateIp", privateIp.orElse(null))
                .with("privateDns", privateIp.map(ip -> "ip-" + ip.replace('.', '-') + "." + Regions.privateDnsDomain(r.region()))
                        .orElse(null))
                .with("instanceState", "running")
                .with("tenancy", "default")
                .with("sourceDestCheck", true)
                .with("associatePublicIpAddress", isPublic);
        if (isPublic) {
            String publicIp = addresses.allocatePublic(r.urn() + "#public");
            created.with("publicIp", publicIp)
                    .with("publicDns", "ec2-" + publicIp.replace('.', '-') + "." + Regions.publicDnsDomain(r.region()));
        }
        return created;
    }

    private Created networkInterface(MockResource r) {
        String id = r.id("eni");
        String subnetId = r.text("subnetId");
        Optional<Inventory.Subnet> subnet = inventory.subnet(subnetId);
        Set<String> chosen = new LinkedHashSet<>();
        r.optionalText("privateIp").ifPresent(chosen::add);
        chosen.addAll(r.texts("privateIps"));
        chosen.addAll(r.texts("privateIpLists"));
        chosen.forEach(ip -> subnet.ifPresent(s -> addresses.claim(s.id(), s.cidr(), ip, r.urn() + "#" + ip)));
        Optional<String> privateIp = chosen.isEmpty()
                ? subnet.flatMap(s -> addresses.allocate(s.id(), s.cidr(), r.urn()))
                : chosen.stream().findFirst();
        inventory.networkInterfaces.put(id, new Inventory.Interface(id, privateIp.orElse(""), subnetId));
        String mac = AwsIds.hex(r.urn() + "#mac", 10).replaceAll("(..)(?!$)", "$1:");
        return Created.of(id)
                .with("arn", r.arn("ec2", "network-interface/" + id))
                .with("ownerId", r.account())
                .with("privateIp", privateIp.orElse(null))
                .with("privateIps", chosen.isEmpty() ? privateIp.map(List::of).orElse(List.of()) : List.copyOf(chosen))
                .with("macAddress", "02:" + mac)
                .with("interfaceType", "interface")
                .with("sourceDestCheck", true);
    }

    private Created peering(MockResource r) {
        String id = r.id("pcx");
        inventory.peerings.put(id, new Inventory.Peering(id, r.text("vpcId"), r.text("peerVpcId")));
        return Created.of(id)
                .with("acceptStatus", r.flag("autoAccept", false) ? "active" : "pending-acceptance")
                .with("peerOwnerId", r.account())
                .with("peerRegion", r.region());
    }

    private Created peeringAccepter(MockResource r) {
        String id = r.text("vpcPeeringConnectionId");
        Optional<Inventory.Peering> peering = Optional.ofNullable(inventory.peerings.get(id));
        return Created.of(id)
                .with("acceptStatus", "active")
                .with("vpcId", peering.map(Inventory.Peering::peerVpcId).orElse(null))
                .with("peerVpcId", peering.map(Inventory.Peering::vpcId).orElse(null))
                .with("peerOwnerId", r.account())
                .with("peerRegion", r.region());
    }

    /** The chosen address (claimed so that nothing else gets it), else one allocated from the subnet. */
    private Optional<String> privateAddress(MockResource r, String subnetId, Optional<String> chosen) {
        Optional<Inventory.Subnet> subnet = inventory.subnet(subnetId);
        if (chosen.isPresent()) {
            subnet.ifPresent(s -> addresses.claim(s.id(), s.cidr(), chosen.get(), r.urn()));
            return chosen;
        }
        return subnet.flatMap(s -> addresses.allocate(s.id(), s.cidr(), r.urn()));
    }
}
