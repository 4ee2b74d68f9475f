package dev.plumbline.validator.cli;

/** The exit codes scripts rely on. */
public final class ExitCode {
    /** Everything passed: the check found no error, the trace got through. */
    public static final int PASS = 0;
    /** Findings: an error-level finding, a failed intent, or a trace that did not get through. */
    public static final int FINDINGS = 1;
    /** Bad input or usage: the input could not be read, or the command line is wrong. */
    public static final int BAD_INPUT = 2;
    /** A bug in Plumbline: please report it with the stack trace printed. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
