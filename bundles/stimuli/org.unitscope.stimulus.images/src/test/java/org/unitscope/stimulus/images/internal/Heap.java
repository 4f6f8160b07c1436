package org.unitscope.stimulus.images.internal;

/** Heap in use after collecting garbage, for tests that check memory does not grow with the data set. */
final class Heap {
    private Heap() {
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // a few rounds: one System.gc() can leave objects that only the next collection frees
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
