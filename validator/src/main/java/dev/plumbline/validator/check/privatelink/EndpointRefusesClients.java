package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Step;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Topology;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An interface endpoint whose security groups admit none of its clients. Traced with the
 * simulator from each client to the endpoint, on each TCP port the service's NLB listeners use
 * (443 when the service is not in the input, as for AWS services).
 *
 * <p>Who the clients are: the instances of the endpoint's VPC. A VPC with no instance in the input
 * (a plan that builds only the network, clients on Lambda or containers) is stood in for by one
 * host per subnet, which belongs to no security group; then the finding is a warning, since a
 * group-referencing rule may admit clients the input does not show. Clients in other VPCs (peered,
 * behind a transit gateway) are not considered. The endpoint is reported only when no client at
 * all gets through its security groups: admitting some clients and not others is taken to be
 * deliberate. Flows stopped before the endpoint (the client's own groups, a network ACL) are other
 * rules' findings.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html">Interface endpoint security groups</a>
 */
public final class EndpointRefusesClients implements Rule {

    static final int DEFAULT_PORT = 443;
    private static final int MAX_NAMED = 5;

    @Override
    public String id() {
        return "privatelink.endpoint-sg-blocks-clients";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "an interface endpoint whose security groups admit none of the clients in its VPC";
    }

    private record Client(Place place, String label) {
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (!(endpoint instanceof InterfaceEndpoint ie)) {
                continue;
            }
            List<Client> clients = instances(topology, ie);
            boolean standIns = clients.isEmpty();
            if (standIns) {
                clients = subnetHosts(topology, ie);
            }
            for (int port : ports(topology, ie)) {
                List<String> refused = new ArrayList<>();
                String why = "";
                boolean admitted = false;
                for (Client client : clients) {
                    Trace trace = context.simulator().trace(TraceRequest.tcp(client.place(), new Place.AtInterfaceEndpoint(ie), port));
                    if (trace.codes().contains(StepCode.ENDPOINT_SG_ALLOW)) {
                        admitted = true;
                        break;
                    }
                    Optional<Step> deny = trace.hops().stream().flatMap(h -> h.steps().stream())
                            .filter(s -> s.code() == StepCode.ENDPOINT_SG_DENY).findFirst();
                    if (deny.isPresent()) {
                        refused.add(client.label());
                        why = why.isEmpty() ? deny.get().detail() : why;
                    }
                }
                if (!admitted && !refused.isEmpty()) {
                    out.add(finding(topology, ie, port, refused, why, standIns));
                }
            }
        }
        return out;
    }

    private Diagnostic finding(Topology topology, InterfaceEndpoint endpoint, int port, List<String> refused, String why,
            boolean standIns) {
        String named = String.join(", ", refused.subList(0, Math.min(MAX_NAMED, refused.size())))
                + (refused.size() > MAX_NAMED ? " and " + (refused.size() - MAX_NAMED) + " more" : "");
        String cidrs = topology.vpc(endpoint.vpcId()).map(v -> String.join(", ", v.cidrs().stream().map(Object::toString).toList()))
                .orElse("the clients' CIDRs");
        String groups = endpoint.securityGroupIds().isEmpty()
                ? "the VPC's default security group (the endpoint names none of its own)"
                : String.join(", ", endpoint.securityGroupIds());
        String message = "the security groups of interface endpoint " + endpoint.label() + " admit none of its "
                + (standIns ? "clients on TCP " + port + ": the input has no instance in " + endpoint.vpcId()
                        + ", so a host in each subnet stands for them (" + named + ")"
                        : refused.size() + " client instance(s) on TCP " + port + " (" + named + ")")
                + "; " + why + ": clients reach the endpoint's interfaces with their own private addresses, so "
                + (standIns ? "clients the plan does not show may still be admitted by a group reference, but as "
                        + "planned every connection through the endpoint fails" : "every connection through the endpoint fails");
        String hint = "allow TCP " + port + " inbound from " + cidrs + " (or from the clients' security group) in " + groups;
        return standIns ? Diagnostic.warning(id(), endpoint.origin(), message, hint)
                : Diagnostic.error(id(), endpoint.origin(), message, hint);
    }

    private static List<Client> instances(Topology topology, InterfaceEndpoint endpoint) {
        List<Client> clients = new ArrayList<>();
        for (Instance instance : topology.network().instances()) {
            Optional<NetworkInterface> eni = topology.networkInterface(instance.primaryInterfaceId());
            if (eni.isPresent() && topology.vpcIdOf(eni.get()).equals(endpoint.vpcId())
                    && !endpoint.networkInterfaceIds().contains(eni.get().id())) {
                clients.add(new Client(new Place.AtInterface(eni.get()), instance.label() + " ("
                        + eni.get().privateIp().render() + ")"));
            }
        }
        return clients;
    }

    private static List<Client> subnetHosts(Topology topology, InterfaceEndpoint endpoint) {
        List<Client> clients = new ArrayList<>();
        for (Subnet subnet : topology.subnetsOf(endpoint.vpcId())) {
            Ipv4 address = freeAddress(topology, subnet);
            clients.add(new Client(new Place.SubnetHost(subnet, address, List.of()), "a host " + address + " in "
                    + subnet.label()));
        }
        return clients;
    }

    private static Ipv4 freeAddress(Topology topology, Subnet subnet) {
        Ipv4 candidate = subnet.firstUsableHost();
        while (subnet.cidr().contains(candidate.plus(1)) && !topology.interfacesWithPrivateIp(subnet.vpcId(), candidate).isEmpty()) {
            candidate = candidate.plus(1);
        }
        return candidate;
    }

    /** TCP ports the service's NLB listeners take, or 443 when the service or its listeners are not in the input. */
    private static List<Integer> ports(Topology topology, InterfaceEndpoint endpoint) {
        TreeSet<Integer> ports = new TreeSet<>();
        Optional<EndpointService> service = topology.serviceOf(endpoint);
        for (String arn : service.map(EndpointService::loadBalancerArns).orElse(List.of())) {
            if (topology.loadBalancer(arn).map(lb -> lb.type() == LoadBalancer.Type.NETWORK).orElse(false)) {
                for (Listener listener : topology.listenersOf(arn)) {
                    String protocol = listener.protocol().toUpperCase(Locale.ROOT);
                    if (listener.port() > 0 && (protocol.isEmpty() || protocol.startsWith("TCP") || protocol.equals("TLS"))) {
                        ports.add(listener.port());
                    }
                }
            }
        }
        if (ports.isEmpty()) {
            ports.add(DEFAULT_PORT);
        }
        return List.copyOf(ports);
    }
}
