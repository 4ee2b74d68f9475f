#!/usr/bin/env python3
"""Writes preview.json: a hand-designed `pulumi preview --json` of a stack created from scratch (see README.md)."""
import json
U = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
P = "urn:pulumi:dev::edge::"
def urn(t, n): return P + t + "::" + n
STACK = urn("pulumi:pulumi:Stack", "edge-dev")
PROV = urn("pulumi:providers:aws", "default_6_83_0")
steps = []
def step(op, t, n, inputs, outputs, deps=None, pdeps=None, id=None, parent=STACK, custom=True):
    u = urn(t, n)
    ns = {"urn": u, "custom": custom, "type": t, "inputs": inputs, "outputs": outputs, "parent": parent,
          "provider": PROV + "::" + U if custom else ""}
    if id: ns["id"] = id
    if deps: ns["dependencies"] = deps
    if pdeps is not None: ns["propertyDependencies"] = pdeps
    steps.append({"op": op, "urn": u, "provider": ns["provider"], "newState": ns, "diffReasons": [], "replaceReasons": [], "detailedDiff": None})
    return u
steps.append({"op": "create", "urn": STACK, "newState": {"urn": STACK, "custom": False, "type": "pulumi:pulumi:Stack", "outputs": {}}})
steps.append({"op": "create", "urn": PROV, "newState": {"urn": PROV, "custom": True, "type": "pulumi:providers:aws", "inputs": {"region": "us-east-1", "version": "6.83.0"}, "outputs": {"region": "us-east-1", "version": "6.83.0"}}})
vpc = step("create", "aws:ec2/vpc:Vpc", "main", {"__defaults": ["enableDnsSupport"], "cidrBlock": "10.0.0.0/16", "enableDnsSupport": True, "tags": {"Name": "main"}},
           {"arn": U, "cidrBlock": "10.0.0.0/16", "id": U, "mainRouteTableId": U, "defaultNetworkAclId": U, "defaultSecurityGroupId": U, "ownerId": U}, pdeps={"cidrBlock": None, "tags": None})
sa = step("create", "aws:ec2/subnet:Subnet", "public-a", {"vpcId": U, "cidrBlock": "10.0.0.0/24", "availabilityZone": "us-east-1a", "mapPublicIpOnLaunch": True},
          {"vpcId": U, "cidrBlock": "10.0.0.0/24", "availabilityZone": "us-east-1a", "availabilityZoneId": U, "id": U, "mapPublicIpOnLaunch": True}, deps=[vpc], pdeps={"vpcId": [vpc], "cidrBlock": None})
sb = step("create", "aws:ec2/subnet:Subnet", "app-a", {"vpcId": U, "cidrBlock": "10.0.1.0/24", "availabilityZone": "us-east-1a"},
          {"vpcId": U, "cidrBlock": "10.0.1.0/24", "availabilityZone": "us-east-1a", "availabilityZoneId": U, "id": U, "mapPublicIpOnLaunch": False}, deps=[vpc], pdeps={"vpcId": [vpc]})
igw = step("create", "aws:ec2/internetGateway:InternetGateway", "gw", {"vpcId": U}, {"vpcId": U, "id": U, "arn": U}, deps=[vpc], pdeps={"vpcId": [vpc]})
eip = step("create", "aws:ec2/eip:Eip", "nat-eip", {"domain": "vpc"}, {"domain": "vpc", "publicIp": U, "allocationId": U, "id": U})
nat = step("create", "aws:ec2/natGateway:NatGateway", "nat", {"subnetId": U, "allocationId": U}, {"subnetId": U, "allocationId": U, "privateIp": U, "publicIp": U, "id": U}, deps=[sa, eip], pdeps={"subnetId": [sa], "allocationId": [eip]})
rtp = step("create", "aws:ec2/routeTable:RouteTable", "public", {"vpcId": U, "routes": [{"cidrBlock": "0.0.0.0/0", "gatewayId": U}]},
           {"vpcId": U, "routes": [{"cidrBlock": "0.0.0.0/0", "gatewayId": U}], "id": U}, deps=[vpc, igw], pdeps={"vpcId": [vpc], "routes": [igw]})
rta = step("create", "aws:ec2/routeTable:RouteTable", "app", {"vpcId": U}, {"vpcId": U, "id": U, "routes": U}, deps=[vpc], pdeps={"vpcId": [vpc]})
step("create", "aws:ec2/route:Route", "app-default", {"routeTableId": U, "destinationCidrBlock": "0.0.0.0/0", "natGatewayId": U},
     {"routeTableId": U, "destinationCidrBlock": "0.0.0.0/0", "natGatewayId": U, "id": U}, deps=[rta, nat], pdeps={"routeTableId": [rta], "natGatewayId": [nat]})
step("create", "aws:ec2/routeTableAssociation:RouteTableAssociation", "public-a", {"subnetId": U, "routeTableId": U}, {"subnetId": U, "routeTableId": U, "id": U},
     deps=[sa, rtp], pdeps={"subnetId": [sa], "routeTableId": [rtp]})
step("create", "aws:ec2/routeTableAssociation:RouteTableAssociation", "app-a", {"subnetId": U, "routeTableId": U}, {"subnetId": U, "routeTableId": U, "id": U},
     deps=[sb, rta], pdeps={"subnetId": [sb], "routeTableId": [rta]})
web = step("create", "aws:ec2/securityGroup:SecurityGroup", "web", {"vpcId": U, "ingress": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]}],
           "egress": [{"protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"]}]}, {"vpcId": U, "id": U, "arn": U}, deps=[vpc], pdeps={"vpcId": [vpc], "ingress": None, "egress": None})
app = step("create", "aws:ec2/securityGroup:SecurityGroup", "app", {"vpcId": U, "ingress": [{"protocol": "tcp", "fromPort": 8080, "toPort": 8080, "securityGroups": [U]}],
           "egress": [{"protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"]}]}, {"vpcId": U, "id": U}, deps=[vpc, web], pdeps={"vpcId": [vpc], "ingress": [web], "egress": None})
step("create", "aws:ec2/instance:Instance", "web", {"ami": "ami-0abcdef1234567890", "instanceType": "t3.micro", "subnetId": U, "vpcSecurityGroupIds": [U], "associatePublicIpAddress": True,
     "userData": "[secret]"}, {"subnetId": U, "vpcSecurityGroupIds": [U], "privateIp": U, "publicIp": U, "primaryNetworkInterfaceId": U, "id": U, "userData": "[secret]"},
     deps=[sa, web], pdeps={"subnetId": [sa], "vpcSecurityGroupIds": [web]})
step("create", "aws:ec2/instance:Instance", "app", {"ami": "ami-0abcdef1234567890", "instanceType": "t3.micro", "subnetId": U, "vpcSecurityGroupIds": [U], "privateIp": "10.0.1.10"},
     {"subnetId": U, "vpcSecurityGroupIds": [U], "privateIp": "10.0.1.10", "publicIp": U, "primaryNetworkInterfaceId": U, "id": U}, deps=[sb, app], pdeps={"subnetId": [sb], "vpcSecurityGroupIds": [app]})
steps.append({"op": "same", "urn": urn("aws:s3/bucket:Bucket", "logs"), "newState": {"urn": urn("aws:s3/bucket:Bucket", "logs"), "custom": True, "type": "aws:s3/bucket:Bucket", "id": "edge-logs-1a2b", "inputs": {"bucket": "edge-logs-1a2b"}, "outputs": {"bucket": "edge-logs-1a2b", "id": "edge-logs-1a2b"}, "parent": STACK}})
steps.append({"op": "delete", "urn": urn("aws:ec2/securityGroup:SecurityGroup", "legacy"), "oldState": {"urn": urn("aws:ec2/securityGroup:SecurityGroup", "legacy"), "custom": True, "type": "aws:ec2/securityGroup:SecurityGroup", "id": "sg-0legacy"}})
sn = step("create", "aws:vpclattice/serviceNetwork:ServiceNetwork", "apps", {"name": "apps", "authType": "NONE"}, {"name": "apps", "authType": "NONE", "arn": U, "id": U})
step("create", "aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation", "apps-main", {"serviceNetworkIdentifier": U, "vpcIdentifier": U},
     {"serviceNetworkIdentifier": U, "vpcIdentifier": U, "id": U, "status": U}, deps=[sn, vpc], pdeps={"serviceNetworkIdentifier": [sn], "vpcIdentifier": [vpc]})
svc = step("create", "aws:vpclattice/service:Service", "orders", {"name": "orders", "authType": "NONE"}, {"name": "orders", "authType": "NONE", "arn": U, "id": U, "dnsEntries": U})
step("create", "aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation", "apps-orders", {"serviceNetworkIdentifier": U, "serviceIdentifier": U},
     {"serviceNetworkIdentifier": U, "serviceIdentifier": U, "id": U}, deps=[sn, svc], pdeps={"serviceNetworkIdentifier": [sn], "serviceIdentifier": [svc]})
tgi = step("create", "aws:vpclattice/targetGroup:TargetGroup", "orders-instances", {"name": "orders-instances", "type": "INSTANCE", "config": {"port": 8080, "protocol": "HTTP", "vpcIdentifier": U}},
           {"name": "orders-instances", "type": "INSTANCE", "arn": U, "id": U}, deps=[vpc], pdeps={"config": [vpc]})
tgl = step("create", "aws:vpclattice/targetGroup:TargetGroup", "orders-function", {"name": "orders-function", "type": "LAMBDA"}, {"name": "orders-function", "type": "LAMBDA", "arn": U, "id": U})
step("create", "aws:vpclattice/listener:Listener", "orders-https", {"serviceIdentifier": U, "protocol": "HTTPS", "port": 443,
     "defaultAction": {"forward": {"targetGroups": [{"targetGroupIdentifier": U, "weight": 20}, {"targetGroupIdentifier": U, "weight": 10}]}}},
     {"serviceIdentifier": U, "protocol": "HTTPS", "port": 443, "listenerId": U, "arn": U, "id": U}, deps=[svc, tgi, tgl], pdeps={"serviceIdentifier": [svc], "defaultAction": [tgi, tgl]})
doc = {"config": {"aws:region": "us-east-1"}, "steps": steps, "diagnostics": [], "duration": 4201873912,
       "changeSummary": {"create": len([s for s in steps if s["op"] == "create"]), "same": 1, "delete": 1}}
open("preview.json", "w").write(json.dumps(doc, indent=2) + "\n")
