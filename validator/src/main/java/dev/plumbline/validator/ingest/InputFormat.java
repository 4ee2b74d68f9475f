package dev.plumbline.validator.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The input formats {@code plumbline} reads; detected from the input, or named with {@code --input-format}. */
public enum InputFormat {
    GRAPH("graph", "Plumbline graph file (schemas/graph.schema.json)"),
    AWS("aws", "AWS describe-JSON snapshot folder (aws_configs/)"),
    PULUMI_PREVIEW("pulumi-preview", "output of `pulumi preview --json`"),
    PULUMI_EXPORT("pulumi-export", "output of `pulumi stack export` (version 3)"),
    PULUMI_PROGRAM("pulumi-program", "a Pulumi Java stack folder (Pulumi.yaml), run offline with mocks");

    private final String cliName;
    private final String description;

    InputFormat(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    public static Optional<InputFormat> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(InputFormat::cliName).toList());
    }
}
