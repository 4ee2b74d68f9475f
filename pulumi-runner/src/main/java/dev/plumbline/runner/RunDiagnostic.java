package dev.plumbline.runner;

/**
 * A problem met while running the program, as the contract writes it.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param urn the resource concerned (normalised), or empty when not known
 */
public record RunDiagnostic(String severity, String message, String urn) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public RunDiagnostic {
        urn = urn == null ? "" : urn;
        message = message == null ? "" : message;
    }

    public static RunDiagnostic error(String message, String urn) {
        return new RunDiagnostic(ERROR, message, urn);
    }

    public static RunDiagnostic warning(String message, String urn) {
        return new RunDiagnostic(WARNING, message, urn);
    }
}
