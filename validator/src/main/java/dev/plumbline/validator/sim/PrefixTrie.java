package dev.plumbline.validator.sim;

import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A binary trie over IPv4 prefixes holding a list of values per prefix, built once and then read.
 * Nodes live in parallel int arrays, so a lookup is at most 32 array steps with no allocation.
 *
 * <p>Besides the longest match for an address, it answers the question an uncertain address asks:
 * for a whole prefix (an address known only to lie in a subnet), is there a longer prefix inside
 * it that would win for some addresses and not others?
 */
final class PrefixTrie<V> {

    private static final int NONE = -1;

    private int[] zero = new int[16];
    private int[] one = new int[16];
    private int[] valueSlot = new int[16];
    private boolean[] valueBelow = new boolean[16];
    private final List<List<V>> values = new ArrayList<>();
    private int nodeCount = 1;
    private boolean frozen;

    PrefixTrie() {
        zero[0] = NONE;
        one[0] = NONE;
        valueSlot[0] = NONE;
    }

    void put(Prefix prefix, V value) {
        if (frozen) {
            throw new IllegalStateException("trie is frozen");
        }
        int bits = prefix.network().bits();
        int node = 0;
        for (int depth = 0; depth < prefix.length(); depth++) {
            boolean bit = (bits << depth) < 0;
            int next = bit ? one[node] : zero[node];
            if (next == NONE) {
                next = newNode();
                if (bit) {
                    one[node] = next;
                } else {
                    zero[node] = next;
                }
            }
            node = next;
        }
        if (valueSlot[node] == NONE) {
            valueSlot[node] = values.size();
            values.add(new ArrayList<>(1));
        }
        values.get(valueSlot[node]).add(value);
    }

    /** Fixes the content and computes, per node, whether any value sits strictly below it. */
    PrefixTrie<V> freeze() {
        if (!frozen) {
            for (int i = 0; i < values.size(); i++) {
                values.set(i, List.copyOf(values.get(i)));
            }
            markValuesBelow(0);
            frozen = true;
        }
        return this;
    }

    private boolean markValuesBelow(int node) {
        boolean below = false;
        if (zero[node] != NONE) {
            below |= markValuesBelow(zero[node]);
        }
        if (one[node] != NONE) {
            below |= markValuesBelow(one[node]);
        }
        valueBelow[node] = below;
        return below || valueSlot[node] != NONE;
    }

    private int newNode() {
        if (nodeCount == zero.length) {
            int size = zero.length * 2;
            zero = Arrays.copyOf(zero, size);
            one = Arrays.copyOf(one, size);
            valueSlot = Arrays.copyOf(valueSlot, size);
            valueBelow = Arrays.copyOf(valueBelow, size);
        }
        zero[nodeCount] = NONE;
        one[nodeCount] = NONE;
        valueSlot[nodeCount] = NONE;
        return nodeCount++;
    }

    /** The values at the longest prefix containing {@code address}, or an empty list. */
    List<V> longestMatch(int address) {
        int node = 0;
        int best = valueSlot[0];
        for (int depth = 0; depth < 32; depth++) {
            node = (address << depth) < 0 ? one[node] : zero[node];
            if (node == NONE) {
                break;
            }
            if (valueSlot[node] != NONE) {
                best = valueSlot[node];
            }
        }
        return best == NONE ? List.of() : values.get(best);
    }

    /** The value slot of the longest prefix containing {@code address}, or -1. */
    int longestMatchSlot(int address) {
        int node = 0;
        int best = valueSlot[0];
        for (int depth = 0; depth < 32; depth++) {
            node = (address << depth) < 0 ? one[node] : zero[node];
            if (node == NONE) {
                break;
            }
            if (valueSlot[node] != NONE) {
                best = valueSlot[node];
            }
        }
        return best;
    }

    int slotCount() {
        return values.size();
    }

    List<V> valuesAt(int slot) {
        return values.get(slot);
    }

    /** Length of the longest stored prefix containing {@code address}, or -1. */
    int longestMatchLength(int address) {
        int node = 0;
        int best = valueSlot[0] == NONE ? -1 : 0;
        for (int depth = 0; depth < 32; depth++) {
            node = (address << depth) < 0 ? one[node] : zero[node];
            if (node == NONE) {
                break;
            }
            if (valueSlot[node] != NONE) {
                best = depth + 1;
            }
        }
        return best;
    }

    /**
     * The longest match for every address of {@code span} at once: the values of the longest stored
     * prefix that contains the whole span, and whether some stored prefix strictly inside the span
     * would win for part of it (then the answer depends on the exact address).
     */
    SpanMatch<V> longestMatch(Prefix span) {
        int bits = span.network().bits();
        int node = 0;
        int best = valueSlot[0];
        int bestLength = best == NONE ? -1 : 0;
        int depth = 0;
        for (; depth < span.length(); depth++) {
            node = (bits << depth) < 0 ? one[node] : zero[node];
            if (node == NONE) {
                break;
            }
            if (valueSlot[node] != NONE) {
                best = valueSlot[node];
                bestLength = depth + 1;
            }
        }
        boolean split = node != NONE && depth == span.length() && valueBelow[node];
        return new SpanMatch<>(best == NONE ? List.of() : values.get(best), bestLength, split);
    }

    /** Every value stored at prefixes that overlap {@code span} (containing it, or inside it). */
    List<V> overlapping(Prefix span) {
        List<V> out = new ArrayList<>();
        int bits = span.network().bits();
        int node = 0;
        for (int depth = 0; depth < span.length(); depth++) {
            if (valueSlot[node] != NONE) {
                out.addAll(values.get(valueSlot[node]));
            }
            node = (bits << depth) < 0 ? one[node] : zero[node];
            if (node == NONE) {
                return out;
            }
        }
        collectSubtree(node, out);
        return out;
    }

    private void collectSubtree(int node, List<V> out) {
        if (valueSlot[node] != NONE) {
            out.addAll(values.get(valueSlot[node]));
        }
        if (zero[node] != NONE) {
            collectSubtree(zero[node], out);
        }
        if (one[node] != NONE) {
            collectSubtree(one[node], out);
        }
    }

    /** Result of a span lookup; {@code length} is -1 when nothing matched. */
    record SpanMatch<V>(List<V> values, int length, boolean split) {
    }
}
