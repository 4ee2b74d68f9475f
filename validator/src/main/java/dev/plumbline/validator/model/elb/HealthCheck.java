package dev.plumbline.validator.model.elb;

import dev.plumbline.validator.model.Canonical;

/**
 * A target group's health check. {@code port} is a number or {@code traffic-port}. For GWLB target
 * groups the defaults are TCP on port 80, interval 10 s, timeout 5 s, thresholds 5 and 2.
 */
public record HealthCheck(boolean enabled, String protocol, String port, String path, int intervalSeconds,
        int timeoutSeconds, int healthyThreshold, int unhealthyThreshold) {

    public static final HealthCheck GWLB_DEFAULT = new HealthCheck(true, "TCP", "80", "", 10, 5, 5, 2);

    public HealthCheck {
        protocol = Canonical.text(protocol);
        port = port == null || port.isEmpty() ? "traffic-port" : port;
        path = Canonical.text(path);
    }

    /** The port the check connects to, given the target group's traffic port. */
    public int effectivePort(int trafficPort) {
        if ("traffic-port".equals(port)) {
            return trafficPort;
        }
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return trafficPort;
        }
    }
}
