package dev.plumbline.validator.location;

/**
 * A place in a source file a person can open: the file (as the user named it) and a 1-based line
 * and column. SARIF reports put it in a result's physical location; bad-input messages print it.
 */
public record SourceRegion(String file, int line, int column) {

    public SourceRegion {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a source region needs a file");
        }
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1, got " + line);
        }
        column = Math.max(column, 1);
    }

    /** {@code file:line}. */
    public String render() {
        return file + ":" + line;
    }
}
