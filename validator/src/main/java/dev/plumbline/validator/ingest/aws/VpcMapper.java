package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the VPC fabric: VPCs ({@code describe-vpcs}), subnets, internet gateways, Elastic IPs,
 * NAT gateways, VPC peering connections and prefix lists.
 */
final class VpcMapper {

    private final IngestLog log;
    private final SnapshotIndex index;
    private final NetworkSink sink;

    VpcMapper(IngestLog log, SnapshotIndex index, NetworkSink sink) {
        this.log = log;
        this.index = index;
        this.sink = sink;
    }

    void map(RegionSnapshot region) {
        region.entries("Vpcs").forEach(vpc -> vpc(region, vpc));
        region.entries("Subnets").forEach(subnet -> subnet(region, subnet));
        region.entries("InternetGateways").forEach(this::internetGateway);
        region.entries("Addresses").forEach(this::elasticIp);
        region.entries("NatGateways").forEach(this::natGateway);
        region.entries("VpcPeeringConnections").forEach(this::peering);
        prefixLists(region);
    }

    /**
     * Only CIDR blocks whose association is {@code associated} carry traffic; a block being
     * associated, disassociated or failed is noted and left out.
     */
    private void vpc(RegionSnapshot region, Located vpc) {
        String id = vpc.text("VpcId");
        List<Prefix> cidrs = new ArrayList<>();
        log.prefix(vpc, "CidrBlock").ifPresent(cidrs::add);
        for (Located association : vpc.items("CidrBlockAssociationSet")) {
            String state = association.child("CidrBlockState").text("State");
            String cidrText = association.text("CidrBlock");
            if (!state.isEmpty() && !"associated".equals(state)) {
                log.info(IngestLog.SKIPPED, association.origin(),
                        "skipped CIDR " + cidrText + " of " + id + ": its association is " + state, "");
                continue;
            }
            if (!cidrText.equals(vpc.text("CidrBlock"))) {
                log.prefix(association, "CidrBlock").filter(p -> !cidrs.contains(p)).ifPresent(cidrs::add);
            }
        }
        if (!vpc.items("Ipv6CidrBlockAssociationSet").isEmpty()) {
            log.skippedIpv6(vpc.child("Ipv6CidrBlockAssociationSet"), "the IPv6 CIDR blocks of " + id);
        }
        sink.add(new Vpc(id, vpc.name(), region.region(), vpc.text("OwnerId"), cidrs, vpc.origin()));
    }

    private void subnet(RegionSnapshot region, Located subnet) {
        String id = subnet.text("SubnetId");
        if (!subnet.has("CidrBlock")) {
            log.skippedIpv6(subnet, "IPv6-only subnet " + id);
            return;
        }
        if (!subnet.items("Ipv6CidrBlockAssociationSet").isEmpty()) {
            log.skippedIpv6(subnet.child("Ipv6CidrBlockAssociationSet"), "the IPv6 CIDR blocks of " + id);
        }
        String azName = subnet.text("AvailabilityZone");
        Planned<String> azId = subnet.optionalText("AvailabilityZoneId")
                .or(() -> index.azId(region.region(), azName))
                .<Planned<String>>map(Planned::known)
                .orElse(Planned.absent());
        log.prefix(subnet, "CidrBlock").ifPresent(cidr -> sink.add(new Subnet(id, subnet.name(), subnet.text("VpcId"),
                cidr, azName, azId, subnet.bool("MapPublicIpOnLaunch", false), subnet.origin())));
    }

    /** An attachment in state {@code available} (what the API reports once attached) or {@code attached} counts. */
    private void internetGateway(Located igw) {
        List<String> attached = new ArrayList<>();
        for (Located attachment : igw.items("Attachments")) {
            String state = attachment.text("State");
            if ("available".equals(state) || "attached".equals(state)) {
                attached.add(attachment.text("VpcId"));
            }
        }
        sink.add(new InternetGateway(igw.text("InternetGatewayId"), igw.name(), attached, igw.origin()));
    }

    private void elasticIp(Located address) {
        Optional<Ipv4> publicIp = log.ipv4(address, "PublicIp");
        Optional<Ipv4> privateIp = log.optionalIpv4(address, "PrivateIpAddress");
        String id = address.optionalText("AllocationId").orElse(address.text("PublicIp"));
        sink.add(new ElasticIp(id, address.name(), Planned.ofNullable(publicIp.orElse(null)),
                address.text("NetworkInterfaceId"), address.text("InstanceId"),
                Planned.ofNullable(privateIp.orElse(null)), address.origin()));
    }

    /**
     * The primary address is the one marked {@code IsPrimary}; older output has no such flag and
     * lists the primary first. Addresses whose assignment failed are left out.
     */
    private void natGateway(Located nat) {
        String id = nat.text("NatGatewayId");
        if (!nat.has("SubnetId")) {
            log.info(IngestLog.SKIPPED, nat.origin(),
                    "skipped NAT gateway " + id + ": it names no subnet (regional NAT gateways are not modelled)", "");
            return;
        }
        List<Located> entries = nat.items("NatGatewayAddresses");
        boolean flagged = entries.stream().anyMatch(a -> a.has("IsPrimary"));
        List<NatAddress> addresses = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Located address = entries.get(i);
            if ("failed".equals(address.text("Status"))) {
                log.info(IngestLog.SKIPPED, address.origin(), "skipped an address of " + id + ": its assignment failed", "");
                continue;
            }
            Optional<Ipv4> privateIp = log.optionalIpv4(address, "PrivateIp");
            Optional<Ipv4> publicIp = log.optionalIpv4(address, "PublicIp");
            boolean primary = flagged ? address.bool("IsPrimary", false) : i == 0;
            addresses.add(new NatAddress(Planned.ofNullable(privateIp.orElse(null)),
                    Planned.ofNullable(publicIp.orElse(null)), address.text("AllocationId"), primary));
        }
        NatGateway.Connectivity connectivity = "private".equals(nat.text("ConnectivityType"))
                ? NatGateway.Connectivity.PRIVATE : NatGateway.Connectivity.PUBLIC;
        sink.add(new NatGateway(id, nat.name(), nat.text("SubnetId"), nat.text("VpcId"), connectivity,
                nat.text("State"), addresses, nat.origin()));
    }

    private void peering(Located peering) {
        Located requester = peering.child("RequesterVpcInfo");
        Located accepter = peering.child("AccepterVpcInfo");
        sink.add(new PeeringConnection(peering.text("VpcPeeringConnectionId"), peering.name(),
                requester.text("VpcId"), peeringCidrs(requester), accepter.text("VpcId"), peeringCidrs(accepter),
                peering.child("Status").text("Code"), peering.origin()));
    }

    /** A side's IPv4 CIDRs: {@code CidrBlockSet}, or the single {@code CidrBlock} in older output. */
    private List<Prefix> peeringCidrs(Located side) {
        List<Prefix> cidrs = new ArrayList<>();
        List<Located> set = side.items("CidrBlockSet");
        if (set.isEmpty()) {
            if (side.has("CidrBlock")) {
                log.prefix(side, "CidrBlock").ifPresent(cidrs::add);
            }
        } else {
            for (Located block : set) {
                log.prefix(block, "CidrBlock").filter(p -> !cidrs.contains(p)).ifPresent(cidrs::add);
            }
        }
        return cidrs;
    }

    /**
     * {@code describe-prefix-lists} lists the AWS service lists with their CIDRs;
     * {@code describe-managed-prefix-lists} lists customer and AWS lists without entries, which
     * come from the keyed {@code PrefixListEntries}. A list owned by {@code AWS} (or with no
     * owner, as in describe-prefix-lists) is AWS-managed.
     */
    private void prefixLists(RegionSnapshot region) {
        Map<String, List<Located>> entriesById = new HashMap<>();
        for (Located keyed : region.entries("PrefixListEntries")) {
            entriesById.computeIfAbsent(keyed.text("PrefixListId"), k -> new ArrayList<>()).addAll(keyed.items("Entries"));
        }
        for (Located list : region.entries("PrefixLists")) {
            String id = list.text("PrefixListId");
            if ("IPv6".equals(list.text("AddressFamily"))) {
                log.skippedIpv6(list, "IPv6 prefix list " + id);
                continue;
            }
            List<Prefix> cidrs = new ArrayList<>();
            for (Located cidr : list.items("Cidrs")) {
                log.prefix(cidr).filter(p -> !cidrs.contains(p)).ifPresent(cidrs::add);
            }
            for (Located entry : entriesById.getOrDefault(id, List.of())) {
                log.prefix(entry, "Cidr").filter(p -> !cidrs.contains(p)).ifPresent(cidrs::add);
            }
            boolean awsManaged = !list.has("OwnerId") || "AWS".equals(list.text("OwnerId"));
            if (!list.has("Cidrs") && !entriesById.containsKey(id)) {
                log.warn(IngestLog.ASSUMED, list.origin(), "prefix list " + id + " has no entries in the snapshot",
                        "add its get-managed-prefix-list-entries output to PrefixListEntries");
            }
            sink.add(new PrefixList(id, list.text("PrefixListName"), cidrs, list.integer("MaxEntries", cidrs.size()), awsManaged, list.origin()));
        }
    }
}
