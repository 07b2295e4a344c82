package org.mockinterview.support;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * Stops and restarts the test JVM's embedded PostgreSQL, keeping its data, to inject a database outage.
 */
public final class EmbeddedPostgresControl {

    private EmbeddedPostgresControl() {
    }

    /** A fast shutdown: open connections are cut, as when the database host goes away. */
    public static void stop() {
        invoke("stop");
    }

    /** The same server again, same port and data. */
    public static void start() {
        invoke("start");
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("org.mockinterview:type=EmbeddedPostgres"), operation, null, null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + operation + " the embedded PostgreSQL", e);
        }
    }
}
