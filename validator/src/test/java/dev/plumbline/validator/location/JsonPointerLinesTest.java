package dev.plumbline.validator.location;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPointerLinesTest {

    @TempDir
    Path dir;

    @Test
    void locate_json_givesTheLineOfKeysAndArrayElements() throws Exception {
        String file = Files.writeString(dir.resolve("net.json"), """
                {
                  "version": 1,
                  "subnets": [
                    {"id": "a"},
                    {
                      "id": "b",
                      "cidr": "10.0.0.0/24"
                    }
                  ]
                }
                """).toString();
        Origin subnet = Origin.of(file, "/subnets/1");
        Origin cidr = Origin.of(file, "/subnets/1/cidr");

        JsonPointerLines lines = JsonPointerLines.of(List.of(subnet, cidr, Origin.of(file, "/subnets/0")));

        assertThat(lines.locate(subnet)).contains(new SourceRegion(file, 5, 5));
        assertThat(lines.locate(cidr).map(SourceRegion::line)).contains(7);
        assertThat(lines.locate(Origin.of(file, "/subnets/0")).map(SourceRegion::line)).contains(4);
    }

    @Test
    void locate_yaml_givesTheLineOfEachListItemsFirstKey() throws Exception {
        String file = Files.writeString(dir.resolve("intents.yaml"), """
                version: 1
                intents:
                  - name: a
                    to: x
                  - name: b
                    expect:
                      via: [p, q]
                """).toString();
        Origin second = Origin.of(file, "/intents/1");
        Origin via = Origin.of(file, "/intents/1/expect/via/1");

        JsonPointerLines lines = JsonPointerLines.of(List.of(second, via));

        assertThat(lines.locate(second).map(SourceRegion::line)).contains(5);
        assertThat(lines.locate(via).map(SourceRegion::line)).contains(7);
    }

    @Test
    void locate_pointerTheFileLacks_fallsBackToTheNearestAncestor() throws Exception {
        String file = Files.writeString(dir.resolve("i.yaml"), "version: 1\nintents:\n  - name: a\n").toString();
        Origin missing = Origin.of(file, "/intents/0/port");

        assertThat(JsonPointerLines.of(List.of(missing)).locate(missing).map(SourceRegion::line)).contains(3);
    }

    @Test
    void locate_unreadableOrUnknownFile_knowsNoLine() throws Exception {
        String broken = Files.writeString(dir.resolve("broken.json"), "{\"a\": [1, 2").toString();
        Origin inBroken = Origin.of(broken, "/b");
        Origin missing = Origin.of(dir.resolve("none.json").toString(), "/a");

        JsonPointerLines lines = JsonPointerLines.of(List.of(inBroken, missing));

        assertThat(lines.locate(missing)).isEmpty();
        assertThat(lines.locate(inBroken).map(SourceRegion::line)).contains(1);
        assertThat(lines.locate(Origin.of("other.json", "/a"))).isEqualTo(Optional.empty());
    }

    @Test
    void orElse_asksTheNextLocatorOnlyWhenTheFirstKnowsNothing() {
        SourceLocator first = o -> o.urn().isEmpty() ? Optional.empty() : Optional.of(new SourceRegion("Main.java", 10, 1));
        SourceLocator second = o -> Optional.of(new SourceRegion("plan.json", 3, 1));

        SourceLocator chain = SourceLocator.firstOf(List.of(first, second));

        assertThat(chain.locate(new Origin("plan.json", "/a", "urn:x")).map(SourceRegion::file)).contains("Main.java");
        assertThat(chain.locate(Origin.of("plan.json", "/a")).map(SourceRegion::file)).contains("plan.json");
    }
}
