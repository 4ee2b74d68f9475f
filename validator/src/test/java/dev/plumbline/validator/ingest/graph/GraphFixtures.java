package dev.plumbline.validator.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import java.nio.file.Path;
import java.util.List;

/** Small graph documents for the reader and writer tests, and the bundled examples. */
final class GraphFixtures {

    static final String FILE = "net.json";

    /** One VPC (10.0.0.0/16) with two subnets in two AZs; tests add what they need after it. */
    static final String BASE = """
            "vpcs": [{"id": "vpc-1", "name": "main", "region": "us-east-1", "accountId": "111122223333", "cidrs": ["10.0.0.0/16"]}],
            "subnets": [
              {"id": "subnet-a", "vpcId": "vpc-1", "cidr": "10.0.1.0/24", "azName": "us-east-1a", "azId": "use1-az1"},
              {"id": "subnet-b", "vpcId": "vpc-1", "cidr": "10.0.2.0/24", "azName": "us-east-1b", "azId": "use1-az2"}
            ]""";

    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();

    private GraphFixtures() {
    }

    /** A version-1 document holding {@link #BASE} and then {@code more} (top-level keys, comma-separated). */
    static String withBase(String more) {
        return "{\"version\": 1,\n" + BASE + (more.isBlank() ? "" : ",\n" + more) + "\n}";
    }

    static Network read(String json) throws BadInputException {
        return new GraphReader().read(FILE, json).network();
    }

    /** The problems of a document that must not read. */
    static List<Diagnostic> problemsOf(String json) {
        BadInputException thrown = catchThrowableOfType(BadInputException.class, () -> read(json));
        assertThat(thrown).as("reading should fail with BadInputException").isNotNull();
        return thrown.problems();
    }

    static Origin at(String pointer) {
        return Origin.of(FILE, pointer);
    }
}
