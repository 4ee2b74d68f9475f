package dev.plumbline.validator.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A VPC Lattice auth policy (an IAM resource policy) and its evaluation for one request: an
 * explicit Deny wins, then an Allow, else the implicit deny. Conditions on keys Plumbline knows
 * ({@code vpc-lattice-svcs:SourceVpc}, {@code SourceVpcOwnerAccount}, {@code RequestMethod},
 * {@code RequestPath}, {@code Port}, {@code aws:PrincipalAccount}) with the String operators are
 * evaluated; any other condition makes its statement's outcome unknown, and a decision that
 * depends on it is undetermined.
 *
 * <p>{@code "Principal": "*"} matches every caller, unsigned (anonymous) requests included;
 * {@code {"AWS": "*"}} matches signed requests only.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/auth-policies.html">Auth policies</a>
 */
final class AuthPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INVOKE = "vpc-lattice-svcs:Invoke";

    /** The caller and request the policy is asked about. {@code principal} is an ARN, or empty for an unsigned request. */
    record Request(String principal, String resourceArn, String sourceVpc, String sourceAccount, String method,
            String path, int port) {

        String principalAccount() {
            String[] parts = principal.split(":", 6);
            return parts.length >= 5 ? parts[4] : "";
        }
    }

    enum Outcome {
        ALLOW, DENY, UNDETERMINED
    }

    record Decision(Outcome outcome, String explanation) {
    }

    private final List<JsonNode> statements;
    private final String problem;

    private AuthPolicy(List<JsonNode> statements, String problem) {
        this.statements = statements;
        this.problem = problem;
    }

    static AuthPolicy parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode statement = root == null ? null : root.get("Statement");
            if (statement == null) {
                return new AuthPolicy(List.of(), "it has no Statement");
            }
            List<JsonNode> list = new ArrayList<>();
            if (statement.isArray()) {
                statement.forEach(list::add);
            } else {
                list.add(statement);
            }
            return new AuthPolicy(list, null);
        } catch (JsonProcessingException e) {
            return new AuthPolicy(List.of(), "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    Decision evaluate(Request request) {
        if (problem != null) {
            return new Decision(Outcome.UNDETERMINED, "the auth policy cannot be read: " + problem);
        }
        String possibleDeny = null;
        String allow = null;
        String possibleAllow = null;
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            String name = statement.hasNonNull("Sid") ? "statement " + statement.get("Sid").asText() : "statement " + (i + 1);
            Tri applies = applies(statement, request);
            if (applies == Tri.NO) {
                continue;
            }
            boolean deny = "Deny".equalsIgnoreCase(statement.path("Effect").asText());
            if (deny && applies == Tri.YES) {
                return new Decision(Outcome.DENY, name + " explicitly denies the request");
            }
            if (deny) {
                possibleDeny = possibleDeny == null ? name : possibleDeny;
            } else if (applies == Tri.YES) {
                allow = allow == null ? name : allow;
            } else {
                possibleAllow = possibleAllow == null ? name : possibleAllow;
            }
        }
        if (possibleDeny != null) {
            return new Decision(Outcome.UNDETERMINED, possibleDeny + " denies requests under a condition Plumbline cannot "
                    + "evaluate from the plan");
        }
        if (allow != null) {
            return new Decision(Outcome.ALLOW, allow + " allows the request");
        }
        if (possibleAllow != null) {
            return new Decision(Outcome.UNDETERMINED, possibleAllow + " allows requests only under a condition Plumbline "
                    + "cannot evaluate from the plan");
        }
        return new Decision(Outcome.DENY, "no statement allows " + (request.principal().isEmpty() ? "an unsigned request"
                : request.principal()) + " to invoke it (implicit deny)");
    }

    private Tri applies(JsonNode statement, Request request) {
        if (statement.has("NotPrincipal") || statement.has("NotAction") || statement.has("NotResource")) {
            return Tri.DEPENDS;
        }
        if (!principalMatches(statement.get("Principal"), request.principal())) {
            return Tri.NO;
        }
        if (!anyMatches(statement.get("Action"), INVOKE, true)) {
            return Tri.NO;
        }
        if (!anyMatches(statement.get("Resource"), request.resourceArn(), false)) {
            return Tri.NO;
        }
        return conditions(statement.get("Condition"), request);
    }

    private static boolean principalMatches(JsonNode principal, String caller) {
        if (principal == null) {
            return false;
        }
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        JsonNode aws = principal.get("AWS");
        if (aws == null) {
            return false;
        }
        for (JsonNode value : aws.isArray() ? iterable(aws) : List.of(aws)) {
            String p = value.asText();
            if (caller.isEmpty()) {
                continue;
            }
            if (p.equals("*") || p.equals(caller)) {
                return true;
            }
            String[] parts = p.split(":", 6);
            String callerAccount = caller.split(":", 6).length >= 5 ? caller.split(":", 6)[4] : "";
            if (p.matches("\\d{12}") && p.equals(callerAccount)) {
                return true;
            }
            if (parts.length == 6 && parts[5].equals("root") && parts[4].equals(callerAccount)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(JsonNode patterns, String value, boolean ignoreCase) {
        if (patterns == null) {
            return false;
        }
        for (JsonNode pattern : patterns.isArray() ? iterable(patterns) : List.of(patterns)) {
            if (glob(pattern.asText(), value, ignoreCase)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    static boolean glob(String pattern, String value, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(value).matches();
    }

    private static Tri conditions(JsonNode condition, Request request) {
        if (condition == null || condition.isEmpty()) {
            return Tri.YES;
        }
        Tri result = Tri.YES;
        for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext();) {
            Map.Entry<String, JsonNode> op = ops.next();
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext();) {
                Map.Entry<String, JsonNode> key = keys.next();
                Tri one = condition(op.getKey(), key.getKey(), key.getValue(), request);
                if (one == Tri.NO) {
                    return Tri.NO;
                }
                if (one == Tri.DEPENDS) {
                    result = Tri.DEPENDS;
                }
            }
        }
        return result;
    }

    private static Tri condition(String operator, String key, JsonNode expected, Request request) {
        String actual = switch (key.toLowerCase(Locale.ROOT)) {
            case "vpc-lattice-svcs:sourcevpc" -> request.sourceVpc();
            case "vpc-lattice-svcs:sourcevpcowneraccount" -> request.sourceAccount();
            case "vpc-lattice-svcs:requestmethod" -> request.method();
            case "vpc-lattice-svcs:requestpath" -> request.path();
            case "vpc-lattice-svcs:port" -> Integer.toString(request.port());
            case "aws:principalaccount" -> request.principalAccount();
            default -> null;
        };
        if (actual == null || actual.isEmpty()) {
            return Tri.DEPENDS;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : expected.isArray() ? iterable(expected) : List.of(expected)) {
            values.add(v.asText());
        }
        boolean any;
        switch (operator) {
            case "StringEquals" -> any = values.contains(actual);
            case "StringEqualsIgnoreCase" -> any = values.stream().anyMatch(actual::equalsIgnoreCase);
            case "StringLike" -> any = values.stream().anyMatch(v -> glob(v, actual, false));
            case "StringNotEquals" -> any = !values.contains(actual);
            case "StringNotLike" -> any = values.stream().noneMatch(v -> glob(v, actual, false));
            default -> {
                return Tri.DEPENDS;
            }
        }
        return any ? Tri.YES : Tri.NO;
    }
}
