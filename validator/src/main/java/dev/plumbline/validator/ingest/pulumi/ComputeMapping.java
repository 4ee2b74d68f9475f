package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.net.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Instances and network interfaces. An instance's primary interface is not a resource of the
 * plan: it is made here, in the instance's subnet, with the instance's security groups, private IP
 * (unknown until apply unless given) and public IP (when the instance or its subnet asks for one).
 */
final class ComputeMapping {

    static final String INSTANCE = "aws:ec2/instance:Instance";
    static final String ENI = "aws:ec2/networkInterface:NetworkInterface";
    static final String ENI_ATTACHMENT = "aws:ec2/networkInterfaceAttachment:NetworkInterfaceAttachment";

    private final MappingContext ctx;
    private final VpcMapping vpcs;

    ComputeMapping(MappingContext ctx, VpcMapping vpcs) {
        this.ctx = ctx;
        this.vpcs = vpcs;
    }

    void map() {
        for (PulumiResource r : ctx.ofType(INSTANCE)) {
            instance(r);
        }
        for (PulumiResource r : ctx.ofType(ENI)) {
            networkInterface(r);
        }
    }

    private void instance(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> subnetId = ctx.ref(r, "subnetId", Set.of(VpcMapping.SUBNET));
        Subnet subnet = vpcs.subnets.get(subnetId.orElse(""));
        if (subnet == null) {
            ctx.error(r, "subnetId", subnetId.isUnknown() ? "the instance's subnet cannot be told from the plan"
                    : "the instance has no subnet of the plan (an instance in the default VPC is not simulated)",
                    "set subnetId to a subnet of the plan");
            return;
        }
        String id = MappingContext.modelId(r);
        String eniId = VpcMapping.output(r, "primaryNetworkInterfaceId", r.urn() + "#primary-interface");
        List<String> groups = groups(r, "vpcSecurityGroupIds");
        Planned<Ipv4> privateIp = ctx.address(r, "privateIp");
        if (privateIp.isAbsent()) {
            privateIp = new Planned.Unknown<>(r.urn(), "privateIp");
        }
        Planned<Ipv4> publicIp = ctx.address(r, "publicIp");
        JsonNode associate = r.value("associatePublicIpAddress");
        boolean wantsPublic = PulumiValues.isKnown(associate) ? associate.asBoolean(false) : subnet.mapPublicIpOnLaunch();
        if (!publicIp.isKnown()) {
            publicIp = wantsPublic ? new Planned.Unknown<>(r.urn(), "publicIp") : Planned.absent();
        }
        List<Ipv4> secondary = new ArrayList<>();
        for (JsonNode ip : MappingContext.list(r.value("secondaryPrivateIps"))) {
            if (PulumiValues.isKnown(ip)) {
                Ipv4.tryParse(ip.asText()).ifPresent(secondary::add);
            }
        }
        ctx.net.add(new NetworkInterface(eniId, r.name(), subnet.id(), subnet.vpcId(), "interface", id, privateIp,
                secondary, publicIp, groups, MappingContext.bool(r, "sourceDestCheck", true), r.origin()));
        List<String> interfaces = new ArrayList<>(List.of(eniId));
        for (PulumiResource attachment : ctx.referencing(ENI_ATTACHMENT, "instanceId", Set.of(INSTANCE), id)) {
            ctx.markMapped(attachment);
            ctx.ref(attachment, "networkInterfaceId", Set.of(ENI)).toOptional().ifPresent(interfaces::add);
        }
        String state = MappingContext.text(r, "instanceState");
        ctx.net.add(new Instance(id, r.name(), subnet.id(), interfaces, state.isEmpty() ? "running" : state, r.origin()));
    }

    private void networkInterface(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> subnetId = ctx.ref(r, "subnetId", Set.of(VpcMapping.SUBNET));
        Subnet subnet = vpcs.subnets.get(subnetId.orElse(""));
        if (subnet == null) {
            ctx.error(r, "subnetId", "the network interface's subnet is not in the plan", "set subnetId to a subnet of the plan");
            return;
        }
        List<JsonNode> ips = MappingContext.list(r.value("privateIps"));
        Planned<Ipv4> primary = ctx.address(r, "privateIp");
        List<Ipv4> secondary = new ArrayList<>();
        for (JsonNode ip : ips) {
            Optional<Ipv4> parsed = PulumiValues.isKnown(ip) ? Ipv4.tryParse(ip.asText()) : Optional.empty();
            if (parsed.isPresent()) {
                if (primary.isAbsent()) {
                    primary = Planned.known(parsed.get());
                } else if (!parsed.get().equals(primary.orElse(null))) {
                    secondary.add(parsed.get());
                }
            }
        }
        if (primary.isAbsent()) {
            primary = new Planned.Unknown<>(r.urn(), "privateIp");
        }
        String attachedTo = "";
        for (PulumiResource attachment : ctx.referencing(ENI_ATTACHMENT, "networkInterfaceId", Set.of(ENI),
                MappingContext.modelId(r))) {
            attachedTo = ctx.ref(attachment, "instanceId", Set.of(INSTANCE)).orElse("");
        }
        ctx.net.add(new NetworkInterface(MappingContext.modelId(r), r.name(), subnet.id(), subnet.vpcId(), "interface",
                attachedTo, primary, secondary, Planned.absent(), groups(r, "securityGroups"),
                MappingContext.bool(r, "sourceDestCheck", true), r.origin()));
    }

    /** A list property of security group references, resolved together. */
    private List<String> groups(PulumiResource r, String property) {
        List<String> out = new ArrayList<>();
        for (Planned<String> group : ctx.refList(r, property, FilterMapping.GROUP_TYPES)) {
            if (group instanceof Planned.Unknown<String> unknown) {
                out.add(unknown.resource() + "#" + unknown.property());
                ctx.info(r, r.urn() + ": " + unknown.describe() + "; its rules are unknown to the simulator");
            } else {
                group.toOptional().ifPresent(out::add);
            }
        }
        return out;
    }
}
