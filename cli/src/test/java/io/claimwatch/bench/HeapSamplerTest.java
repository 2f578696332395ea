package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HeapSamplerTest {
    @Test
    void peakIsAtLeastEveryValueItSaw() throws InterruptedException {
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicLong next = new AtomicLong();
        // values rise then fall: the peak must be the top, not the last
        long[] values = {10, 40, 30, 20};
        HeapSampler s = HeapSampler.start(() -> {
            long v = values[(int) Math.min(next.getAndIncrement(), values.length - 1)];
            seen.add(v);
            return v;
        }, 1);
        while (seen.size() < values.length) {
            Thread.sleep(1);
        }
        long peak = s.stop();
        assertThat(peak).isEqualTo(40);
        assertThat(seen).allSatisfy(v -> assertThat(peak).isGreaterThanOrEqualTo(v));
    }

    @Test
    void realHeapPeakIsAtLeastASampleTakenDuringThePhase() {
        try (HeapSampler s = HeapSampler.start()) {
            long now = s.sample();
            assertThat(now).isPositive();
            assertThat(s.peak()).isGreaterThanOrEqualTo(now);
        }
    }

    @Test
    void stopTakesALastSampleSoAShortPhaseCountsItsEnd() {
        AtomicLong value = new AtomicLong(5);
        HeapSampler s = HeapSampler.start(value::get, 60_000);
        value.set(99);
        assertThat(s.stop()).isEqualTo(99);
    }
}
