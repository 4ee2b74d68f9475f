package dev.plumbline.validator.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats {@code plumbline} reads; detected from the input, or named with {@code --input-format}.
 * The name a report gives the format it read ({@code input.format}: {@code aws-describe-snapshot},
 * {@code pulumi-stack-export}) is accepted too, so a report's value can be passed back.
 */
public enum InputFormat {
    GRAPH("graph", "Plumbline graph file (schemas/graph.schema.json)"),
    AWS("aws", "AWS describe-JSON snapshot folder (aws_configs/)", "aws-describe-snapshot"),
    PULUMI_PREVIEW("pulumi-preview", "output of `pulumi preview --json`"),
    PULUMI_EXPORT("pulumi-export", "output of `pulumi stack export` (version 3)", "pulumi-stack-export"),
    PULUMI_PROGRAM("pulumi-program", "a Pulumi Java stack folder (Pulumi.yaml), run offline with mocks");

    private final String cliName;
    private final String description;
    private final java.util.List<String> aliases;

    InputFormat(String cliName, String description, String... aliases) {
        this.cliName = cliName;
        this.description = description;
        this.aliases = java.util.List.of(aliases);
    }

    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    public static Optional<InputFormat> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n) || f.aliases.contains(n)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(InputFormat::cliName).toList());
    }
}
