package dev.fixer.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Percentiles of nanosecond timings, shown in milliseconds or seconds. */
final class Stats {

  private final long[] sorted;

  private Stats(long[] sorted) {
    this.sorted = sorted;
  }

  static <T> Stats of(List<T> items, ToLongFunction<T> value) {
    return new Stats(items.stream().mapToLong(value).sorted().toArray());
  }

  String ms(double percentile) {
    return String.format("%.3f", sorted[index(percentile)] / 1e6);
  }

  double seconds(double percentile) {
    return sorted[index(percentile)] / 1e9;
  }

  String row() {
    return ms(50) + " | " + ms(90) + " | " + ms(99) + " | " + ms(100);
  }

  private int index(double percentile) {
    return (int) Math.round(percentile / 100.0 * (sorted.length - 1));
  }
}
