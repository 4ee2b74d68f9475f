package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;

/** Fails with an Error, as a program missing a class on its classpath does. */
public class ErrorProgram {

    public static void stack(Context ctx) {
        new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        throw new NoClassDefFoundError("com/example/MissingHelper");
    }
}
