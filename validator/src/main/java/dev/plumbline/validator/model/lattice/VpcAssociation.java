package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * A service network's association with a VPC. A VPC can be associated with only one service
 * network. Its security groups (up to five) gate the VPC's clients.
 */
public record VpcAssociation(String id, String serviceNetworkId, String vpcId, List<String> securityGroupIds,
        String status, Origin origin) implements Element {

    public VpcAssociation {
        securityGroupIds = Canonical.list(securityGroupIds);
        status = Canonical.text(status);
        origin = Canonical.origin(origin);
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public String kind() {
        return "service network VPC association";
    }
}
