package dev.plumbline.validator.location;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramSourceLinesTest {

    private static final String P = "urn:pulumi:dev::shop::";

    private static String stack(Path dir) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Path pkg = Files.createDirectories(dir.resolve("src/main/java/com/example/shop"));
        Files.writeString(pkg.resolve("App.java"), String.join("\n",
                "package com.example.shop;",
                "class App {",
                "    static void stack() {",
                "        var vpc = new Vpc(\"shop\", VpcArgs.builder().build());",
                "        var web = new Instance(\"web-a\", InstanceArgs.builder().build());",
                "        var chain = new GwlbInspectionChain(\"edge\", args);",
                "        tag(\"web-a\");",
                "        for (var zone : List.of(\"a\", \"b\")) { new Subnet(\"app-\" + zone, args); }",
                "    }",
                "}"));
        return dir.toString();
    }

    private static Optional<SourceRegion> locate(String folder, String urn) {
        Origin origin = new Origin(folder, "", urn);
        return ProgramSourceLines.of(List.of(origin)).locate(origin);
    }

    @Test
    void aResourceNamedByALiteral_isAtItsLine(@TempDir Path dir) throws IOException {
        String folder = stack(dir);
        assertThat(locate(folder, P + "aws:ec2/vpc:Vpc::shop"))
                .contains(new SourceRegion(folder + "/src/main/java/com/example/shop/App.java", 4, 1));
    }

    @Test
    void aComponentsChild_isAtItsComponentsLine(@TempDir Path dir) throws IOException {
        String folder = stack(dir);
        assertThat(locate(folder, P + "plumbline:index:GwlbInspectionChain$aws:lb/loadBalancer:LoadBalancer::edge-gwlb-firewall"))
                .map(SourceRegion::line).contains(6);
    }

    @Test
    void aNameOnSeveralLines_orBuiltAtRunTime_orOfATopLevelResourceNotInTheSource_hasNoLine(@TempDir Path dir)
            throws IOException {
        String folder = stack(dir);
        assertThat(locate(folder, P + "aws:ec2/instance:Instance::web-a")).isEmpty();
        assertThat(locate(folder, P + "aws:ec2/subnet:Subnet::app-a")).isEmpty();
        assertThat(locate(folder, P + "aws:ec2/subnet:Subnet::shop-extra")).isEmpty();
    }

    @Test
    void aFolderWithoutPulumiYaml_orAnOriginWithoutUrn_isNotLookedUp(@TempDir Path dir) throws IOException {
        String folder = stack(dir);
        Files.delete(dir.resolve("Pulumi.yaml"));
        assertThat(locate(folder, P + "aws:ec2/vpc:Vpc::shop")).isEmpty();
        Origin plain = new Origin(folder, "/vpcs/0", "");
        assertThat(ProgramSourceLines.of(List.of(plain)).locate(plain)).isEmpty();
    }
}
