package dk.trappen.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one run, and the min/median/max of a figure over the runs. */
final class Stats {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    int count() {
        return nanos.size();
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    double percentileMillis(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    /** "min / median / max" of one value measured in each run. */
    static String spread(List<Double> values, String format) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(Locale.ROOT, format + " / " + format + " / " + format, sorted.get(0), median,
                sorted.get(sorted.size() - 1));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
}
