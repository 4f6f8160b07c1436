package org.unitscope.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Wall time and CPU time of a piece of work: the calling thread's CPU time (the Java kernels run on it) and the whole
 * process's (PyTorch runs on its own threads). On a shared machine the CPU times are the steadier figures.
 */
record Clock(double wallSeconds, double threadCpuSeconds, double processCpuSeconds) {

    static Clock time(Runnable work) {
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long w = System.nanoTime();
        long t = threads.getCurrentThreadCpuTime();
        long p = os.getProcessCpuTime();
        work.run();
        return new Clock((System.nanoTime() - w) / 1e9, (threads.getCurrentThreadCpuTime() - t) / 1e9,
                (os.getProcessCpuTime() - p) / 1e9);
    }
}
