package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;

/**
 * Fills a /28 (11 usable addresses): ten instances and a NAT gateway at an address the program
 * chose, so that addresses are certainly contended.
 */
public class CrowdedSubnet {

    public static void stack(Context ctx) {
        var vpc = new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        var subnet = new Subnet("tiny", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.0.16/28")
                .availabilityZone("us-east-1a").build());
        for (int i = 0; i < 10; i++) {
            new Instance("worker-" + i, InstanceArgs.builder().ami("ami-0abcdef1234567890").instanceType("t3.micro")
                    .subnetId(subnet.id()).build());
        }
        var address = new Eip("nat", EipArgs.builder().domain("vpc").build());
        new NatGateway("nat", NatGatewayArgs.builder().subnetId(subnet.id()).allocationId(address.id())
                .privateIp("10.0.0.26").build());
    }
}
