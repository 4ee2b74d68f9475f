package dev.plumbline.validator.sim;

import dev.plumbline.validator.fixture.Fixture;
import static dev.plumbline.validator.fixture.Fixture.ip;
import static dev.plumbline.validator.fixture.Fixture.p;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {

    @Test
    void overlapping_returnsContainingAndContainedPrefixes_notSiblings() {
        PrefixTrie<String> trie = new PrefixTrie<>();
        trie.put(p("0.0.0.0/0"), "default");
        trie.put(p("10.0.0.0/16"), "vpc");
        trie.put(p("10.0.1.0/24"), "subnet-1");
        trie.put(p("10.0.2.0/24"), "subnet-2");
        trie.put(p("10.1.0.0/16"), "other");
        trie.freeze();
        assertThat(trie.overlapping(p("10.0.1.0/24"))).containsExactlyInAnyOrder("default", "vpc", "subnet-1");
        assertThat(trie.overlapping(p("10.0.0.0/16"))).containsExactlyInAnyOrder("default", "vpc", "subnet-1", "subnet-2");
        assertThat(trie.overlapping(p("0.0.0.0/0"))).hasSize(5);
    }

    /** A seeded comparison against a linear scan: the trie and the definition of longest match agree. */
    @Test
    void longestMatch_agreesWithLinearScan_onRandomTables() {
        Random random = new Random(20261122L);
        for (int round = 0; round < 50; round++) {
            PrefixTrie<Integer> trie = new PrefixTrie<>();
            int[] nets = new int[40];
            int[] lengths = new int[40];
            for (int i = 0; i < nets.length; i++) {
                lengths[i] = random.nextInt(33);
                int mask = dev.plumbline.validator.net.Prefix.mask(lengths[i]);
                nets[i] = (random.nextInt() & 0x0F0F_FFFF | 0x0A00_0000) & mask;
                trie.put(new dev.plumbline.validator.net.Prefix(new dev.plumbline.validator.net.Ipv4(nets[i]), lengths[i]), i);
            }
            trie.freeze();
            for (int probe = 0; probe < 500; probe++) {
                int address = random.nextInt() & 0x0F0F_FFFF | 0x0A00_0000;
                int best = -1;
                for (int i = 0; i < nets.length; i++) {
                    if (((address ^ nets[i]) & dev.plumbline.validator.net.Prefix.mask(lengths[i])) == 0
                            && (best < 0 || lengths[i] > lengths[best])) {
                        best = i;
                    }
                }
                int expectedLength = best < 0 ? -1 : lengths[best];
                assertThat(trie.longestMatchLength(address)).isEqualTo(expectedLength);
                if (best >= 0) {
                    assertThat(trie.longestMatch(address)).contains(best);
                }
            }
        }
    }

    @Test
    void longestMatch_onEmptyTrie_isEmpty() {
        PrefixTrie<String> trie = new PrefixTrie<String>().freeze();
        assertThat(trie.longestMatch(ip("1.2.3.4").bits())).isEmpty();
        assertThat(trie.longestMatch(p("1.2.3.0/24")).length()).isEqualTo(-1);
    }
}
