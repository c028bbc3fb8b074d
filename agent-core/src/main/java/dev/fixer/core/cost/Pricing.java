package dev.fixer.core.cost;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices by model id. Kimi K2.6, K2.5 and K3 are built in; {@link #with} overrides or adds one. A
 * provider prefix such as {@code moonshotai/} is ignored when looking a model up.
 */
public final class Pricing {

  private static final Map<String, ModelPrice> BUILT_IN = Map.of(
      "kimi-k2.6", new ModelPrice(0.95, 0.16, 4.00),
      "kimi-k2.5", new ModelPrice(0.60, 0.10, 3.00),
      "kimi-k3", new ModelPrice(3.00, 0.30, 15.00));

  private final Map<String, ModelPrice> prices;

  private Pricing(Map<String, ModelPrice> prices) {
    this.prices = Map.copyOf(prices);
  }

  public static Pricing builtIn() {
    return new Pricing(BUILT_IN);
  }

  /** These prices, with {@code model} priced at {@code price}. */
  public Pricing with(String model, ModelPrice price) {
    Map<String, ModelPrice> copy = new HashMap<>(prices);
    copy.put(model, price);
    return new Pricing(copy);
  }

  /** The price of {@code model}, if known. */
  public Optional<ModelPrice> priceOf(String model) {
    ModelPrice exact = prices.get(model);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(prices.get(model.substring(model.lastIndexOf('/') + 1)));
  }
}
