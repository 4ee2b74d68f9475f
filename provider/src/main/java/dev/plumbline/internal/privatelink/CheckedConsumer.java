package dev.plumbline.internal.privatelink;

import com.pulumi.core.Output;
import dev.plumbline.internal.tagging.Tags;
import java.util.List;
import java.util.Optional;

/** The arguments of a {@link dev.plumbline.EndpointConsumer} after validation, defaults applied. */
public record CheckedConsumer(
        Output<String> serviceName,
        Output<String> vpcId,
        List<Output<String>> subnetIds,
        List<Integer> ports,
        Optional<Output<List<String>>> clientCidrBlocks,
        Optional<Output<List<String>>> clientSecurityGroupIds,
        Optional<Output<List<String>>> additionalSecurityGroupIds,
        Output<Boolean> privateDnsEnabled,
        Optional<Output<String>> serviceRegion,
        Optional<Output<String>> sameAccountServiceId,
        Tags tags) {
}
