package dev.plumbline.host;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/** Whether a local port accepts connections on an address of this machine other than loopback. */
final class OffLoopback {

    private OffLoopback() {
    }

    /** This machine's first non-loopback IPv4 address, if it has one. */
    static Optional<InetAddress> address() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** False when there is no other address to try, or the connection is refused there. */
    static boolean reachable(int port) {
        Optional<InetAddress> other = address();
        if (other.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(other.get(), port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
