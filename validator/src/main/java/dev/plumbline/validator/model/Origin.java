package dev.plumbline.validator.model;

/**
 * Where a model element came from, so findings point back at the input: a file and a JSON pointer
 * into it, and (for Pulumi inputs) the resource URN. Any part may be empty.
 */
public record Origin(String file, String pointer, String urn) {

    public static final Origin NONE = new Origin("", "", "");

    public Origin {
        file = Canonical.text(file);
        pointer = Canonical.text(pointer);
        urn = Canonical.text(urn);
    }

    public static Origin of(String file, String pointer) {
        return new Origin(file, pointer, "");
    }

    public Origin withUrn(String resourceUrn) {
        return new Origin(file, pointer, resourceUrn);
    }

    public Origin child(String pointerSuffix) {
        return new Origin(file, pointer + pointerSuffix, urn);
    }

    public boolean isKnown() {
        return !file.isEmpty() || !urn.isEmpty();
    }

    /** {@code file#/pointer (urn)}, leaving out whatever is empty. */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (!pointer.isEmpty()) {
                out.append('#').append(pointer);
            }
        }
        if (!urn.isEmpty()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(urn);
        }
        return out.length() == 0 ? "(built in)" : out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
