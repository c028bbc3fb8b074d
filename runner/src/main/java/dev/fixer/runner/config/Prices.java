package dev.fixer.runner.config;

import dev.fixer.core.cost.ModelPrice;

/** A model's price from its three parts as users give them, in USD per million tokens. */
public final class Prices {

  private Prices() {}

  /**
   * The price, or null when no part is given. The cached price defaults to the input price.
   *
   * @param inputName how the input part is named to the user, e.g. {@code --price-input}
   * @param outputName how the output part is named
   * @throws IllegalArgumentException if only some parts are given, naming what is missing
   */
  public static ModelPrice of(Double input, Double cached, Double output, String inputName, String outputName) {
    if (input == null && cached == null && output == null) {
      return null;
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("a price needs " + inputName + " and " + outputName
          + " in USD per million tokens (the cached price defaults to the input price); "
          + (input == null ? inputName : outputName) + " is missing");
    }
    return new ModelPrice(input, cached == null ? input : cached, output);
  }
}
