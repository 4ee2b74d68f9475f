package dev.plumbline;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.VpcEndpointConnectionAccepter;
import com.pulumi.aws.ec2.VpcEndpointConnectionAccepterArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.ec2.outputs.VpcEndpointDnsEntry;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.plumbline.internal.naming.ChildNames;
import dev.plumbline.internal.privatelink.CheckedConsumer;
import dev.plumbline.internal.privatelink.EndpointConsumerRules;
import dev.plumbline.internal.tagging.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consumer side of PrivateLink, type token {@value #TYPE}: an interface VPC endpoint in the
 * chosen subnets (one network interface per subnet, at most one subnet per zone) with its own
 * security group admitting the given client networks or security groups on the service's TCP
 * ports, private DNS where it works, and optionally the same-account acceptance of the connection.
 *
 * <p>AWS: https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html.
 * Assumption: the service offers the zones of the chosen subnets; AWS rejects the endpoint otherwise
 * (zone names differ between accounts, so this cannot be checked from names).
 */
public final class EndpointConsumer extends ComponentResource {

    /** The Pulumi type token. */
    public static final String TYPE = "plumbline:index:EndpointConsumer";

    /** The endpoint id (vpce-...). */
    @Export(name = "endpointId")
    @Import(name = "endpointId", required = true)
    public final Output<String> endpointId;

    /** The endpoint's DNS entries, each with dnsName and hostedZoneId. */
    @Export(name = "dnsEntries")
    @Import(name = "dnsEntries", required = true)
    public final Output<List<Map<String, String>>> dnsEntries;

    /** The subnets of the endpoint's network interfaces. */
    @Export(name = "subnetIds")
    @Import(name = "subnetIds", required = true)
    public final Output<List<String>> subnetIds;

    /** The endpoint's network interfaces, one per subnet. */
    @Export(name = "networkInterfaceIds")
    @Import(name = "networkInterfaceIds", required = true)
    public final Output<List<String>> networkInterfaceIds;

    /** The security group the component put on the endpoint. */
    @Export(name = "securityGroupId")
    @Import(name = "securityGroupId", required = true)
    public final Output<String> securityGroupId;

    /**
     * Validates {@code args} (throwing {@link dev.plumbline.internal.validation.InvalidArgsException}
     * before any child exists) and creates the endpoint.
     */
    public EndpointConsumer(String name, EndpointConsumerArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        CheckedConsumer consumer = EndpointConsumerRules.check(TYPE, name, args);
        ChildNames names = ChildNames.of(name);
        Tags tags = consumer.tags();

        Output<List<String>> cidrs = consumer.clientCidrBlocks().orElse(Output.of(List.of()));
        Output<List<String>> groups = consumer.clientSecurityGroupIds().orElse(Output.of(List.of()));
        List<SecurityGroupIngressArgs> ingress = new ArrayList<>();
        for (int port : consumer.ports()) {
            ingress.add(SecurityGroupIngressArgs.builder()
                    .description("clients of endpoint " + name + " on " + port)
                    .protocol("tcp")
                    .fromPort(port)
                    .toPort(port)
                    .cidrBlocks(cidrs)
                    .securityGroups(groups)
                    .build());
        }
        String sgName = names.child("sg");
        SecurityGroup securityGroup = new SecurityGroup(sgName, SecurityGroupArgs.builder()
                .description("Admits the clients of VPC endpoint " + name)
                .vpcId(consumer.vpcId())
                .ingress(ingress)
                .tags(tags.forChild(sgName))
                .build(), child());

        Output<List<String>> securityGroupIds = securityGroup.id().applyValue(List::of);
        if (consumer.additionalSecurityGroupIds().isPresent()) {
            securityGroupIds = Output.concatList(securityGroupIds, consumer.additionalSecurityGroupIds().get());
        }
        String endpointName = names.child("endpoint");
        VpcEndpointArgs.Builder endpoint = VpcEndpointArgs.builder()
                .vpcEndpointType("Interface")
                .serviceName(consumer.serviceName())
                .vpcId(consumer.vpcId())
                .subnetIds(Output.all(consumer.subnetIds()))
                .securityGroupIds(securityGroupIds)
                .privateDnsEnabled(consumer.privateDnsEnabled())
                .tags(tags.forChild(endpointName));
        consumer.serviceRegion().ifPresent(endpoint::serviceRegion);
        VpcEndpoint created = new VpcEndpoint(endpointName, endpoint.build(), child());

        consumer.sameAccountServiceId().ifPresent(serviceId -> new VpcEndpointConnectionAccepter(names.child("accept"),
                VpcEndpointConnectionAccepterArgs.builder()
                        .vpcEndpointServiceId(serviceId)
                        .vpcEndpointId(created.id())
                        .build(), child()));

        this.endpointId = created.id();
        this.dnsEntries = created.dnsEntries().applyValue(EndpointConsumer::dnsEntries);
        this.subnetIds = created.subnetIds();
        this.networkInterfaceIds = created.networkInterfaceIds();
        this.securityGroupId = securityGroup.id();
        registerOutputs(Map.of(
                "endpointId", endpointId,
                "dnsEntries", dnsEntries,
                "subnetIds", subnetIds,
                "networkInterfaceIds", networkInterfaceIds,
                "securityGroupId", securityGroupId));
    }

    private static List<Map<String, String>> dnsEntries(List<VpcEndpointDnsEntry> entries) {
        return entries.stream()
                .map(e -> Map.of("dnsName", e.dnsName().orElse(""), "hostedZoneId", e.hostedZoneId().orElse("")))
                .toList();
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }
}
