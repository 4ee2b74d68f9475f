package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.net.Ipv4;
import java.util.List;

/** Where a trace starts or ends. */
public sealed interface Place {

    /**
     * Stands for "somewhere on the internet" in tests; the CLI uses {@link Topology#internetStandIn()},
     * which avoids addresses the network owns.
     */
    Ipv4 DEFAULT_INTERNET_ADDRESS = Ipv4.of(203, 0, 113, 10);

    String describe();

    /** A network interface (an instance is its primary interface). */
    record AtInterface(NetworkInterface networkInterface) implements Place {
        @Override
        public String describe() {
            return networkInterface.label();
        }
    }

    /**
     * A host in a subnet, standing for any: {@code address} is the address assumed; it filters
     * nothing unless security groups are given.
     */
    record SubnetHost(Subnet subnet, Ipv4 address, List<String> securityGroupIds) implements Place {
        public SubnetHost {
            securityGroupIds = Canonical.list(securityGroupIds);
        }

        @Override
        public String describe() {
            return "a host " + address + " in " + subnet.label();
        }
    }

    /** An address on the internet, outside every modelled VPC; {@code standIn} when the user named no address. */
    record Internet(Ipv4 address, boolean standIn) implements Place {
        public Internet(Ipv4 address) {
            this(address, false);
        }

        @Override
        public String describe() {
            return "the internet (" + address + ")";
        }
    }

    /** An interface endpoint: the trace enters it through its network interface in the source's AZ. */
    record AtInterfaceEndpoint(InterfaceEndpoint endpoint) implements Place {
        @Override
        public String describe() {
            return endpoint.label();
        }
    }

    /** A VPC Lattice service (request traces). */
    record AtLatticeService(LatticeService service) implements Place {
        @Override
        public String describe() {
            return service.label();
        }
    }
}
