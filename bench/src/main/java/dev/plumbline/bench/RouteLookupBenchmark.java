package dev.plumbline.bench;

import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.sim.CompiledRouteTable;
import dev.plumbline.validator.sim.Topology;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Longest-prefix-match route lookups, ops/s per thread: Plumbline's {@link CompiledRouteTable#lookup(Ipv4)} (an
 * array-backed binary trie returning every equal-best route as a {@code RouteLookup}) against IPAddress's
 * {@link IPv4AddressAssociativeTrie#longestPrefixMatchNode} on the same routes and the same addresses.
 *
 * <p>Tables come from {@link SyntheticNetworks#routeTable}; the {@value #BATCH} addresses from
 * {@link SyntheticNetworks#lookupAddresses} are made before measuring, as {@link Ipv4} and {@link IPv4Address}
 * objects, so neither side pays for parsing. One invocation looks up the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RouteLookupBenchmark {

    static final int BATCH = 1024;

    @Param({"50", "1000"})
    public int routes;

    @Param({"1"})
    public long seed;

    private CompiledRouteTable plumbline;
    private IPv4AddressAssociativeTrie<Route> ipaddress;
    private Ipv4[] addresses;
    private IPv4Address[] ipaddressAddresses;

    @Setup
    public void setup() {
        RouteTable table = SyntheticNetworks.routeTable(routes, seed);
        Network network = Network.builder().add(SyntheticNetworks.routeTableVpc()).add(table).build();
        plumbline = new Topology(network).compiled(table);
        ipaddress = new IPv4AddressAssociativeTrie<>();
        for (Route route : table.routes()) {
            Prefix prefix = ((RouteDestination.Cidr) route.destination()).prefix();
            ipaddress.put(new IPv4Address(prefix.network().bits(), prefix.length()).toPrefixBlock(), route);
        }
        int[] bits = SyntheticNetworks.lookupAddresses(table, BATCH, seed);
        addresses = new Ipv4[BATCH];
        ipaddressAddresses = new IPv4Address[BATCH];
        for (int i = 0; i < BATCH; i++) {
            addresses[i] = new Ipv4(bits[i]);
            ipaddressAddresses[i] = new IPv4Address(bits[i]);
        }
        for (int i = 0; i < BATCH; i++) {
            Route ours = plumbline.lookup(addresses[i]).routes().get(0);
            Route theirs = ipaddress.longestPrefixMatchNode(ipaddressAddresses[i]).getValue();
            if (!ours.equals(theirs)) {
                throw new IllegalStateException("the tries disagree on " + addresses[i] + ": " + ours.render() + " vs "
                        + theirs.render());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void plumblineTrie(Blackhole sink) {
        for (Ipv4 address : addresses) {
            sink.consume(plumbline.lookup(address));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ipaddressTrie(Blackhole sink) {
        for (IPv4Address address : ipaddressAddresses) {
            sink.consume(ipaddress.longestPrefixMatchNode(address).getValue());
        }
    }
}
