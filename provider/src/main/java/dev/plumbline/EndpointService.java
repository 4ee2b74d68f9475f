package dev.plumbline;

import com.pulumi.aws.ec2.VpcEndpointService;
import com.pulumi.aws.ec2.VpcEndpointServiceArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.TargetGroupAttachment;
import com.pulumi.aws.lb.TargetGroupAttachmentArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.plumbline.internal.naming.ChildNames;
import dev.plumbline.internal.privatelink.CheckedService;
import dev.plumbline.internal.privatelink.EndpointServiceRules;
import dev.plumbline.internal.tagging.Tags;
import java.util.List;
import java.util.Map;

/**
 * The provider side of PrivateLink, type token {@value #TYPE}: a VPC endpoint service in front of
 * an existing Network Load Balancer, or in front of one the component creates with a listener, a
 * target group and attachments per listener entry. Acceptance is required by default.
 *
 * <p>AWS: https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html. The
 * service exists only in the zones of its load balancer; consumers pick among the zones both sides
 * share (compare zone ids across accounts). A private DNS name is usable only after AWS verified the
 * domain's TXT record, which this component does not create.
 */
public final class EndpointService extends ComponentResource {

    /** The Pulumi type token. */
    public static final String TYPE = "plumbline:index:EndpointService";

    /** The service name consumers pass to their endpoints (com.amazonaws.vpce.&lt;region&gt;.vpce-svc-...). */
    @Export(name = "serviceName")
    @Import(name = "serviceName", required = true)
    public final Output<String> serviceName;

    /** The service id (vpce-svc-...), e.g. for an EndpointConsumer's sameAccountServiceId. */
    @Export(name = "serviceId")
    @Import(name = "serviceId", required = true)
    public final Output<String> serviceId;

    /** The Availability Zones the service is offered in (its load balancer's zones). */
    @Export(name = "availabilityZones")
    @Import(name = "availabilityZones", required = true)
    public final Output<List<String>> availabilityZones;

    /** The Network Load Balancer behind the service, given or created. */
    @Export(name = "networkLoadBalancerArn")
    @Import(name = "networkLoadBalancerArn", required = true)
    public final Output<String> networkLoadBalancerArn;

    /** The service's Regional DNS names. */
    @Export(name = "baseEndpointDnsNames")
    @Import(name = "baseEndpointDnsNames", required = true)
    public final Output<List<String>> baseEndpointDnsNames;

    /**
     * Validates {@code args} (throwing {@link dev.plumbline.internal.validation.InvalidArgsException}
     * before any child exists) and creates the service.
     */
    public EndpointService(String name, EndpointServiceArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        CheckedService service = EndpointServiceRules.check(TYPE, name, args);
        ChildNames names = ChildNames.of(name);
        Tags tags = service.tags();

        Output<String> nlbArn = service.existingLoadBalancerArn()
                .orElseGet(() -> createLoadBalancer(service.newLoadBalancer().orElseThrow(), names, tags));

        String serviceName = names.child("service");
        VpcEndpointServiceArgs.Builder endpointService = VpcEndpointServiceArgs.builder()
                .networkLoadBalancerArns(nlbArn.applyValue(List::of))
                .acceptanceRequired(service.acceptanceRequired())
                .tags(tags.forChild(serviceName));
        service.allowedPrincipals().ifPresent(endpointService::allowedPrincipals);
        service.privateDnsName().ifPresent(endpointService::privateDnsName);
        service.supportedRegions().ifPresent(endpointService::supportedRegions);
        service.supportedIpAddressTypes().ifPresent(endpointService::supportedIpAddressTypes);
        VpcEndpointService created = new VpcEndpointService(serviceName, endpointService.build(), child());

        this.serviceName = created.serviceName();
        this.serviceId = created.id();
        this.availabilityZones = created.availabilityZones();
        this.networkLoadBalancerArn = nlbArn;
        this.baseEndpointDnsNames = created.baseEndpointDnsNames();
        registerOutputs(Map.of(
                "serviceName", this.serviceName,
                "serviceId", serviceId,
                "availabilityZones", availabilityZones,
                "networkLoadBalancerArn", networkLoadBalancerArn,
                "baseEndpointDnsNames", baseEndpointDnsNames));
    }

    private Output<String> createLoadBalancer(CheckedService.NewLoadBalancer nlb, ChildNames names, Tags tags) {
        String nlbName = names.child("nlb");
        LoadBalancer loadBalancer = new LoadBalancer(nlbName, LoadBalancerArgs.builder()
                .loadBalancerType("network")
                .internal(true)
                .subnets(nlb.subnetIds())
                .enableCrossZoneLoadBalancing(nlb.crossZoneEnabled())
                .tags(tags.forChild(nlbName))
                .build(), child());
        for (CheckedService.Listener listener : nlb.listeners()) {
            String port = String.valueOf(listener.port());
            String tgName = names.child("tg", port);
            TargetGroup targetGroup = new TargetGroup(tgName, TargetGroupArgs.builder()
                    .protocol("TCP")
                    .port(listener.targetPort())
                    .vpcId(nlb.vpcId())
                    .targetType(nlb.targetType())
                    .tags(tags.forChild(tgName))
                    .build(), child());
            String listenerName = names.child("listener", port);
            ListenerArgs.Builder listenerArgs = ListenerArgs.builder()
                    .loadBalancerArn(loadBalancer.arn())
                    .port(listener.port())
                    .protocol(listener.protocol())
                    .defaultActions(ListenerDefaultActionArgs.builder()
                            .type("forward")
                            .targetGroupArn(targetGroup.arn())
                            .build())
                    .tags(tags.forChild(listenerName));
            listener.certificateArn().ifPresent(listenerArgs::certificateArn);
            new Listener(listenerName, listenerArgs.build(), child());
            nlb.targets().forEach((key, id) -> new TargetGroupAttachment(names.child("target", port, key),
                    TargetGroupAttachmentArgs.builder()
                            .targetGroupArn(targetGroup.arn())
                            .targetId(id)
                            .port(listener.targetPort())
                            .build(), child()));
        }
        return loadBalancer.arn();
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }
}
