package dev.plumbline.validator.check.routing;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Subnet;
import java.util.ArrayList;
import java.util.List;

/** Every subnet uses one route table: its explicit association or its VPC's main table. Without either, nothing leaves it. */
public final class SubnetWithoutRouteTable implements Rule {

    @Override
    public String id() {
        return "route.subnet-no-table";
    }

    @Override
    public String family() {
        return "routing";
    }

    @Override
    public String description() {
        return "a subnet with no explicit route table and no main route table in its VPC";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (Subnet subnet : context.topology().network().subnets()) {
            if (context.topology().effectiveRouteTable(subnet).isEmpty()) {
                out.add(Diagnostic.error(id(), subnet.origin(), subnet.label() + " has no route table: it has no explicit "
                        + "association and VPC " + subnet.vpcId() + " has no main route table, so its traffic goes nowhere",
                        "associate a route table with the subnet, or mark one table of the VPC as main"));
            }
        }
        return out;
    }
}
