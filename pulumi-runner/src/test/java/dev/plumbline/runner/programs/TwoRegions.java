package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.resources.CustomResourceOptions;

/** A VPC in the stack's region and one through an explicit provider in another region. */
public class TwoRegions {

    public static void stack(Context ctx) {
        var home = new Vpc("home", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        var zone = AwsFunctions.getAvailabilityZones().applyValue(z -> z.names().get(2));
        new Subnet("home-c", SubnetArgs.builder().vpcId(home.id()).cidrBlock("10.0.0.0/24").availabilityZone(zone).build());

        var west = new Provider("west", ProviderArgs.builder().region("us-west-2").build());
        var away = new Vpc("away", VpcArgs.builder().cidrBlock("10.1.0.0/16").build(),
                CustomResourceOptions.builder().provider(west).build());
        new Subnet("away-a", SubnetArgs.builder().vpcId(away.id()).cidrBlock("10.1.0.0/24").build(),
                CustomResourceOptions.builder().provider(west).build());
    }
}
