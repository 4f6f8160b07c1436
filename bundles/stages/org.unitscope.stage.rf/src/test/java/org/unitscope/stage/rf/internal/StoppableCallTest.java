package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StoppableCallTest {

    @Test
    void aCallThatReturnsGivesItsValueAndWhatItThrowsIsPassedOn() {
        assertThat(StoppableCall.call("sum", () -> false, () -> 1 + 1)).isEqualTo(2);
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> StoppableCall.call("boom", () -> false, () -> {
            throw boom;
        })).isSameAs(boom);
    }

    @Test
    void aStopInterruptsTheCallWhichEndsCooperativelyAndTheStageHearsCancellation() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawInterrupt = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            try {
                started.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            stop.set(true);
        });
        stopper.start();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> StoppableCall.call("analysis", stop::get, () -> {
            started.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                Math.sqrt(Math.random()); // a long loop that checks its interrupt flag, as the AWC's does
            }
            sawInterrupt.set(true);
            throw new CancellationException("awc: stopped");
        })).isInstanceOf(CancellationException.class).hasMessage("stopped during analysis");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.0);
        assertThat(sawInterrupt).isTrue();
    }

    @Test
    void aCallThatIgnoresTheInterruptIsLeftBehindShortlyAfterTheStop() {
        CountDownLatch never = new CountDownLatch(1);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> StoppableCall.call("native", () -> System.nanoTime() - t0 > 100_000_000L, () -> {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (never.getCount() > 0 && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return 0;
        })).isInstanceOf(CancellationException.class);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isBetween(0.1 + StoppableCall.INTERRUPT_GRACE_MILLIS / 1000.0, 1.0);
        never.countDown();
    }
}
