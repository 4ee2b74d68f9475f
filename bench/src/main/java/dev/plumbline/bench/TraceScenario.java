package dev.plumbline.bench;

import dev.plumbline.bench.SyntheticNetworks.Spec;
import dev.plumbline.bench.SyntheticNetworks.SyntheticNetwork;
import dev.plumbline.bench.SyntheticNetworks.VpcLayout;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of trace the {@link TraceBenchmark} measures: the requests (many sources and destinations, so the
 * measurement is not one cached path) and how each must end. Adding a scenario is adding a constant with its
 * {@link #requests} method; a scenario that needs other elements (PrivateLink, GWLB, Lattice) overrides
 * {@link #network} too.
 */
public enum TraceScenario {

    /** A web instance (public subnet) to an app instance (private subnet) of the same VPC, TCP 8080. */
    INSTANCE_TO_INSTANCE(Disposition.ACCEPTED) {
        @Override
        List<TraceRequest> requests(SyntheticNetwork network) {
            List<TraceRequest> out = new ArrayList<>();
            for (VpcLayout vpc : network.vpcs()) {
                for (int k = 0; k < vpc.app().size(); k++) {
                    out.add(TraceRequest.tcp(at(vpc.web().get(k % vpc.web().size())), at(vpc.app().get(k)),
                            SyntheticNetworks.APP_PORT));
                }
            }
            return out;
        }
    },

    /** An app instance to the internet on TCP 443 through its zone's NAT gateway and the internet gateway. */
    INSTANCE_TO_INTERNET_VIA_NAT(Disposition.EXITS_NETWORK) {
        @Override
        List<TraceRequest> requests(SyntheticNetwork network) {
            List<TraceRequest> out = new ArrayList<>();
            Place internet = new Place.Internet(SyntheticNetworks.INTERNET);
            for (VpcLayout vpc : network.vpcs()) {
                for (NetworkInterface app : vpc.app()) {
                    out.add(TraceRequest.tcp(at(app), internet, SyntheticNetworks.WEB_PORT));
                }
            }
            return out;
        }
    },

    /** The internet to a web instance's public IP on TCP 443. */
    INTERNET_TO_INSTANCE(Disposition.ACCEPTED) {
        @Override
        List<TraceRequest> requests(SyntheticNetwork network) {
            List<TraceRequest> out = new ArrayList<>();
            Place internet = new Place.Internet(SyntheticNetworks.INTERNET);
            for (VpcLayout vpc : network.vpcs()) {
                for (NetworkInterface web : vpc.web()) {
                    out.add(TraceRequest.tcp(internet, at(web), SyntheticNetworks.WEB_PORT));
                }
            }
            return out;
        }
    },

    /** An app instance to an app instance of the next VPC over their peering, TCP 8080. */
    PEERED_VPC(Disposition.ACCEPTED) {
        @Override
        List<TraceRequest> requests(SyntheticNetwork network) {
            List<TraceRequest> out = new ArrayList<>();
            List<VpcLayout> vpcs = network.vpcs();
            for (int i = 0; i < vpcs.size(); i++) {
                VpcLayout from = vpcs.get(i);
                VpcLayout to = vpcs.get((i + 1) % vpcs.size());
                for (int k = 0; k < from.app().size(); k++) {
                    out.add(TraceRequest.tcp(at(from.app().get(k)), at(to.app().get(k % to.app().size())),
                            SyntheticNetworks.APP_PORT));
                }
            }
            return out;
        }
    };

    private final Disposition expected;

    TraceScenario(Disposition expected) {
        this.expected = expected;
    }

    /** How every trace of the scenario must end (and its reply must be accepted), or the benchmark refuses to run. */
    public Disposition expected() {
        return expected;
    }

    /** The network the scenario runs on; the plain VPC scenarios share the generator's standard layout. */
    SyntheticNetwork network(int elements, long seed) {
        return SyntheticNetworks.generate(Spec.ofAbout(elements), seed);
    }

    abstract List<TraceRequest> requests(SyntheticNetwork network);

    static Place at(NetworkInterface eni) {
        return new Place.AtInterface(eni);
    }
}
