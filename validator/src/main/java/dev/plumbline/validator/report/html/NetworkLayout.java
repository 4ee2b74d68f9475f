package dev.plumbline.validator.report.html;

import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deterministic grid layout of a network for the HTML report. The internet sits on top; VPCs are
 * boxes in a grid (input order, row by row); inside a VPC its internet gateways come first, then
 * one column per availability zone with the zone's subnets stacked in input order, each subnet
 * holding chips for what lives in it (instances, NAT gateways, GWLB endpoints, interfaces of their
 * own); below the zones a row of route tables and a row of what spans zones (interface and gateway
 * endpoints, load balancers). VPC Lattice service networks, services and target groups form a
 * column on the right. Every chip is anchored by the ids a trace's hops carry; interfaces anchor at
 * their owner, so a path can be drawn from any trace. The same network always gives the same
 * picture.
 */
final class NetworkLayout {

    static final int CHIP_W = 168;
    static final int CHIP_H = 24;
    static final int GAP = 6;
    static final int PAD = 10;
    static final int SUBNET_HEAD = 34;
    static final int ZONE_HEAD = 18;
    static final int VPC_HEAD = 40;
    static final int ROW_HEAD = 16;
    static final int MARGIN = 20;
    static final int VPC_GAP = 28;

    /** A rectangle. */
    record Rect(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    /** A labelled frame: a VPC, a zone column's title, a subnet, a row of VPC-wide resources, the Lattice column. */
    record Box(String id, String kind, String title, String subtitle, Rect rect) {
    }

    /** A resource drawn as a small labelled rectangle; {@code kind} picks its colour. */
    record Chip(String id, String kind, String label, String tooltip, Rect rect) {
    }

    /** A static relation (attachment, association, endpoint to service), drawn faintly. */
    record Link(String from, String to) {
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<Chip> chips = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Rect> anchors = new HashMap<>();
    private double width;
    private double height;

    private final Network network;
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<String, List<Resident>> bySubnet = new HashMap<>();

    private NetworkLayout(Network network) {
        this.network = network;
        network.subnets().forEach(s -> subnets.put(s.id(), s));
        for (Instance instance : network.instances()) {
            reside(instance.subnetId(), new Resident(instance.id(), "instance", label(instance), "instance " + instance.label()));
        }
        for (NatGateway nat : network.natGateways()) {
            reside(nat.subnetId(), new Resident(nat.id(), "nat", "NAT " + label(nat), "NAT gateway " + nat.label()));
        }
        for (VpcEndpoint endpoint : network.vpcEndpoints()) {
            if (endpoint instanceof GwlbEndpoint gwlbe) {
                reside(gwlbe.subnetId(), new Resident(gwlbe.id(), "endpoint", "GWLBE " + label(gwlbe), "GWLB endpoint " + gwlbe.label()));
            }
        }
        for (NetworkInterface eni : network.networkInterfaces()) {
            if (eni.attachedTo().isEmpty()) {
                reside(eni.subnetId(), new Resident(eni.id(), "interface", label(eni), "network interface " + eni.label()));
            }
        }
    }

    private void reside(String subnetId, Resident resident) {
        bySubnet.computeIfAbsent(subnetId, k -> new ArrayList<>()).add(resident);
    }

    static NetworkLayout of(Network network) {
        NetworkLayout layout = new NetworkLayout(network);
        layout.build();
        return layout;
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Chip> chips() {
        return chips;
    }

    List<Link> links() {
        return links;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Where a hop with this node id is drawn, if anywhere. */
    Optional<Rect> anchor(String nodeId) {
        return Optional.ofNullable(anchors.get(nodeId));
    }

    // ---- building --------------------------------------------------------------------------------

    private void build() {
        Rect internet = new Rect(MARGIN, MARGIN, CHIP_W, CHIP_H);
        chip("internet", "internet", "internet", "the internet", internet);

        List<VpcBlock> blocks = network.vpcs().stream().map(this::block).toList();
        int columns = blocks.size() <= 3 ? Math.max(1, blocks.size()) : (int) Math.ceil(Math.sqrt(blocks.size()));
        double[] columnWidths = new double[columns];
        List<Double> rowHeights = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            int column = i % columns;
            int row = i / columns;
            columnWidths[column] = Math.max(columnWidths[column], blocks.get(i).width);
            if (rowHeights.size() <= row) {
                rowHeights.add(0.0);
            }
            rowHeights.set(row, Math.max(rowHeights.get(row), blocks.get(i).height));
        }
        double top = MARGIN + CHIP_H + 36;
        double right = MARGIN + CHIP_W;
        double y = top;
        for (int row = 0; row < rowHeights.size(); row++) {
            double x = MARGIN;
            for (int column = 0; column < columns; column++) {
                int index = row * columns + column;
                if (index >= blocks.size()) {
                    break;
                }
                blocks.get(index).place(x, y);
                x += columnWidths[column] + VPC_GAP;
                right = Math.max(right, x - VPC_GAP);
            }
            y += rowHeights.get(row) + VPC_GAP;
        }
        double bottom = Math.max(y - VPC_GAP, top);
        double latticeBottom = lattice(right + VPC_GAP, top);
        if (latticeBottom > top) {
            right = right + VPC_GAP + CHIP_W + 2 * PAD;
        }
        anchors.put("vpc-lattice", anchors.getOrDefault("vpc-lattice", internet));
        unplaced(right + VPC_GAP, top);
        peerings();
        width = Math.max(right, unplacedRight) + MARGIN;
        height = Math.max(Math.max(bottom, latticeBottom), unplacedBottom) + MARGIN;
    }

    /** A VPC's content, measured before it is placed. */
    private final class VpcBlock {
        final Vpc vpc;
        final List<InternetGateway> gateways;
        final TreeMap<String, List<Subnet>> zones = new TreeMap<>();
        final List<RouteTable> tables;
        final List<Element> spanning = new ArrayList<>();
        final Map<String, List<Resident>> residents = new LinkedHashMap<>();
        final int columns;
        double width;
        double height;

        VpcBlock(Vpc vpc) {
            this.vpc = vpc;
            this.gateways = network.internetGateways().stream().filter(g -> g.attachedVpcIds().contains(vpc.id())).toList();
            network.subnets().stream().filter(s -> s.vpcId().equals(vpc.id()))
                    .forEach(s -> zones.computeIfAbsent(s.azName().isEmpty() ? "(no AZ)" : s.azName(), k -> new ArrayList<>()).add(s));
            this.tables = network.routeTables().stream().filter(t -> t.vpcId().equals(vpc.id())).toList();
            for (VpcEndpoint endpoint : network.vpcEndpoints()) {
                if (endpoint instanceof GwlbEndpoint) {
                    continue;
                }
                if (vpcOf(endpoint).equals(vpc.id())) {
                    spanning.add(endpoint);
                }
            }
            network.loadBalancers().stream().filter(lb -> vpcOf(lb).equals(vpc.id())).forEach(spanning::add);
            zones.values().forEach(list -> list.forEach(s -> residents.put(s.id(), residentsOf(s))));
            columns = Math.max(1, zones.size());
            int wide = Math.max(columns, 2);
            double zoneWidth = CHIP_W + 2 * PAD;
            width = Math.max(wide * (zoneWidth + GAP) - GAP + 2 * PAD, 2 * PAD + 200);
            double zonesHeight = 0;
            for (List<Subnet> zone : zones.values()) {
                double h = ZONE_HEAD;
                for (Subnet subnet : zone) {
                    h += subnetHeight(residents.get(subnet.id()).size()) + GAP;
                }
                zonesHeight = Math.max(zonesHeight, h);
            }
            int perRow = (int) Math.max(1, Math.floor((width - 2 * PAD + GAP) / (CHIP_W + GAP)));
            height = VPC_HEAD + (gateways.isEmpty() ? 0 : CHIP_H + GAP) + zonesHeight + rowHeight(tables.size(), perRow)
                    + rowHeight(spanning.size(), perRow) + PAD;
        }

        void place(double x, double y) {
            Rect frame = new Rect(x, y, width, height);
            boxes.add(new Box(vpc.id(), "vpc", label(vpc), vpc.id() + "  " + String.join(", ",
                    vpc.cidrs().stream().map(Object::toString).toList()), frame));
            anchors.put(vpc.id(), new Rect(x, y, width, VPC_HEAD));
            double cy = y + VPC_HEAD;
            if (!gateways.isEmpty()) {
                double gx = x + PAD;
                for (InternetGateway gateway : gateways) {
                    chip(gateway.id(), "gateway", "IGW " + label(gateway), gateway.kind() + " " + gateway.label(),
                            new Rect(gx, cy, CHIP_W, CHIP_H));
                    links.add(new Link("internet", gateway.id()));
                    gx += CHIP_W + GAP;
                }
                cy += CHIP_H + GAP;
            }
            double zx = x + PAD;
            double zonesBottom = cy;
            for (Map.Entry<String, List<Subnet>> zone : zones.entrySet()) {
                boxes.add(new Box("zone:" + vpc.id() + ":" + zone.getKey(), "zone", zone.getKey(), "",
                        new Rect(zx, cy, CHIP_W + 2 * PAD, ZONE_HEAD)));
                double sy = cy + ZONE_HEAD;
                for (Subnet subnet : zone.getValue()) {
                    List<Resident> inside = residents.get(subnet.id());
                    Rect rect = new Rect(zx, sy, CHIP_W + 2 * PAD, subnetHeight(inside.size()));
                    boxes.add(new Box(subnet.id(), "subnet", label(subnet), subnet.cidr().toString(), rect));
                    anchors.put(subnet.id(), new Rect(zx, sy, rect.w(), SUBNET_HEAD));
                    double ry = sy + SUBNET_HEAD;
                    for (Resident resident : inside) {
                        chip(resident.id, resident.kind, resident.label, resident.tooltip, new Rect(zx + PAD, ry, CHIP_W, CHIP_H));
                        ry += CHIP_H + GAP;
                    }
                    sy += rect.h() + GAP;
                }
                zonesBottom = Math.max(zonesBottom, sy);
                zx += CHIP_W + 2 * PAD + GAP;
            }
            int perRow = (int) Math.max(1, Math.floor((width - 2 * PAD + GAP) / (CHIP_W + GAP)));
            double ry = zonesBottom;
            ry = row(x, ry, "route tables", tables.stream().map(t -> (Element) t).toList(), perRow);
            row(x, ry, "endpoints and load balancers", spanning, perRow);
        }

        private double row(double x, double y, String title, List<Element> elements, int perRow) {
            if (elements.isEmpty()) {
                return y;
            }
            boxes.add(new Box("row:" + vpc.id() + ":" + title, "row", title, "", new Rect(x + PAD, y, width - 2 * PAD, ROW_HEAD)));
            double cy = y + ROW_HEAD;
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                Rect rect = new Rect(x + PAD + (i % perRow) * (CHIP_W + GAP), cy + (i / perRow) * (CHIP_H + GAP), CHIP_W, CHIP_H);
                chip(e.id(), kindOf(e), prefix(e) + label(e), e.kind() + " " + e.label(), rect);
            }
            return y + rowHeight(elements.size(), perRow);
        }
    }

    private VpcBlock block(Vpc vpc) {
        return new VpcBlock(vpc);
    }

    private static double rowHeight(int count, int perRow) {
        if (count == 0) {
            return 0;
        }
        int rows = (count + perRow - 1) / perRow;
        return ROW_HEAD + rows * (CHIP_H + GAP);
    }

    private static double subnetHeight(int residents) {
        return SUBNET_HEAD + residents * (CHIP_H + GAP) + (residents == 0 ? 0 : PAD - GAP);
    }

    /** Something drawn inside a subnet, and the other ids (its interfaces) anchored at it. */
    private record Resident(String id, String kind, String label, String tooltip) {
    }

    /** Instances, then NAT gateways, then GWLB endpoints, then unattached interfaces, each in input order. */
    private List<Resident> residentsOf(Subnet subnet) {
        return bySubnet.getOrDefault(subnet.id(), List.of());
    }

    private void chip(String id, String kind, String label, String tooltip, Rect rect) {
        chips.add(new Chip(id, kind, label, tooltip, rect));
        anchors.putIfAbsent(id, rect);
    }

    /** VPC Lattice: service networks, services, target groups in one column; returns its bottom. */
    private double lattice(double x, double y) {
        List<Element> elements = new ArrayList<>();
        elements.addAll(network.serviceNetworks());
        elements.addAll(network.latticeServices());
        elements.addAll(network.latticeTargetGroups());
        if (elements.isEmpty()) {
            return y;
        }
        double h = VPC_HEAD + elements.size() * (CHIP_H + GAP) + PAD;
        Rect frame = new Rect(x, y, CHIP_W + 2 * PAD, h);
        boxes.add(new Box("vpc-lattice", "lattice", "VPC Lattice", "", frame));
        anchors.put("vpc-lattice", new Rect(x, y, frame.w(), VPC_HEAD));
        double cy = y + VPC_HEAD;
        for (Element e : elements) {
            chip(e.id(), "lattice", prefix(e) + label(e), e.kind() + " " + e.label(), new Rect(x + PAD, cy, CHIP_W, CHIP_H));
            cy += CHIP_H + GAP;
        }
        for (VpcAssociation association : network.vpcAssociations()) {
            links.add(new Link(association.vpcId(), association.serviceNetworkId()));
        }
        for (ServiceAssociation association : network.serviceAssociations()) {
            links.add(new Link(association.serviceNetworkId(), association.serviceId()));
        }
        for (LatticeTargetGroup group : network.latticeTargetGroups()) {
            for (LatticeTarget target : group.targets()) {
                links.add(new Link(group.id(), target.id()));
            }
        }
        return y + h;
    }

    private double unplacedRight;
    private double unplacedBottom;

    /** Anchors for interfaces (at their owner) and for what no box holds: load balancer targets' groups, peerings. */
    private void unplaced(double x, double y) {
        unplacedRight = 0;
        unplacedBottom = 0;
        for (NetworkInterface eni : network.networkInterfaces()) {
            if (!anchors.containsKey(eni.id())) {
                Rect owner = anchors.get(eni.attachedTo());
                if (owner == null) {
                    owner = anchors.get(eni.subnetId());
                }
                if (owner != null) {
                    anchors.put(eni.id(), owner);
                }
            }
        }
        for (VpcEndpoint endpoint : network.vpcEndpoints()) {
            if (endpoint instanceof InterfaceEndpoint ie && !ie.endpointServiceId().isEmpty()) {
                network.endpointServices().stream().filter(s -> s.id().equals(ie.endpointServiceId()))
                        .flatMap(s -> s.loadBalancerArns().stream()).forEach(lb -> links.add(new Link(ie.id(), lb)));
            }
            if (endpoint instanceof GwlbEndpoint gwlbe && !gwlbe.endpointServiceId().isEmpty()) {
                network.endpointServices().stream().filter(s -> s.id().equals(gwlbe.endpointServiceId()))
                        .flatMap(s -> s.loadBalancerArns().stream()).forEach(lb -> links.add(new Link(gwlbe.id(), lb)));
            }
        }
        for (TargetGroup group : network.targetGroups()) {
            network.listeners().stream().filter(l -> l.forwardTargetGroupArns().contains(group.id()))
                    .map(l -> anchors.get(l.loadBalancerArn())).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(lb -> anchors.putIfAbsent(group.id(), lb));
        }
        for (EndpointService service : network.endpointServices()) {
            service.loadBalancerArns().stream().map(anchors::get).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(lb -> anchors.putIfAbsent(service.id(), lb));
        }
    }

    private void peerings() {
        for (PeeringConnection peering : network.peeringConnections()) {
            Rect a = anchors.get(peering.requesterVpcId());
            Rect b = anchors.get(peering.accepterVpcId());
            if (a != null && b != null) {
                links.add(new Link(peering.requesterVpcId(), peering.accepterVpcId()));
                anchors.putIfAbsent(peering.id(), new Rect((a.cx() + b.cx()) / 2 - 4, (a.cy() + b.cy()) / 2 - 4, 8, 8));
            }
        }
    }

    // ---- naming ----------------------------------------------------------------------------------

    private String vpcOf(Element element) {
        if (element instanceof InterfaceEndpoint ie) {
            return !ie.vpcId().isEmpty() ? ie.vpcId() : ie.subnetIds().stream().map(this::vpcOfSubnet).findFirst().orElse("");
        }
        if (element instanceof GatewayEndpoint ge) {
            return ge.vpcId();
        }
        if (element instanceof GwlbEndpoint gwlbe) {
            return !gwlbe.vpcId().isEmpty() ? gwlbe.vpcId() : vpcOfSubnet(gwlbe.subnetId());
        }
        if (element instanceof LoadBalancer lb) {
            return !lb.vpcId().isEmpty() ? lb.vpcId()
                    : lb.zones().stream().map(LbZone::subnetId).map(this::vpcOfSubnet).findFirst().orElse("");
        }
        return "";
    }

    private String vpcOfSubnet(String subnetId) {
        Subnet subnet = subnets.get(subnetId);
        return subnet == null ? "" : subnet.vpcId();
    }

    private static String kindOf(Element e) {
        if (e instanceof LoadBalancer) {
            return "balancer";
        }
        if (e instanceof RouteTable) {
            return "table";
        }
        return "endpoint";
    }

    private static String prefix(Element e) {
        if (e instanceof LoadBalancer lb) {
            return switch (lb.type()) {
                case GATEWAY -> "GWLB ";
                case NETWORK -> "NLB ";
                default -> "ALB ";
            };
        }
        if (e instanceof InterfaceEndpoint) {
            return "VPCE ";
        }
        if (e instanceof GatewayEndpoint) {
            return "GW VPCE ";
        }
        if (e instanceof ServiceNetwork) {
            return "network ";
        }
        if (e instanceof LatticeService) {
            return "service ";
        }
        if (e instanceof LatticeTargetGroup) {
            return "TG ";
        }
        return "";
    }

    private static String label(Element e) {
        return e.name().isEmpty() ? e.id() : e.name();
    }
}
