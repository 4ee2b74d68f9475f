package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;

/** A component that rejects its arguments, as the Plumbline components do. */
public class InvalidComponentArgs {

    public static void stack(Context ctx) {
        new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        new Segment("app", "10.0.0.5/16");
    }

    public static final class Segment extends ComponentResource {
        Segment(String name, String cidr) {
            super("plumbline:test:Segment", name, ComponentResourceOptions.Empty);
            if (!cidr.endsWith(".0/16")) {
                throw new ResourceException("cidr " + cidr + " has host bits set (did you mean 10.0.0.0/16?)", this);
            }
        }
    }
}
