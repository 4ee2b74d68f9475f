package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;

/**
 * A VPC Lattice service. Its generated DNS name is
 * {@code <name>-<id>.<partition>.vpc-lattice-svcs.<region>.on.aws}; a custom domain name is optional.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/services.html">Services</a>
 */
public record LatticeService(String id, String arn, String name, Planned<String> dnsName, String customDomainName,
        AuthType authType, String authPolicy, Origin origin) implements Element {

    public LatticeService {
        arn = Canonical.text(arn);
        name = Canonical.text(name);
        dnsName = dnsName == null ? Planned.absent() : dnsName;
        customDomainName = Canonical.text(customDomainName);
        authType = authType == null ? AuthType.NONE : authType;
        authPolicy = Canonical.text(authPolicy);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "Lattice service";
    }
}
