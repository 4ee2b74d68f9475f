package dev.plumbline.stacks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.stacks.testkit.fixtures.GoJson;
import dev.plumbline.stacks.testkit.fixtures.PlanFixtures;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.pulumi.PreviewReader;
import dev.plumbline.validator.ingest.pulumi.ProgramReader;
import dev.plumbline.validator.ingest.pulumi.StackExportReader;
import dev.plumbline.validator.ingest.pulumi.Urns;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The three sources of one stack's plan: the offline run of its dev stack, and the committed
 * fixtures {@code src/test/resources/plans/preview.json} ({@code pulumi preview --json}) and
 * {@code stack-export.json} ({@code pulumi stack export}) written from that run by
 * {@link PlanFixtures}. Each is checked with the stack's {@code intents.yaml}.
 */
public final class PlanSources {

    /** Rewrites the fixtures from the offline run instead of comparing them: {@code -Dplumbline.updateFixtures=true}. */
    public static final String UPDATE = "plumbline.updateFixtures";

    private final StackCheck stack;

    public PlanSources(StackCheck stack) {
        this.stack = stack;
    }

    public Path folder() {
        return stack.folder().resolve("src/test/resources/plans");
    }

    public Path preview() {
        return folder().resolve("preview.json");
    }

    public Path stackExport() {
        return folder().resolve("stack-export.json");
    }

    /** The fixture tool on the dev stack's offline run, now. */
    public PlanFixtures fromOfflineRun() {
        return PlanFixtures.of(CapturedRun.of(stack.folder(), "dev"));
    }

    /** What {@code preview.json} must hold (written there first under {@link #UPDATE}). */
    public String expectedPreview(String actual) {
        return ExpectedFiles.expected(preview(), actual, UPDATE);
    }

    /** What {@code stack-export.json} must hold (written there first under {@link #UPDATE}). */
    public String expectedStackExport(String actual) {
        return ExpectedFiles.expected(stackExport(), actual, UPDATE);
    }

    public static String write(JsonNode document) {
        return GoJson.write(document);
    }

    /** The network the validator reads from the dev stack's offline run (the cached run: no second execution). */
    public Ingested offlineRun() throws BadInputException {
        CapturedRun run = CapturedRun.of(stack.folder(), "dev");
        return new ProgramReader(new ProgramReader.Options("dev", stack.program(), StackCheck.testClasspath(), null),
                spec -> run.json().toString()).read(stack.folder());
    }

    /** The URNs of the resources the offline run registered, as the validator reads them ({@link Urns#normalise}). */
    public Set<String> offlineRunUrns() {
        Set<String> out = new TreeSet<>();
        CapturedRun.of(stack.folder(), "dev").resources().forEach(r -> out.add(Urns.normalise(r.path("urn").asText())));
        return out;
    }

    public Ingested readPreview() throws BadInputException {
        return new PreviewReader().read(preview());
    }

    public Ingested readStackExport() throws BadInputException {
        return new StackExportReader().read(stackExport());
    }

    /** The URNs the network's elements carry: the resource names every report uses. */
    public static Set<String> urns(Ingested ingested) {
        return ingested.network().elements().map(e -> e.origin().urn()).filter(u -> !u.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The URNs of a preview's steps or an export's resources, without the Stack and the providers. */
    public static Set<String> programUrns(JsonNode document) {
        Set<String> out = new TreeSet<>();
        JsonNode states = document.has("steps") ? document.get("steps") : document.path("deployment").path("resources");
        for (JsonNode state : states) {
            String urn = state.has("newState") ? state.path("newState").path("urn").asText() : state.path("urn").asText();
            String type = state.has("newState") ? state.path("newState").path("type").asText() : state.path("type").asText();
            if (!type.equals("pulumi:pulumi:Stack") && !type.startsWith("pulumi:providers:")) {
                out.add(urn);
            }
        }
        return out;
    }

    /** {@code plumbline check PLAN --intents <the stack's intents.yaml> ARGS...}. */
    public CheckRun check(Path plan, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "check";
        all[1] = plan.toString();
        all[2] = "--intents";
        all[3] = stack.folder().resolve("intents.yaml").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return StackCheck.run(all);
    }
}
