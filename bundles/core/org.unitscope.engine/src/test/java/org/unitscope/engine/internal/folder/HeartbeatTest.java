package org.unitscope.engine.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    @Test
    void beatsAtOnceThenAtItsPeriodAndNeverAfterItIsClosed() throws InterruptedException {
        AtomicInteger beats = new AtomicInteger();
        Heartbeat h = Heartbeat.start(beats::incrementAndGet, 0.05);
        Thread.sleep(400);
        h.close();
        int atClose = beats.get();
        assertThat(atClose).as("about 8 beats in 0.4 s at 0.05 s").isBetween(3, 10);
        Thread.sleep(200);
        assertThat(beats.get()).isEqualTo(atClose);
    }

    @Test
    void aBeatThatThrowsDoesNotStopTheNextOnes() throws InterruptedException {
        AtomicInteger beats = new AtomicInteger();
        try (Heartbeat h = Heartbeat.start(() -> {
            if (beats.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        }, 0.02)) {
            Thread.sleep(200);
        }
        assertThat(beats.get()).isGreaterThan(2);
    }
}
