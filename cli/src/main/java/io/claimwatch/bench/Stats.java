package io.claimwatch.bench;

import java.util.Arrays;
import java.util.Collection;

/** Median and spread of repeated measurements: the median resists one pass disturbed by another process. */
record Stats(double median, double min, double max, int n) {

    static Stats of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = v.length / 2;
        double median = v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
        return new Stats(median, v[0], v[v.length - 1], v.length);
    }

    static Stats of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }
}
