package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Ipv4;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps network interfaces ({@code describe-network-interfaces}) and instances
 * ({@code describe-instances}). An interface's owner ({@code attachedTo}) is its attached
 * instance; else the NAT gateway or VPC endpoint that lists it; else what its AWS-written
 * description names ({@code ELB net/name/id} for a load balancer node, {@code Interface for NAT
 * Gateway nat-...}, {@code VPC Endpoint Interface vpce-...}). An instance's interfaces are ordered
 * by device index (the primary, 0, first); one missing from describe-network-interfaces is read
 * from describe-instances instead, and noted.
 */
final class InterfaceMapper {

    private static final Pattern ELB_DESCRIPTION = Pattern.compile("^ELB ((?:app|net|gwy)/[^/\\s]+/[0-9a-z]+)$");
    private static final Pattern OWNER_IN_DESCRIPTION =
            Pattern.compile("^(?:Interface for NAT Gateway|VPC Endpoint Interface) ((?:nat|vpce)-[0-9a-z]+)$");

    private final IngestLog log;
    private final SnapshotIndex index;
    private final NetworkSink sink;
    private final Set<String> mapped = new HashSet<>();

    InterfaceMapper(IngestLog log, SnapshotIndex index, NetworkSink sink) {
        this.log = log;
        this.index = index;
        this.sink = sink;
    }

    void map(RegionSnapshot region) {
        for (Located eni : region.entries("NetworkInterfaces")) {
            networkInterface(eni, eni.text("SubnetId"), eni.text("VpcId"), owner(eni));
        }
        for (Located reservation : region.entries("Reservations")) {
            reservation.items("Instances").forEach(this::instance);
        }
    }

    private void instance(Located instance) {
        String id = instance.text("InstanceId");
        List<Located> interfaces = new ArrayList<>(instance.items("NetworkInterfaces"));
        interfaces.sort(Comparator.comparingInt(eni -> eni.child("Attachment").integer("DeviceIndex", Integer.MAX_VALUE)));
        List<String> ids = new ArrayList<>();
        for (Located eni : interfaces) {
            String eniId = eni.text("NetworkInterfaceId");
            ids.add(eniId);
            if (!mapped.contains(eniId)) {
                log.info(IngestLog.ASSUMED, eni.origin(), "network interface " + eniId + " of " + id
                        + " is not in describe-network-interfaces; read it from describe-instances", "");
                networkInterface(eni, eni.optionalText("SubnetId").orElse(instance.text("SubnetId")),
                        eni.optionalText("VpcId").orElse(instance.text("VpcId")), id);
            }
        }
        sink.add(new Instance(id, instance.name(), instance.text("SubnetId"), ids,
                instance.child("State").text("Name"), instance.origin()));
    }

    /**
     * The primary private address is the entry of {@code PrivateIpAddresses} marked
     * {@code Primary} (else {@code PrivateIpAddress}); the others are secondary. The public
     * address is the primary address's association (an auto-assigned public IP or an Elastic IP).
     */
    private void networkInterface(Located eni, String subnetId, String vpcId, String owner) {
        String id = eni.text("NetworkInterfaceId");
        Located primaryEntry = null;
        List<Ipv4> secondary = new ArrayList<>();
        Optional<Ipv4> primary = Optional.empty();
        for (Located entry : eni.items("PrivateIpAddresses")) {
            if (primaryEntry == null && entry.bool("Primary", false)) {
                primaryEntry = entry;
                primary = log.ipv4(entry, "PrivateIpAddress");
            } else {
                log.ipv4(entry, "PrivateIpAddress").ifPresent(secondary::add);
            }
        }
        if (primaryEntry == null && eni.has("PrivateIpAddress")) {
            primary = log.ipv4(eni, "PrivateIpAddress");
            Ipv4 first = primary.orElse(null);
            secondary.removeIf(ip -> ip.equals(first));
        }
        Optional<Ipv4> publicIp = eni.child("Association").has("PublicIp")
                ? log.ipv4(eni.child("Association"), "PublicIp")
                : primaryEntry != null ? log.optionalIpv4(primaryEntry.child("Association"), "PublicIp") : Optional.empty();
        if (!eni.items("Ipv6Addresses").isEmpty()) {
            log.skippedIpv6(eni.child("Ipv6Addresses"), "the IPv6 addresses of " + id);
        }
        mapped.add(id);
        sink.add(new NetworkInterface(id, eni.name(), subnetId, vpcId, eni.text("InterfaceType"), owner,
                Planned.ofNullable(primary.orElse(null)), secondary, Planned.ofNullable(publicIp.orElse(null)),
                eni.texts("Groups", "GroupId"), eni.bool("SourceDestCheck", true), eni.origin()));
    }

    private String owner(Located eni) {
        String instance = eni.child("Attachment").text("InstanceId");
        if (!instance.isEmpty()) {
            return instance;
        }
        Optional<String> listed = index.eniOwner(eni.text("NetworkInterfaceId"));
        if (listed.isPresent()) {
            return listed.get();
        }
        String description = eni.text("Description");
        Matcher elb = ELB_DESCRIPTION.matcher(description);
        if (elb.matches()) {
            return index.loadBalancerArn(elb.group(1)).orElse(elb.group(1));
        }
        Matcher named = OWNER_IN_DESCRIPTION.matcher(description);
        return named.matches() ? named.group(1) : "";
    }
}
