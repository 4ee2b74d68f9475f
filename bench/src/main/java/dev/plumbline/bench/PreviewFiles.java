package dev.plumbline.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic {@code pulumi preview --json} of a stack being created from scratch, of about
 * the asked number of resources: groups of a VPC with 8 subnets, an internet gateway, a NAT gateway
 * with its Elastic IP, public and private route tables with separate routes and associations, two
 * security groups (one referencing the other) and 8 instances. Every id is unknown and references
 * are linked through property dependencies, as Pulumi emits them for creates.
 */
public final class PreviewFiles {

    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    static final int RESOURCES_PER_GROUP = 1 + 8 + 1 + 2 + 2 + 1 + 8 + 2 + 8;

    private PreviewFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "preview-100k.json");
        int resources = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        write(file, resources);
        System.out.println("wrote " + file + " (" + Files.size(file) / 1_000_000 + " MB)");
    }

    public static void write(Path file, int resources) throws IOException {
        int groups = Math.max(1, resources / RESOURCES_PER_GROUP);
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"config\":{\"aws:region\":\"us-east-1\"},\"steps\":[");
            boolean first = true;
            for (int g = 0; g < groups; g++) {
                first = group(out, g, first);
            }
            out.write("],\"diagnostics\":[],\"changeSummary\":{\"create\":" + groups * RESOURCES_PER_GROUP + "}}");
        }
    }

    private static String urn(String type, String name) {
        return "urn:pulumi:dev::big::" + type + "::" + name;
    }

    private static boolean group(Writer out, int g, boolean first) throws IOException {
        int a = (g >> 4) & 255;
        int b = (g & 15) << 4;
        String n = "g" + g;
        String vpc = urn("aws:ec2/vpc:Vpc", n);
        first = step(out, first, vpc, "aws:ec2/vpc:Vpc", "{\"cidrBlock\":\"10." + a + "." + b + ".0/20\"}", "{}");
        String[] subnets = new String[8];
        for (int s = 0; s < 8; s++) {
            subnets[s] = urn("aws:ec2/subnet:Subnet", n + "-s" + s);
            first = step(out, first, subnets[s], "aws:ec2/subnet:Subnet", "{\"vpcId\":\"" + UNKNOWN + "\",\"cidrBlock\":\"10."
                    + a + "." + (b + s) + ".0/24\",\"availabilityZone\":\"us-east-1" + (char) ('a' + s % 2) + "\","
                    + "\"mapPublicIpOnLaunch\":" + (s < 2) + "}", "{\"vpcId\":[\"" + vpc + "\"]}");
        }
        String igw = urn("aws:ec2/internetGateway:InternetGateway", n);
        first = step(out, first, igw, "aws:ec2/internetGateway:InternetGateway", "{\"vpcId\":\"" + UNKNOWN + "\"}",
                "{\"vpcId\":[\"" + vpc + "\"]}");
        String eip = urn("aws:ec2/eip:Eip", n);
        first = step(out, first, eip, "aws:ec2/eip:Eip", "{\"domain\":\"vpc\"}", "{}");
        String nat = urn("aws:ec2/natGateway:NatGateway", n);
        first = step(out, first, nat, "aws:ec2/natGateway:NatGateway", "{\"subnetId\":\"" + UNKNOWN + "\",\"allocationId\":\""
                + UNKNOWN + "\"}", "{\"subnetId\":[\"" + subnets[0] + "\"],\"allocationId\":[\"" + eip + "\"]}");
        String[] tables = {urn("aws:ec2/routeTable:RouteTable", n + "-public"), urn("aws:ec2/routeTable:RouteTable", n + "-private")};
        for (String table : tables) {
            first = step(out, first, table, "aws:ec2/routeTable:RouteTable", "{\"vpcId\":\"" + UNKNOWN + "\"}",
                    "{\"vpcId\":[\"" + vpc + "\"]}");
        }
        first = step(out, first, urn("aws:ec2/route:Route", n + "-public"), "aws:ec2/route:Route", "{\"routeTableId\":\""
                + UNKNOWN + "\",\"destinationCidrBlock\":\"0.0.0.0/0\",\"gatewayId\":\"" + UNKNOWN + "\"}",
                "{\"routeTableId\":[\"" + tables[0] + "\"],\"gatewayId\":[\"" + igw + "\"]}");
        first = step(out, first, urn("aws:ec2/route:Route", n + "-private"), "aws:ec2/route:Route", "{\"routeTableId\":\""
                + UNKNOWN + "\",\"destinationCidrBlock\":\"0.0.0.0/0\",\"natGatewayId\":\"" + UNKNOWN + "\"}",
                "{\"routeTableId\":[\"" + tables[1] + "\"],\"natGatewayId\":[\"" + nat + "\"]}");
        for (int s = 0; s < 8; s++) {
            String table = tables[s < 2 ? 0 : 1];
            first = step(out, first, urn("aws:ec2/routeTableAssociation:RouteTableAssociation", n + "-s" + s),
                    "aws:ec2/routeTableAssociation:RouteTableAssociation", "{\"subnetId\":\"" + UNKNOWN + "\",\"routeTableId\":\""
                            + UNKNOWN + "\"}", "{\"subnetId\":[\"" + subnets[s] + "\"],\"routeTableId\":[\"" + table + "\"]}");
        }
        String web = urn("aws:ec2/securityGroup:SecurityGroup", n + "-web");
        String app = urn("aws:ec2/securityGroup:SecurityGroup", n + "-app");
        first = step(out, first, web, "aws:ec2/securityGroup:SecurityGroup", "{\"vpcId\":\"" + UNKNOWN + "\",\"ingress\":[{\"protocol\":"
                + "\"tcp\",\"fromPort\":443,\"toPort\":443,\"cidrBlocks\":[\"0.0.0.0/0\"]}],\"egress\":[{\"protocol\":\"-1\","
                + "\"fromPort\":0,\"toPort\":0,\"cidrBlocks\":[\"0.0.0.0/0\"]}]}", "{\"vpcId\":[\"" + vpc + "\"]}");
        first = step(out, first, app, "aws:ec2/securityGroup:SecurityGroup", "{\"vpcId\":\"" + UNKNOWN + "\",\"ingress\":[{\"protocol\":"
                + "\"tcp\",\"fromPort\":8080,\"toPort\":8080,\"securityGroups\":[\"" + UNKNOWN + "\"]}],\"egress\":[{\"protocol\":"
                + "\"-1\",\"fromPort\":0,\"toPort\":0,\"cidrBlocks\":[\"0.0.0.0/0\"]}]}",
                "{\"vpcId\":[\"" + vpc + "\"],\"ingress\":[\"" + web + "\"]}");
        for (int i = 0; i < 8; i++) {
            String subnet = subnets[i % 8];
            String group = i % 8 < 2 ? web : app;
            first = step(out, first, urn("aws:ec2/instance:Instance", n + "-i" + i), "aws:ec2/instance:Instance",
                    "{\"ami\":\"ami-0abcdef1234567890\",\"instanceType\":\"t3.micro\",\"subnetId\":\"" + UNKNOWN
                            + "\",\"vpcSecurityGroupIds\":[\"" + UNKNOWN + "\"]}",
                    "{\"subnetId\":[\"" + subnet + "\"],\"vpcSecurityGroupIds\":[\"" + group + "\"]}");
        }
        return first;
    }

    private static boolean step(Writer out, boolean first, String urn, String type, String inputs, String dependencies)
            throws IOException {
        if (!first) {
            out.write(',');
        }
        out.write("{\"op\":\"create\",\"urn\":\"" + urn + "\",\"provider\":\"urn:pulumi:dev::big::pulumi:providers:aws::default::"
                + UNKNOWN + "\",\"newState\":{\"urn\":\"" + urn + "\",\"custom\":true,\"type\":\"" + type + "\",\"inputs\":" + inputs
                + ",\"outputs\":" + inputs + ",\"parent\":\"urn:pulumi:dev::big::pulumi:pulumi:Stack::big-dev\","
                + "\"propertyDependencies\":" + dependencies + "},\"diffReasons\":[],\"detailedDiff\":null}");
        return false;
    }
}
