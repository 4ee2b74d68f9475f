package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;

/** Two VPCs with one logical name: the mocks take both, the engine would not. */
public class DuplicateNames {

    public static void stack(Context ctx) {
        new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        new Vpc("main", VpcArgs.builder().cidrBlock("10.1.0.0/16").build());
    }
}
