package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;

/**
 * A VPC Lattice service network with its auth type and auth policy (IAM policy JSON, empty for
 * none). With {@code AWS_IAM} and no policy every request is denied.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/auth-policies.html">Auth policies</a>
 */
public record ServiceNetwork(String id, String arn, String name, AuthType authType, String authPolicy,
        Origin origin) implements Element {

    public ServiceNetwork {
        arn = Canonical.text(arn);
        name = Canonical.text(name);
        authType = authType == null ? AuthType.NONE : authType;
        authPolicy = Canonical.text(authPolicy);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "service network";
    }
}
