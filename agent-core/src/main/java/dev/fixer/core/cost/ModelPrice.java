package dev.fixer.core.cost;

import dev.fixer.core.model.Usage;

/**
 * USD per million tokens.
 *
 * @param cacheMiss prompt tokens not served from the cache
 * @param cacheHit prompt tokens served from the cache
 * @param output completion tokens, reasoning included
 */
public record ModelPrice(double cacheMiss, double cacheHit, double output) {

  public ModelPrice {
    if (cacheMiss < 0 || cacheHit < 0 || output < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }

  /**
   * Parses {@code miss/hit/output}, e.g. {@code 0.95/0.16/4.00}.
   *
   * @throws IllegalArgumentException naming the text when it is not three numbers
   */
  public static ModelPrice parse(String text) {
    String[] parts = text.strip().split("\\s*/\\s*");
    try {
      if (parts.length == 3) {
        return new ModelPrice(
            Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "price '" + text + "' is not 'cache-miss/cache-hit/output' in USD per million tokens, e.g. 0.95/0.16/4.00");
  }

  public double cost(Usage usage) {
    return (usage.uncachedTokens() * cacheMiss + usage.cachedTokens() * cacheHit
        + usage.completionTokens() * output) / 1_000_000.0;
  }
}
