package dev.plumbline.validator.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AddressTableTest {

    @Test
    void agreesWithAHashMap_onSeededPutsAndLookups_acrossGrowth() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            AddressTable<String> table = new AddressTable<>();
            Map<Integer, String> expected = new HashMap<>();
            for (int n = 0; n < 20_000; n++) {
                // Addresses of a few /16s (dense, as private ranges are), and any address at all.
                int bits = random.nextInt(4) == 0 ? random.nextInt() : (10 << 24) | (random.nextInt(8) << 16) | random.nextInt(1 << 16);
                String value = "v" + n;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        table.put(bits, value);
                        expected.put(bits, value);
                    }
                    case 1 -> {
                        table.putIfAbsent(bits, value);
                        expected.putIfAbsent(bits, value);
                    }
                    default -> assertThat(table.computeIfAbsent(bits, () -> value))
                            .isEqualTo(expected.computeIfAbsent(bits, k -> value));
                }
            }
            for (Map.Entry<Integer, String> e : expected.entrySet()) {
                assertThat(table.get(e.getKey())).isEqualTo(e.getValue());
            }
            for (int n = 0; n < 20_000; n++) {
                int bits = random.nextInt();
                assertThat(table.containsKey(bits)).isEqualTo(expected.containsKey(bits));
            }
        }
    }

    @Test
    void addressZeroAndTheHighestAddress_areOrdinaryKeys_andNullValuesAreRefused() {
        AddressTable<String> table = new AddressTable<>();
        table.put(0, "0.0.0.0");
        table.put(-1, "255.255.255.255");
        assertThat(table.get(0)).isEqualTo("0.0.0.0");
        assertThat(table.get(-1)).isEqualTo("255.255.255.255");
        assertThat(table.get(1)).isNull();
        assertThatThrownBy(() -> table.put(2, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
