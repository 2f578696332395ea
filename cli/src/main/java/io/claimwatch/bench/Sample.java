package io.claimwatch.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed sample of a corpus: every k-th item from the first, so that the sample is spread over the whole
 * file (corpora are often ordered by date or source) yet the same on every run.
 */
final class Sample {
    private Sample() {
    }

    /** The step k for {@code n} of {@code total} items: at least 1, so that a small corpus is taken whole. */
    static int step(int total, int n) {
        return n <= 0 ? 1 : Math.max(1, total / n);
    }

    /** Items 0, k, 2k, ... of {@code items}, at most {@code n} of them. */
    static <T> List<T> everyKth(List<T> items, int n) {
        int k = step(items.size(), n);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size() && out.size() < n; i += k) {
            out.add(items.get(i));
        }
        return out;
    }
}
