package dev.plumbline.runner.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * Mocks of Amazon VPC Lattice: service networks and their VPC and service associations, services,
 * listeners and rules, target groups and attachments, auth and resource policies.
 *
 * <p>Ids and ARNs follow the <a href="https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/Welcome.html">Lattice
 * API</a> ({@code sn-}, {@code snva-}, {@code snsa-}, {@code svc-}, {@code listener-}, {@code rule-},
 * {@code tg-}; {@code arn:aws:vpc-lattice:REGION:ACCOUNT:service/svc-.../listener/listener-...});
 * the Terraform provider's composite ids are kept ({@code SERVICE/LISTENER},
 * {@code SERVICE/LISTENER/RULE}, {@code TARGET_GROUP/TARGET/PORT}). A service's DNS name is
 * {@code NAME-ID.HEX7.vpc-lattice-svcs.REGION.on.aws}, its ID without {@code svc-}. A listener
 * without a port gets its protocol's (HTTP 80, HTTPS 443). Unnamed resources get Pulumi's
 * auto-name in lower case, as Lattice requires.
 */
final class Lattice implements ResourceFamily {

    private final Inventory inventory;

    Lattice(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<String, Function<MockResource, Created>> handlers() {
        return Map.ofEntries(
                entry("aws:vpclattice/serviceNetwork:ServiceNetwork", r -> Created.of(r.id("sn"))
                        .with("arn", r.arn("vpc-lattice", "servicenetwork/" + r.id("sn")))
                        .with("name", r.physicalName(63, true))
                        .with("authType", "NONE")),
                entry("aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation", r -> Created.of(r.id("snva"))
                        .with("arn", r.arn("vpc-lattice", "servicenetworkvpcassociation/" + r.id("snva")))
                        .with("status", "ACTIVE")
                        .with("createdBy", r.account())),
                entry("aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation", this::serviceAssociation),
                entry("aws:vpclattice/service:Service", this::service),
                entry("aws:vpclattice/listener:Listener", this::listener),
                entry("aws:vpclattice/listenerRule:ListenerRule", this::rule),
                entry("aws:vpclattice/targetGroup:TargetGroup", r -> Created.of(r.id("tg"))
                        .with("arn", r.arn("vpc-lattice", "targetgroup/" + r.id("tg")))
                        .with("name", r.physicalName(128, true))
                        .with("status", "ACTIVE")),
                entry("aws:vpclattice/targetGroupAttachment:TargetGroupAttachment", this::attachment),
                entry("aws:vpclattice/authPolicy:AuthPolicy", r -> Created.of(r.text("resourceIdentifier"))
                        .with("state", "Active")),
                entry("aws:vpclattice/resourcePolicy:ResourcePolicy", r -> Created.of(r.text("resourceArn"))),
                entry("aws:vpclattice/accessLogSubscription:AccessLogSubscription", r -> Created.of(r.id("als"))
                        .with("arn", r.arn("vpc-lattice", "accesslogsubscription/" + r.id("als")))));
    }

    private Created service(MockResource r) {
        String id = r.id("svc");
        String name = r.physicalName(40, true);
        String arn = r.arn("vpc-lattice", "service/" + id);
        String domainName = name + "-" + id.substring("svc-".length()) + "." + AwsIds.hex(r.urn() + "#dns", 7)
                + ".vpc-lattice-svcs." + r.region() + ".on.aws";
        String zoneId = LoadBalancing.hostedZoneId("lattice|" + r.region());
        inventory.latticeServices.put(id, new Inventory.LatticeService(id, arn, domainName, zoneId));
        return Created.of(id)
                .with("arn", arn)
                .with("name", name)
                .with("status", "ACTIVE")
                .with("authType", "NONE")
                .with("dnsEntries", List.of(Map.of("domainName", domainName, "hostedZoneId", zoneId)));
    }

    private Created serviceAssociation(MockResource r) {
        String id = r.id("snsa");
        Created created = Created.of(id)
                .with("arn", r.arn("vpc-lattice", "servicenetworkserviceassociation/" + id))
                .with("status", "ACTIVE")
                .with("createdBy", r.account());
        inventory.latticeService(r.text("serviceIdentifier")).ifPresent(service -> created.with("dnsEntries",
                List.of(Map.of("domainName", service.domainName(), "hostedZoneId", service.hostedZoneId()))));
        return created;
    }

    private Created listener(MockResource r) {
        String serviceIdentifier = r.optionalText("serviceIdentifier").orElse(r.text("serviceArn"));
        String serviceId = lastSegment(serviceIdentifier);
        String serviceArn = inventory.latticeService(serviceIdentifier).map(Inventory.LatticeService::arn)
                .orElse(r.arn("vpc-lattice", "service/" + serviceId));
        String listenerId = r.id("listener");
        String protocol = r.text("protocol");
        Integer port = r.has("port") ? null : switch (protocol) {
            case "HTTP" -> 80;
            case "HTTPS" -> 443;
            default -> null;
        };
        return Created.of(serviceId + "/" + listenerId)
                .with("listenerId", listenerId)
                .with("arn", serviceArn + "/listener/" + listenerId)
                .with("serviceArn", serviceArn)
                .with("serviceIdentifier", serviceId)
                .with("name", r.physicalName(63, true))
                .with("port", port);
    }

    private Created rule(MockResource r) {
        String serviceIdentifier = r.text("serviceIdentifier");
        String serviceId = lastSegment(serviceIdentifier);
        String listenerId = lastSegment(r.text("listenerIdentifier"));
        String serviceArn = inventory.latticeService(serviceIdentifier).map(Inventory.LatticeService::arn)
                .orElse(r.arn("vpc-lattice", "service/" + serviceId));
        String ruleId = r.id("rule");
        return Created.of(serviceId + "/" + listenerId + "/" + ruleId)
                .with("ruleId", ruleId)
                .with("arn", serviceArn + "/listener/" + listenerId + "/rule/" + ruleId)
                .with("name", r.physicalName(63, true));
    }

    private Created attachment(MockResource r) {
        Map<String, Object> target = r.object("target");
        Object targetId = target.getOrDefault("id", "");
        Object port = target.get("port");
        String portText = port instanceof Number ? String.valueOf(((Number) port).longValue()) : "0";
        return Created.of(lastSegment(r.text("targetGroupIdentifier")) + "/" + targetId + "/" + portText);
    }

    /** The id in an id-or-ARN identifier ({@code svc-...} from {@code arn:...:service/svc-...}). */
    private static String lastSegment(String identifier) {
        return Optional.ofNullable(identifier).filter(i -> i.startsWith("arn:"))
                .map(arn -> arn.substring(arn.lastIndexOf('/') + 1)).orElse(identifier == null ? "" : identifier);
    }
}
