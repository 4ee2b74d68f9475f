package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;

/** Registers a VPC, then fails. */
public class ThrowingProgram {

    public static void stack(Context ctx) {
        new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        throw new IllegalStateException("the plan needs a second VPC");
    }
}
