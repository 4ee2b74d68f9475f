package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VPCs and what hangs off them directly: CIDR associations, subnets, internet gateways and their
 * attachments, Elastic IPs, NAT gateways and peering connections. Every VPC also gets what AWS
 * creates with it and a Pulumi program does not declare: its default network ACL (allows all),
 * its default security group (all from itself, all out) and its main route table (local routes
 * only) — unless the program manages them ({@code DefaultNetworkAcl}, {@code DefaultSecurityGroup},
 * {@code DefaultRouteTable}, a {@code MainRouteTableAssociation}).
 */
final class VpcMapping {

    static final String VPC = "aws:ec2/vpc:Vpc";
    static final String CIDR_ASSOCIATION = "aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation";
    static final String SUBNET = "aws:ec2/subnet:Subnet";
    static final String IGW = "aws:ec2/internetGateway:InternetGateway";
    static final String IGW_ATTACHMENT = "aws:ec2/internetGatewayAttachment:InternetGatewayAttachment";
    static final String EIP = "aws:ec2/eip:Eip";
    static final String EIP_ASSOCIATION = "aws:ec2/eipAssociation:EipAssociation";
    static final String NAT = "aws:ec2/natGateway:NatGateway";
    static final String PEERING = "aws:ec2/vpcPeeringConnection:VpcPeeringConnection";
    static final String PEERING_ACCEPTER = "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter";
    static final String VPN_GATEWAY = "aws:ec2/vpnGateway:VpnGateway";
    static final String TRANSIT_GATEWAY = "aws:ec2transitgateway/transitGateway:TransitGateway";

    /** The AZ id of each AZ name, as an offline run's mocks give them and previews lack them. */
    private final MappingContext ctx;
    final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    final Map<String, Subnet> subnets = new LinkedHashMap<>();

    VpcMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        for (PulumiResource r : ctx.ofType(VPC)) {
            vpc(r);
        }
        for (PulumiResource r : ctx.ofType(SUBNET)) {
            subnet(r);
        }
        for (PulumiResource r : ctx.ofType(IGW)) {
            internetGateway(r);
        }
        for (PulumiResource r : ctx.ofType(EIP)) {
            elasticIp(r);
        }
        for (PulumiResource r : ctx.ofType(NAT)) {
            natGateway(r);
        }
        for (PulumiResource r : ctx.ofType(PEERING)) {
            peering(r);
        }
    }

    private void vpc(PulumiResource r) {
        List<Prefix> cidrs = new ArrayList<>();
        JsonNode primary = r.value("cidrBlock");
        Optional<Prefix> main = ctx.cidr(r, primary, "cidrBlock");
        if (main.isEmpty()) {
            if (PulumiValues.isUnknown(primary) || primary == null) {
                ctx.error(r, "cidrBlock", "the VPC's CIDR is not known from the plan (IPAM-allocated?)",
                        "give the VPC an explicit cidrBlock so its routing can be simulated");
            }
            ctx.markMapped(r);
            return;
        }
        cidrs.add(main.get());
        String id = MappingContext.modelId(r);
        for (PulumiResource association : ctx.referencing(CIDR_ASSOCIATION, "vpcId", Set.of(VPC), id)) {
            ctx.cidr(association, association.value("cidrBlock"), "cidrBlock").ifPresent(cidrs::add);
            ctx.markMapped(association);
        }
        String account = MappingContext.text(r, "ownerId");
        Vpc vpc = new Vpc(id, r.name(), ctx.region, account, cidrs, r.origin(), r.provider());
        vpcs.put(id, vpc);
        ctx.net.add(vpc);
        ctx.markMapped(r);
        defaults(r, vpc);
    }

    /** The default ACL and security group AWS creates with every VPC, unless the program manages them. */
    private void defaults(PulumiResource r, Vpc vpc) {
        if (!managesDefault(r, FilterMapping.DEFAULT_ACL)) {
            String aclId = output(r, "defaultNetworkAclId", r.urn() + "#default-network-acl");
            ctx.net.add(new NetworkAcl(aclId, r.name() + " default ACL", vpc.id(), true, allowAllEntries(), List.of(),
                    r.origin()));
        }
        if (!managesDefault(r, FilterMapping.DEFAULT_SG)) {
            String groupId = output(r, "defaultSecurityGroupId", r.urn() + "#default-security-group");
            ctx.net.add(new SecurityGroup(groupId, "default", vpc.id(), true,
                    List.of(new SgRule(TrafficMatch.ALL, new SgPeer.Group(groupId, ""), "AWS default: all from itself", r.origin())),
                    List.of(new SgRule(TrafficMatch.ALL, new SgPeer.Cidr(Prefix.ANY), "AWS default: all out", r.origin())),
                    r.origin()));
        }
    }

    /**
     * Whether the program manages one of the VPC's default resources itself: a resource of
     * {@code type} whose VPC or default-resource id names this VPC, literally or through its
     * property dependencies.
     */
    boolean managesDefault(PulumiResource vpcResource, String type) {
        Set<String> names = new java.util.HashSet<>(List.of(MappingContext.modelId(vpcResource),
                output(vpcResource, "defaultNetworkAclId", "-"), output(vpcResource, "defaultSecurityGroupId", "-"),
                output(vpcResource, "defaultRouteTableId", "-"), output(vpcResource, "mainRouteTableId", "-")));
        names.remove("-");
        for (PulumiResource managed : ctx.ofType(type)) {
            for (String property : List.of("vpcId", "defaultNetworkAclId", "defaultRouteTableId")) {
                if (names.contains(MappingContext.text(managed, property))
                        || managed.dependenciesOf(property).contains(vpcResource.urn())) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<AclEntry> allowAllEntries() {
        return List.of(
                new AclEntry(100, false, TrafficMatch.ALL, Prefix.ANY, true, null),
                new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, false, TrafficMatch.ALL, Prefix.ANY, false, null),
                new AclEntry(100, true, TrafficMatch.ALL, Prefix.ANY, true, null),
                new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, true, TrafficMatch.ALL, Prefix.ANY, false, null));
    }

    static String output(PulumiResource r, String property, String fallback) {
        JsonNode value = r.outputs().get(property);
        return PulumiValues.isKnown(value) && value.isTextual() && !value.asText().isEmpty() ? value.asText() : fallback;
    }

    private void subnet(PulumiResource r) {
        Planned<String> vpcId = ctx.ref(r, "vpcId", Set.of(VPC));
        Optional<Prefix> cidr = ctx.cidr(r, r.value("cidrBlock"), "cidrBlock");
        ctx.markMapped(r);
        if (!vpcId.isKnown() || cidr.isEmpty()) {
            ctx.error(r, vpcId.isKnown() ? "cidrBlock" : "vpcId", "a subnet needs its VPC and its CIDR to be placed",
                    "set vpcId and cidrBlock (a CIDR computed at apply time cannot be simulated)");
            return;
        }
        String azName = MappingContext.text(r, "availabilityZone");
        JsonNode azIdValue = r.value("availabilityZoneId");
        Planned<String> azId = PulumiValues.isKnown(azIdValue) ? Planned.known(azIdValue.asText())
                : new Planned.Unknown<>(r.urn(), "availabilityZoneId");
        Subnet subnet = new Subnet(MappingContext.modelId(r), r.name(), vpcId.orElse(""), cidr.get(), azName, azId,
                MappingContext.bool(r, "mapPublicIpOnLaunch", false), r.origin());
        subnets.put(subnet.id(), subnet);
        ctx.net.add(subnet);
    }

    private void internetGateway(PulumiResource r) {
        List<String> vpcIds = new ArrayList<>();
        ctx.ref(r, "vpcId", Set.of(VPC)).toOptional().ifPresent(vpcIds::add);
        String id = MappingContext.modelId(r);
        for (PulumiResource attachment : ctx.referencing(IGW_ATTACHMENT, "internetGatewayId", Set.of(IGW), id)) {
            ctx.ref(attachment, "vpcId", Set.of(VPC)).toOptional().filter(v -> !vpcIds.contains(v)).ifPresent(vpcIds::add);
            ctx.markMapped(attachment);
        }
        ctx.net.add(new InternetGateway(id, r.name(), vpcIds, r.origin()));
        ctx.markMapped(r);
    }

    private void elasticIp(PulumiResource r) {
        String eni = ctx.ref(r, "networkInterface", Set.of(ComputeMapping.ENI)).orElse("");
        String instance = ctx.ref(r, "instance", Set.of(ComputeMapping.INSTANCE)).orElse("");
        String id = MappingContext.modelId(r);
        for (PulumiResource association : ctx.referencing(EIP_ASSOCIATION, "allocationId", Set.of(EIP), id)) {
            eni = ctx.ref(association, "networkInterfaceId", Set.of(ComputeMapping.ENI)).orElse(eni);
            instance = ctx.ref(association, "instanceId", Set.of(ComputeMapping.INSTANCE)).orElse(instance);
            ctx.markMapped(association);
        }
        Planned<Ipv4> publicIp = ctx.address(r, "publicIp");
        if (publicIp.isAbsent()) {
            publicIp = new Planned.Unknown<>(r.urn(), "publicIp");
        }
        ctx.net.add(new ElasticIp(id, r.name(), publicIp, eni, instance, ctx.address(r, "privateIp"), r.origin()));
        ctx.markMapped(r);
    }

    private void natGateway(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> subnetId = ctx.ref(r, "subnetId", Set.of(SUBNET));
        Subnet subnet = subnets.get(subnetId.orElse(""));
        if (subnet == null) {
            ctx.error(r, "subnetId", "the NAT gateway's subnet is not in the plan", "place it in a subnet of the plan");
            return;
        }
        boolean isPrivate = "private".equalsIgnoreCase(MappingContext.text(r, "connectivityType"));
        List<NatAddress> addresses = new ArrayList<>();
        Planned<String> allocation = ctx.ref(r, "allocationId", Set.of(EIP));
        Planned<Ipv4> publicIp = isPrivate ? Planned.absent() : publicIpOf(r, allocation);
        Planned<Ipv4> privateIp = ctx.address(r, "privateIp");
        if (privateIp.isAbsent()) {
            privateIp = new Planned.Unknown<>(r.urn(), "privateIp");
        }
        addresses.add(new NatAddress(privateIp, publicIp, allocation.orElse(""), true));
        List<JsonNode> secondaryIps = MappingContext.list(r.value("secondaryPrivateIpAddresses"));
        List<Planned<String>> resolved;
        if (PulumiValues.isUnknown(r.inputs().get("secondaryAllocationIds"))) {
            // A program passed the list as one Output: read it from the property's dependencies. (Only an
            // unknown input: the output of a NAT gateway without secondary addresses may be unknown too.)
            resolved = ctx.refList(r, "secondaryAllocationIds", Set.of(EIP));
        } else {
            List<JsonNode> secondaryIds = MappingContext.list(r.value("secondaryAllocationIds"));
            List<MappingContext.Slot> slots = new ArrayList<>();
            for (int i = 0; i < secondaryIds.size(); i++) {
                slots.add(new MappingContext.Slot(secondaryIds.get(i), Set.of(EIP), "", "secondaryAllocationIds[" + i + "]"));
            }
            resolved = ctx.refs(r, "secondaryAllocationIds", slots);
        }
        for (int i = 0; i < resolved.size(); i++) {
            Planned<Ipv4> ip = i < secondaryIps.size() && PulumiValues.isKnown(secondaryIps.get(i))
                    ? Ipv4.tryParse(secondaryIps.get(i).asText()).<Planned<Ipv4>>map(Planned::known)
                            .orElse(new Planned.Unknown<>(r.urn(), "secondaryPrivateIpAddresses[" + i + "]"))
                    : new Planned.Unknown<>(r.urn(), "secondaryPrivateIpAddresses[" + i + "]");
            addresses.add(new NatAddress(ip, publicIpOf(r, resolved.get(i)), resolved.get(i).orElse(""), false));
        }
        ctx.net.add(new NatGateway(MappingContext.modelId(r), r.name(), subnet.id(), subnet.vpcId(),
                isPrivate ? NatGateway.Connectivity.PRIVATE : NatGateway.Connectivity.PUBLIC,
                PulumiValues.isKnown(r.outputs().get("state")) ? r.outputs().get("state").asText() : "",
                addresses, r.origin()));
    }

    /** The public address of a NAT gateway's allocation: the Elastic IP's, which a preview does not know yet. */
    private Planned<Ipv4> publicIpOf(PulumiResource nat, Planned<String> allocation) {
        if (allocation.isAbsent()) {
            return Planned.absent();
        }
        Optional<PulumiResource> eip = ctx.byModelId(allocation.orElse(""));
        if (eip.isPresent()) {
            Planned<Ipv4> ip = ctx.address(eip.get(), "publicIp");
            return ip.isAbsent() ? new Planned.Unknown<>(eip.get().urn(), "publicIp") : ip;
        }
        if (allocation instanceof Planned.Unknown<String> unknown) {
            return new Planned.Unknown<>(unknown.resource(), "publicIp of allocation", unknown.reason());
        }
        return ctx.address(nat, "publicIp").isKnown() ? ctx.address(nat, "publicIp")
                : new Planned.Unknown<>(nat.urn(), "publicIp");
    }

    private void peering(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> requester = ctx.ref(r, "vpcId", Set.of(VPC));
        Planned<String> accepter = ctx.ref(r, "peerVpcId", Set.of(VPC));
        String status = MappingContext.text(r, "acceptStatus");
        String id = MappingContext.modelId(r);
        boolean acceptedInPlan = false;
        for (PulumiResource accepterResource : ctx.referencing(PEERING_ACCEPTER, "vpcPeeringConnectionId",
                Set.of(PEERING), id)) {
            acceptedInPlan = acceptedInPlan || MappingContext.bool(accepterResource, "autoAccept", false)
                    || "active".equals(MappingContext.text(accepterResource, "acceptStatus"));
            ctx.markMapped(accepterResource);
        }
        if (status.isEmpty() || PulumiValues.isUnknown(r.outputs().get("acceptStatus"))) {
            status = acceptedInPlan || MappingContext.bool(r, "autoAccept", false) ? "active" : "pending-acceptance";
        } else if (acceptedInPlan && status.equals("pending-acceptance")) {
            // The requester recorded its status when it was created; the accepter of the plan accepts it afterwards.
            status = "active";
        }
        List<Prefix> requesterCidrs = cidrsOf(requester);
        List<Prefix> accepterCidrs = cidrsOf(accepter);
        ctx.net.add(new PeeringConnection(id, r.name(), requester.orElse(""), requesterCidrs, accepter.orElse(""),
                accepterCidrs, status, r.origin()));
    }

    private List<Prefix> cidrsOf(Planned<String> vpcId) {
        Vpc vpc = vpcs.get(vpcId.orElse(""));
        return vpc == null ? List.of() : vpc.cidrs();
    }
}
