package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A stop request in the middle of the Krylov phase ends the run at the next chunk of patches, not at its end. */
class MatrixFreeStopTest {

    private static final GroundTruthUnits G = new GroundTruthUnits(7, 2500, 5);
    private static final float[][] UNITS = {G.complex(20), G.simple(100)};

    /** Counts the checks; from check {@code from} on (when >= 0) it answers "stop". */
    private static final class CountingStop implements BooleanSupplier {
        final AtomicLong checks = new AtomicLong();
        final long from;

        CountingStop(long from) {
            this.from = from;
        }

        @Override
        public boolean getAsBoolean() {
            long n = checks.incrementAndGet();
            return from >= 0 && n >= from;
        }
    }

    private static MatrixFreeAwc awc() {
        return new MatrixFreeAwc(AwcSettings.of(19, 0.1, 3, 11).withDenseBelow(0), MatrixFreeAwc.Kernels.java());
    }

    @Test
    void aStopRequestMidwayIsHonouredAtTheVeryNextCheckAndEveryPassChecksBeforeEachChunk() {
        CountingStop never = new CountingStop(-1);
        MatrixFreeAwc whole = awc();
        whole.run(G.source(), UNITS, never);
        long total = never.checks.get();
        // every pass over the N rows asks at least once per chunk of at most 512 rows
        assertThat(total).isGreaterThanOrEqualTo(whole.passes() * ((G.n + 511) / 512));

        CountingStop midway = new CountingStop(total / 2);
        MatrixFreeAwc stopped = awc();
        assertThatThrownBy(() -> stopped.run(G.source(), UNITS, midway)).isInstanceOf(CancellationException.class);
        assertThat(midway.checks.get()).isEqualTo(total / 2);
        assertThat(stopped.passes()).isLessThan(whole.passes());
    }
}
