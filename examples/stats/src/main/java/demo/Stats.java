package demo;

import java.util.Arrays;

/** Small statistics over whole numbers. */
public final class Stats {

  private Stats() {}

  /** The arithmetic mean. */
  public static double mean(int... values) {
    requireValues(values);
    long sum = 0;
    for (int value : values) {
      sum += value;
    }
    return (double) sum / values.length;
  }

  /** The middle value; for an even count, the mean of the two middle values. */
  public static double median(int... values) {
    requireValues(values);
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted[middle];
  }

  private static void requireValues(int[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
  }
}
