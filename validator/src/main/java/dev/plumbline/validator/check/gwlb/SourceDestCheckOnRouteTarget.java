package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An appliance that route tables send traffic to directly (a network interface or instance route
 * target) while its source/destination check is on: the interface drops every packet not
 * addressed to itself, so all traffic those routes carry is lost. Appliances behind a GWLB do not
 * need the check off for GENEVE (it is addressed to them), but do as soon as a route points at
 * them; the same holds for any firewall or NAT instance, so every such route target is checked.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_NAT_Instance.html#EIP_Disable_SrcDestCheck">Source/destination check</a>
 */
public final class SourceDestCheckOnRouteTarget implements Rule {

    @Override
    public String id() {
        return "appliance.source-dest-check";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return "an appliance that routes send traffic to, with its source/destination check on";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        Set<String> appliances = InspectionLayout.applianceInterfaces(topology);
        Map<String, List<String>> routesByInterface = new LinkedHashMap<>();
        Map<String, NetworkInterface> interfaces = new LinkedHashMap<>();
        for (RouteTable table : topology.network().routeTables()) {
            for (Route route : table.routes()) {
                if (route.blackhole()) {
                    continue;
                }
                Optional<NetworkInterface> eni = interfaceOf(topology, route.target());
                if (eni.isPresent() && eni.get().sourceDestCheck()) {
                    interfaces.putIfAbsent(eni.get().id(), eni.get());
                    routesByInterface.computeIfAbsent(eni.get().id(), k -> new ArrayList<>())
                            .add(route.render() + " in " + table.label());
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : routesByInterface.entrySet()) {
            NetworkInterface eni = interfaces.get(entry.getKey());
            Element owner = topology.instanceOf(eni).filter(i -> i.primaryInterfaceId().equals(eni.id()))
                    .<Element>map(i -> i).orElse(eni);
            String what = (appliances.contains(eni.id()) ? "GWLB appliance " : "appliance ") + owner.label()
                    + (owner == eni ? "" : " (" + eni.id() + ")");
            out.add(Diagnostic.error(id(), owner.origin().isKnown() ? owner.origin() : eni.origin(), "route(s) "
                    + String.join("; ", entry.getValue()) + " send traffic to " + what
                    + ", whose source/destination check is on: it drops every packet not addressed to itself, so the "
                    + "traffic these routes carry is lost",
                    "turn off the source/destination check on " + eni.id()
                            + " (ModifyNetworkInterfaceAttribute --no-source-dest-check; sourceDestCheck: false)"));
        }
        return out;
    }

    private static Optional<NetworkInterface> interfaceOf(Topology topology, RouteTarget target) {
        if (target instanceof RouteTarget.NetworkInterface eni) {
            return topology.networkInterface(eni.targetId());
        }
        if (target instanceof RouteTarget.Instance instance) {
            return topology.instance(instance.targetId()).map(Instance::primaryInterfaceId).flatMap(topology::networkInterface);
        }
        return Optional.empty();
    }
}
