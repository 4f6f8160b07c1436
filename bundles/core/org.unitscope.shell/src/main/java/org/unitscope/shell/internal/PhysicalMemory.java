package org.unitscope.shell.internal;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The machine's physical memory, from the platform's operating-system bean (what
 * {@code com.sun.management.OperatingSystemMXBean.getTotalMemorySize()} returns), read as a JMX attribute so that the
 * bundle imports no {@code com.sun} package, which the framework does not export.
 */
final class PhysicalMemory {
    private PhysicalMemory() {
    }

    /** Bytes of physical memory, or -1 when the JVM does not say. */
    static long total() {
        try {
            Object v = ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName("java.lang:type=OperatingSystem"),
                    "TotalMemorySize");
            return v instanceof Number n && n.longValue() > 0 ? n.longValue() : -1;
        } catch (JMException | RuntimeException e) {
            return -1;
        }
    }
}
