package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.unitscope.api.UnitscopeException;

class PluginGuardTest {
    private static final PluginCall FORWARD = new PluginCall("model backend 'x' 1.0 (bundle b 1.0, service 7)", "forward of stimuli 0..9");
    private final StopFlag stop = new StopFlag();
    private final PluginGuard guard = new PluginGuard(stop, PluginTimeout.DEFAULT);

    @Test
    void aCallThatReturnsGivesItsValueAndRunsOnAWorkerWithTheCallersClassLoader() {
        ClassLoader mine = new ClassLoader(getClass().getClassLoader()) {
        };
        Thread.currentThread().setContextClassLoader(mine);
        AtomicReference<Thread> on = new AtomicReference<>();
        AtomicReference<ClassLoader> loader = new AtomicReference<>();

        int v = guard.call(FORWARD, () -> {
            on.set(Thread.currentThread());
            loader.set(Thread.currentThread().getContextClassLoader());
            return 42;
        });

        assertThat(v).isEqualTo(42);
        assertThat(on.get()).isNotSameAs(Thread.currentThread());
        assertThat(loader.get()).isSameAs(mine);
        assertThat(stop.requested()).isFalse();
    }

    @Test
    void successiveCallsShareOneThreadSoAPluginsThreadLocalStateHolds() {
        Thread first = guard.call(FORWARD, Thread::currentThread);
        Thread second = guard.call(FORWARD, Thread::currentThread);
        assertThat(second).isSameAs(first);
    }

    @Test
    void aCallThatThrowsStopsTheRunNamingThePluginAndTheBatch() {
        assertThatThrownBy(() -> guard.call(FORWARD, () -> {
            throw new IllegalStateException("kaput");
        })).isInstanceOf(PluginFailure.class)
                .hasMessage("model backend 'x' 1.0 (bundle b 1.0, service 7) threw in forward of stimuli 0..9: kaput");
        assertThat(stop.reason()).isEqualTo("model backend 'x' 1.0 (bundle b 1.0, service 7) threw in forward of stimuli 0..9: kaput");
    }

    @Test
    void aRefusalBeforeAnyWorkIsPassedOnUnchangedAndDoesNotStopTheRun() {
        UnitscopeException refusal = new UnitscopeException("no such weights");
        assertThatThrownBy(() -> guard.open(FORWARD, () -> {
            throw refusal;
        })).isSameAs(refusal);
        IOException io = new IOException("disk");
        assertThatThrownBy(() -> guard.open(FORWARD, () -> {
            throw io;
        })).isSameAs(io);
        assertThat(stop.requested()).isFalse();
    }

    @Test
    void aHungCallIsAbandonedSoonAfterAStopAndNamedInTheReason() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            try {
                entered.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            stop.stop("interrupted");
        });
        stopper.start();
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> guard.call(FORWARD, () -> {
            entered.countDown();
            return hangIgnoringInterrupts();
        })).isInstanceOf(PluginFailure.class).hasMessageContaining("stopped while");
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(seconds).isLessThan(PluginGuard.CALL_GRACE_MILLIS / 1000.0 + 0.5);
        assertThat(stop.reason()).isEqualTo("interrupted; abandoned model backend 'x' 1.0 (bundle b 1.0, service 7) in forward of stimuli 0..9");
        assertThat(guard.abandonedRunning()).isTrue();
    }

    @Test
    void aCallThatFinishesItsBatchWithinTheGraceIsKept() {
        stop.stop("interrupted");
        int v = guard.call(FORWARD, () -> {
            awaitUninterruptibly(new CountDownLatch(1), 50);
            return 1;
        });
        assertThat(v).isEqualTo(1);
        assertThat(stop.reason()).isEqualTo("interrupted");
    }

    @Test
    void aCallPastTheTimeoutIsAbandonedAndTheRunStoppedNamingIt() {
        PluginGuard impatient = new PluginGuard(stop, new PluginTimeout(200));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> impatient.call(FORWARD, PluginGuardTest::hang)).isInstanceOf(PluginFailure.class);
        assertThat((System.nanoTime() - t0) / 1e9).isBetween(0.2, 1.5);
        assertThat(stop.reason()).isEqualTo("model backend 'x' 1.0 (bundle b 1.0, service 7) did not return from forward of"
                + " stimuli 0..9 within 0.2 s (unitscope.plugin.timeout): abandoned");
    }

    @Test
    void aCallAfterAnAbandonedOneGetsAFreshThread() throws Exception {
        PluginGuard impatient = new PluginGuard(stop, new PluginTimeout(100));
        AtomicReference<Thread> hung = new AtomicReference<>();
        assertThatThrownBy(() -> impatient.call(FORWARD, () -> {
            hung.set(Thread.currentThread());
            return hangIgnoringInterrupts();
        })).isInstanceOf(PluginFailure.class);
        Thread next = impatient.open(FORWARD, Thread::currentThread);
        assertThat(next).isNotSameAs(hung.get());
    }

    @Test
    void closingWaitsForAnAbandonedCallToReturn() throws Exception {
        PluginGuard impatient = new PluginGuard(stop, new PluginTimeout(100));
        CountDownLatch release = new CountDownLatch(1);
        assertThatThrownBy(() -> impatient.call(FORWARD, () -> {
            awaitUninterruptibly(release);
            return 0;
        })).isInstanceOf(PluginFailure.class);
        CountDownLatch closed = new CountDownLatch(1);

        impatient.whenSettled(closed::countDown);

        assertThat(closed.await(200, TimeUnit.MILLISECONDS)).as("closed under a running call").isFalse();
        release.countDown();
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aStageIsNotTimedButIsAbandonedAfterItsGraceAtAStop() {
        PluginGuard impatient = new PluginGuard(stop, new PluginTimeout(50));
        CountDownLatch entered = new CountDownLatch(1);
        new Thread(() -> {
            try {
                entered.await(10, TimeUnit.SECONDS);
                Thread.sleep(300); // longer than the call timeout: a stage is not timed
            } catch (InterruptedException e) {
                return;
            }
            stop.stop("interrupted");
        }).start();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> impatient.stage(FORWARD, () -> {
            entered.countDown();
            return hangIgnoringInterrupts();
        })).isInstanceOf(PluginFailure.class).hasMessageContaining("stopped while");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isBetween(0.3 + PluginGuard.STAGE_GRACE_MILLIS / 1000.0, 2.0);
        assertThat(stop.reason()).startsWith("interrupted; abandoned");
    }

    private static int hang() throws IOException {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            throw new IOException("interrupted", e);
        }
        return 0;
    }

    /** A native call does not answer interrupts. */
    private static int hangIgnoringInterrupts() {
        awaitUninterruptibly(new CountDownLatch(1));
        return 0;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        awaitUninterruptibly(latch, 30_000);
    }

    private static void awaitUninterruptibly(CountDownLatch latch, long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (latch.getCount() > 0 && System.nanoTime() < end) {
            try {
                latch.await(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // ignored, as a native call would
            }
        }
    }
}
