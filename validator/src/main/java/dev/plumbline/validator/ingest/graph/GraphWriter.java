package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFields.NODES;
import static dev.plumbline.validator.ingest.graph.GraphFields.array;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes any {@link Network} as a graph file (the format {@link GraphReader} reads), so a network
 * read from an AWS snapshot or a Pulumi plan can be dumped, read back, edited by hand. Keys the
 * reader would fill in with the same value are left out (see {@link GraphDefaults}); everything
 * else is written, including the {@code local} and gateway-endpoint routes. Origins are not
 * written: read back, elements point into the written file.
 */
public final class GraphWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The network as pretty-printed graph JSON, ending with a newline. */
    public String write(Network network) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(toTree(network)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree did not serialise", e);
        }
    }

    public void write(Network network, Path file) throws IOException {
        Files.writeString(file, write(network), StandardCharsets.UTF_8);
    }

    /** The network as a graph JSON tree. */
    public ObjectNode toTree(Network network) {
        WriteContext context = new WriteContext(network);
        VpcWriter vpcWriter = new VpcWriter(context);
        EndpointWriter endpointWriter = new EndpointWriter(context);
        LoadBalancerWriter loadBalancerWriter = new LoadBalancerWriter(context);
        ObjectNode root = NODES.objectNode();
        root.put("$schema", GraphFormat.SCHEMA_URI);
        root.put("version", GraphFormat.VERSION);
        array(root, "vpcs", network.vpcs(), vpcWriter::vpc);
        array(root, "subnets", network.subnets(), vpcWriter::subnet);
        array(root, "routeTables", network.routeTables(), vpcWriter::routeTable);
        array(root, "internetGateways", network.internetGateways(), vpcWriter::internetGateway);
        array(root, "elasticIps", network.elasticIps(), vpcWriter::elasticIp);
        array(root, "natGateways", network.natGateways(), vpcWriter::natGateway);
        array(root, "networkInterfaces", network.networkInterfaces(), vpcWriter::networkInterface);
        array(root, "instances", network.instances(), vpcWriter::instance);
        array(root, "securityGroups", network.securityGroups(), FilterWriter::securityGroup);
        array(root, "networkAcls", network.networkAcls(), FilterWriter::networkAcl);
        array(root, "prefixLists", network.prefixLists(), vpcWriter::prefixList);
        array(root, "peeringConnections", network.peeringConnections(), vpcWriter::peeringConnection);
        array(root, "gatewayEndpoints", endpoints(network, GatewayEndpoint.class), endpointWriter::gatewayEndpoint);
        array(root, "interfaceEndpoints", endpoints(network, InterfaceEndpoint.class), endpointWriter::interfaceEndpoint);
        array(root, "gwlbEndpoints", endpoints(network, GwlbEndpoint.class), endpointWriter::gwlbEndpoint);
        array(root, "endpointServices", network.endpointServices(), endpointWriter::endpointService);
        array(root, "loadBalancers", network.loadBalancers(), loadBalancerWriter::loadBalancer);
        array(root, "targetGroups", network.targetGroups(), loadBalancerWriter::targetGroup);
        array(root, "listeners", network.listeners(), loadBalancerWriter::listener);
        array(root, "serviceNetworks", network.serviceNetworks(), LatticeWriter::serviceNetwork);
        array(root, "vpcAssociations", network.vpcAssociations(), LatticeWriter::vpcAssociation);
        array(root, "serviceAssociations", network.serviceAssociations(), LatticeWriter::serviceAssociation);
        array(root, "latticeServices", network.latticeServices(), LatticeWriter::latticeService);
        array(root, "latticeListeners", network.latticeListeners(), LatticeWriter::latticeListener);
        array(root, "latticeRules", network.latticeRules(), LatticeWriter::latticeRule);
        array(root, "latticeTargetGroups", network.latticeTargetGroups(), LatticeWriter::latticeTargetGroup);
        return root;
    }

    private static <T extends VpcEndpoint> List<T> endpoints(Network network, Class<T> kind) {
        return network.vpcEndpoints().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
