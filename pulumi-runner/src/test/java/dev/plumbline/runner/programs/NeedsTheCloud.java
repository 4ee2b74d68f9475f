package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.inputs.GetAmiArgs;
import com.pulumi.core.Output;

/** What an offline run can only partly answer: a log warning, an existing VPC, an AMI look-up. */
public class NeedsTheCloud {

    public static void stack(Context ctx) {
        ctx.log().warn("subnet plan not reviewed");
        var shared = Vpc.get("shared", Output.of("vpc-0123456789abcdef0"), null, null);
        var ami = Ec2Functions.getAmi(GetAmiArgs.builder().mostRecent(true).owners("amazon").build());
        new Instance("web", InstanceArgs.builder().ami(ami.applyValue(a -> a.id())).instanceType("t3.micro").build());
        ctx.export("sharedVpc", shared.id());
    }
}
