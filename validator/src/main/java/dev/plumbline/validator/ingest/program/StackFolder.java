package dev.plumbline.validator.ingest.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A Pulumi Java stack folder: {@code Pulumi.yaml} (project name, {@code runtime: java}), the stack
 * configuration files {@code Pulumi.<stack>.yaml}, and the Maven module ({@code pom.xml}) whose
 * {@code mainClass} is the program. The program's entry is {@code public static void stack(Context)}
 * of that class, as in Pulumi's Java templates.
 */
public final class StackFolder {

    /** The stack run when none is asked for and it has a configuration file. */
    public static final String DEFAULT_STACK = "dev";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path folder;
    private final String project;

    private StackFolder(Path folder, String project) {
        this.folder = folder;
        this.project = project;
    }

    public static StackFolder open(Path folder) throws BadInputException {
        Path project = folder.resolve("Pulumi.yaml");
        if (!Files.exists(project)) {
            project = folder.resolve("Pulumi.yml");
        }
        JsonNode root = readYaml(project);
        String runtime = root.path("runtime").isObject() ? root.path("runtime").path("name").asText()
                : root.path("runtime").asText();
        if (!runtime.equals("java")) {
            throw new BadInputException(Diagnostic.error("program.runtime", Origin.of(project.toString(), "/runtime"),
                    "runtime '" + runtime + "': Plumbline runs Java programs offline",
                    "for a program in another language, give the output of `pulumi preview --json` instead"));
        }
        String name = root.path("name").asText();
        if (name.isEmpty()) {
            throw new BadInputException(Diagnostic.error("program.project", Origin.of(project.toString(), "/name"),
                    "Pulumi.yaml has no project name", "add `name: <project>`"));
        }
        return new StackFolder(folder, name);
    }

    public Path folder() {
        return folder;
    }

    public String project() {
        return project;
    }

    /** The stacks with a configuration file here, sorted. */
    public List<String> stacks() throws BadInputException {
        List<String> stacks = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("Pulumi.") && (n.endsWith(".yaml") || n.endsWith(".yml"))
                            && !n.equals("Pulumi.yaml") && !n.equals("Pulumi.yml"))
                    .map(n -> n.substring("Pulumi.".length(), n.lastIndexOf('.'))).sorted().forEach(stacks::add);
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("input.unreadable", Origin.of(folder.toString(), ""),
                    "cannot list the stack folder: " + e.getMessage(), "check the path"));
        }
        return stacks;
    }

    /**
     * The stack to run: the one asked for; else {@value #DEFAULT_STACK} when it has a configuration
     * file (the stack {@code pulumi new} creates, so a folder with {@code Pulumi.dev.yaml} and
     * {@code Pulumi.broken.yaml} runs dev unless told otherwise); else the first with a
     * configuration file, sorted; else {@value #DEFAULT_STACK}.
     */
    public String stack(String asked) throws BadInputException {
        List<String> stacks = stacks();
        if (asked != null && !asked.isEmpty()) {
            if (!stacks.isEmpty() && !stacks.contains(asked)) {
                throw new BadInputException(Diagnostic.error("program.stack", Origin.of(folder.toString(), ""),
                        "no Pulumi." + asked + ".yaml here", "use one of: " + String.join(", ", stacks)));
            }
            return asked;
        }
        return stacks.isEmpty() || stacks.contains(DEFAULT_STACK) ? DEFAULT_STACK : stacks.get(0);
    }

    /**
     * The stack's configuration as the SDK's {@code PULUMI_CONFIG} carries it: keys as written
     * ({@code aws:region}, {@code project:key}; a bare key gets the project's namespace), scalar values
     * as text, structured values as JSON. Secure values cannot be decrypted offline and are left out,
     * with a note.
     */
    public Map<String, String> config(String stack, List<Diagnostic> notes) throws BadInputException {
        Map<String, String> config = new LinkedHashMap<>();
        Path file = folder.resolve("Pulumi." + stack + ".yaml");
        if (!Files.exists(file)) {
            return config;
        }
        JsonNode values = readYaml(file).path("config");
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey().contains(":") ? entry.getKey() : project + ":" + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && value.has("secure")) {
                notes.add(Diagnostic.warning("program.secret-config", Origin.of(file.toString(), "/config/" + entry.getKey()),
                        "secure config " + key + " cannot be decrypted offline and was left out", "give the program a "
                                + "default for it, or run `pulumi preview --json` and check that instead"));
                continue;
            }
            config.put(key, value.isValueNode() ? value.asText() : value.toString());
        }
        return config;
    }

    /** The program class: the {@code mainClass} property (or exec plugin setting) of the folder's pom.xml. */
    public String mainClass() throws BadInputException {
        Path pom = folder.resolve("pom.xml");
        Origin where = Origin.of(pom.toString(), "");
        if (!Files.exists(pom)) {
            throw new BadInputException(Diagnostic.error("program.main-class", Origin.of(folder.toString(), ""),
                    "no pom.xml: Plumbline finds the program's class in the stack's Maven module",
                    "add a pom.xml with a <mainClass> property, or use --program CLASS::METHOD --classpath CP"));
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            NodeList candidates = document.getElementsByTagName("mainClass");
            for (int i = 0; i < candidates.getLength(); i++) {
                String text = candidates.item(i).getTextContent().trim();
                if (!text.isEmpty() && !text.startsWith("${")) {
                    return text;
                }
            }
        } catch (Exception e) {
            throw new BadInputException(Diagnostic.error("program.main-class", where, "cannot read pom.xml: " + e.getMessage(),
                    "fix the pom"));
        }
        throw new BadInputException(Diagnostic.error("program.main-class", where, "pom.xml names no mainClass",
                "set <properties><mainClass>your.App</mainClass></properties>, or use --program CLASS::METHOD"));
    }

    private static JsonNode readYaml(Path file) throws BadInputException {
        Origin where = Origin.of(file.toString(), "");
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new BadInputException(Diagnostic.error("input.yaml", where, "expected a YAML mapping", "fix the file"));
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            throw new BadInputException(Diagnostic.error("input.yaml", where, "not valid YAML"
                    + (location == null ? "" : " at line " + location.getLineNr()) + ": " + e.getOriginalMessage(),
                    "fix the YAML"));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("input.unreadable", where, "cannot read: " + e.getMessage(),
                    "check the path"));
        }
    }
}
