package dev.plumbline.validator.sim;

import java.util.function.Supplier;

/**
 * IPv4 addresses (their 32 bits) to values, in open addressing: a lookup reads two arrays, with no
 * boxed key to follow, which matters when a trace looks up a private address among a hundred
 * thousand. Filled while the {@link Topology} is built, then only read (reads from several threads
 * are safe once the topology is published; writes are not).
 */
final class AddressTable<V> {

    private int[] keys;
    private Object[] values;
    private int size;
    private int shift;

    AddressTable() {
        allocate(16);
    }

    V get(int bits) {
        for (int i = slot(bits); values[i] != null; i = next(i)) {
            if (keys[i] == bits) {
                return value(i);
            }
        }
        return null;
    }

    boolean containsKey(int bits) {
        return get(bits) != null;
    }

    /** Sets the value of {@code bits}, replacing any; {@code value} must not be null. */
    void put(int bits, V value) {
        insert(bits, value, true);
    }

    /** Sets the value of {@code bits} unless it has one; {@code value} must not be null. */
    void putIfAbsent(int bits, V value) {
        insert(bits, value, false);
    }

    /** The value of {@code bits}, made by {@code make} and stored when there is none. */
    V computeIfAbsent(int bits, Supplier<V> make) {
        V found = get(bits);
        if (found != null) {
            return found;
        }
        V made = make.get();
        insert(bits, made, false);
        return made;
    }

    private void insert(int bits, V value, boolean replace) {
        if (value == null) {
            throw new IllegalArgumentException("an address table holds no null values");
        }
        int i = slot(bits);
        for (; values[i] != null; i = next(i)) {
            if (keys[i] == bits) {
                if (replace) {
                    values[i] = value;
                }
                return;
            }
        }
        keys[i] = bits;
        values[i] = value;
        if (++size * 2 > values.length) {
            grow();
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(values.length * 2);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int j = slot(oldKeys[i]);
                while (values[j] != null) {
                    j = next(j);
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        values = new Object[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Fibonacci hashing: the high bits of the product mix every bit of the address. */
    private int slot(int bits) {
        return (bits * 0x9E3779B9) >>> shift;
    }

    private int next(int i) {
        return (i + 1) & (values.length - 1);
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        return (V) values[i];
    }
}
