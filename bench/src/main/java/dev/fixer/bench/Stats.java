package dev.fixer.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Percentiles of per-step nanosecond timings, shown in milliseconds. */
final class Stats {

  private final long[] sorted;

  private Stats(long[] sorted) {
    this.sorted = sorted;
  }

  static <T> Stats of(List<T> items, ToLongFunction<T> value) {
    return new Stats(items.stream().mapToLong(value).sorted().toArray());
  }

  String ms(double percentile) {
    int index = (int) Math.round(percentile / 100.0 * (sorted.length - 1));
    return String.format("%.3f", sorted[index] / 1e6);
  }

  String row() {
    return ms(50) + " | " + ms(90) + " | " + ms(99) + " | " + ms(100);
  }
}
