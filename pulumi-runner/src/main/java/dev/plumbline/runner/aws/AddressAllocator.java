package dev.plumbline.runner.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hands out IPv4 addresses the way AWS would, deterministically.
 *
 * <p>A subnet's pool is its CIDR less the five addresses AWS reserves: the network address, the
 * next three (router, DNS, future use) and the broadcast address
 * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html">subnet
 * sizing</a>). The public pool stands in for Amazon's: 198.51.100.1-254, then 203.0.113.1-254
 * (RFC 5737 documentation ranges, so no real address ever appears in a plan).
 *
 * <p>A claimant (a resource URN, with a suffix when it needs several addresses) prefers the slot
 * its hash picks and takes the next free one after it when that is taken. Resources register
 * concurrently, so when two claimants want one slot the order of registration would decide; such a
 * run is marked {@linkplain #contended() contended} and {@link #plan()} turns its claims into an
 * order-free assignment (explicit addresses first, then claimants sorted by preferred slot and
 * URN) for a second run to follow.
 */
public final class AddressAllocator {

    /** Key of the public pool. */
    public static final String PUBLIC_POOL = "public";

    private static final List<Block> PUBLIC_BLOCKS = List.of(
            new Block(Ipv4.parse("198.51.100.1"), 254), new Block(Ipv4.parse("203.0.113.1"), 254));

    private final Map<String, Map<String, Long>> plan;
    private final Map<String, Pool> pools = new HashMap<>();
    private boolean contended;

    /** An allocator following {@code plan} (pool -> claimant -> address), empty for a first run. */
    public AddressAllocator(Map<String, Map<String, Long>> plan) {
        this.plan = Map.copyOf(plan);
    }

    /** An address of the subnet with this id and CIDR for the claimant; empty when the CIDR is unusable or full. */
    public synchronized Optional<String> allocate(String subnetId, String cidr, String claimant) {
        return subnetPool(subnetId, cidr).flatMap(pool -> pool.allocate(claimant)).map(Ipv4::format);
    }

    /** A public address for the claimant. */
    public synchronized String allocatePublic(String claimant) {
        return publicPool().allocate(claimant).map(Ipv4::format)
                .orElseThrow(() -> new IllegalStateException("the offline public address pool (508 addresses) is exhausted"));
    }

    /** Records an address the program chose itself, so that no other claimant gets it. */
    public synchronized void claim(String subnetId, String cidr, String address, String claimant) {
        Optional<Long> parsed = Ipv4.tryParse(address);
        if (parsed.isPresent()) {
            subnetPool(subnetId, cidr).ifPresent(pool -> pool.claim(parsed.get(), claimant));
        }
    }

    /** Records a public address the program chose itself. */
    public synchronized void claimPublic(String address, String claimant) {
        Ipv4.tryParse(address).ifPresent(parsed -> publicPool().claim(parsed, claimant));
    }

    /** True when two claimants wanted the same address, so that the result depended on registration order. */
    public synchronized boolean contended() {
        return contended;
    }

    /** An assignment of every claim made so far that does not depend on the order of the claims. */
    public synchronized Map<String, Map<String, Long>> plan() {
        Map<String, Map<String, Long>> result = new HashMap<>();
        pools.forEach((key, pool) -> result.put(key, pool.orderFreeAssignment()));
        return result;
    }

    private Optional<Pool> subnetPool(String subnetId, String cidr) {
        Pool existing = pools.get(subnetId);
        if (existing != null) {
            return Optional.of(existing);
        }
        Optional<Block> block = usableBlock(cidr);
        block.ifPresent(b -> pools.put(subnetId, new Pool(subnetId, List.of(b))));
        return block.map(b -> pools.get(subnetId));
    }

    private Pool publicPool() {
        return pools.computeIfAbsent(PUBLIC_POOL, key -> new Pool(key, PUBLIC_BLOCKS));
    }

    private static Optional<Block> usableBlock(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<Long> address = Ipv4.tryParse(cidr.substring(0, slash));
        int length;
        try {
            length = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (address.isEmpty() || length < 0 || length > 28) {
            return Optional.empty();
        }
        long size = 1L << (32 - length);
        long network = address.get() & ~(size - 1) & 0xFFFF_FFFFL;
        return Optional.of(new Block(network + 4, size - 5));
    }

    /** {@code count} consecutive addresses from {@code first}. */
    private record Block(long first, long count) {
    }

    private final class Pool {
        private final String key;
        private final List<Block> blocks;
        private final long size;
        private final Map<Long, String> holders = new HashMap<>();
        private final Map<String, Long> addresses = new LinkedHashMap<>();
        private final Map<String, Boolean> explicit = new HashMap<>();
        private final Map<String, Long> planned;
        private final Map<Long, String> plannedHolders = new HashMap<>();

        Pool(String key, List<Block> blocks) {
            this.key = key;
            this.blocks = blocks;
            this.size = blocks.stream().mapToLong(Block::count).sum();
            this.planned = plan.getOrDefault(key, Map.of());
            planned.forEach((claimant, address) -> plannedHolders.put(address, claimant));
        }

        Optional<Long> allocate(String claimant) {
            Long held = addresses.get(claimant);
            if (held != null) {
                return Optional.of(held);
            }
            Long mine = planned.get(claimant);
            if (mine != null && !holders.containsKey(mine)) {
                take(mine, claimant, false);
                return Optional.of(mine);
            }
            long preferred = preferredSlot(claimant);
            for (long step = 0; step < size; step++) {
                long candidate = address((preferred + step) % size);
                if (!holders.containsKey(candidate) && !plannedForOther(candidate, claimant)) {
                    if (step > 0) {
                        contended = true;
                    }
                    take(candidate, claimant, false);
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }

        void claim(long address, String claimant) {
            String holder = holders.get(address);
            if (holder != null && !holder.equals(claimant)) {
                contended = true;
            }
            take(address, claimant, true);
        }

        private void take(long address, String claimant, boolean chosen) {
            holders.put(address, claimant);
            addresses.put(claimant, address);
            explicit.put(claimant, chosen);
        }

        private boolean plannedForOther(long address, String claimant) {
            String holder = plannedHolders.get(address);
            return holder != null && !holder.equals(claimant);
        }

        private long preferredSlot(String claimant) {
            return AwsIds.number(key + "|" + claimant) % size;
        }

        private long address(long slot) {
            long rest = slot;
            for (Block block : blocks) {
                if (rest < block.count()) {
                    return block.first() + rest;
                }
                rest -= block.count();
            }
            throw new IllegalStateException("slot beyond the pool");
        }

        Map<String, Long> orderFreeAssignment() {
            Map<String, Long> assignment = new HashMap<>();
            Map<Long, String> taken = new HashMap<>();
            List<String> chosen = new ArrayList<>();
            List<String> hashed = new ArrayList<>();
            addresses.keySet().forEach(c -> (explicit.get(c) ? chosen : hashed).add(c));
            chosen.sort(Comparator.naturalOrder());
            for (String claimant : chosen) {
                long address = addresses.get(claimant);
                assignment.put(claimant, address);
                taken.putIfAbsent(address, claimant);
            }
            hashed.sort(Comparator.comparingLong(this::preferredSlot).thenComparing(Comparator.naturalOrder()));
            for (String claimant : hashed) {
                long preferred = preferredSlot(claimant);
                for (long step = 0; step < size; step++) {
                    long candidate = address((preferred + step) % size);
                    if (!taken.containsKey(candidate)) {
                        taken.put(candidate, claimant);
                        assignment.put(claimant, candidate);
                        break;
                    }
                }
            }
            return assignment;
        }
    }
}
