package dev.fixer.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fixer.core.model.Usage;
import org.junit.jupiter.api.Test;

class PricingTest {

  @Test
  void pricesTheBuiltInModelsPerMillionTokensSplitByCacheHits() {
    Pricing pricing = Pricing.builtIn();
    Usage usage = new Usage(1_000_000, 400_000, 100_000);

    assertThat(pricing.priceOf("kimi-k2.6").orElseThrow().cost(usage)).isCloseTo(0.6 * 0.95 + 0.4 * 0.16 + 0.1 * 4.00, within(1e-12));
    assertThat(pricing.priceOf("kimi-k2.5").orElseThrow().cost(usage)).isCloseTo(0.6 * 0.60 + 0.4 * 0.10 + 0.1 * 3.00, within(1e-12));
    assertThat(pricing.priceOf("kimi-k3").orElseThrow().cost(usage)).isCloseTo(0.6 * 3.00 + 0.4 * 0.30 + 0.1 * 15.00, within(1e-12));
  }

  @Test
  void ignoresAProviderPrefix() {
    assertThat(Pricing.builtIn().priceOf("moonshotai/kimi-k2.5")).isEqualTo(Pricing.builtIn().priceOf("kimi-k2.5"));
  }

  @Test
  void knowsNoPriceForAnUnknownModel() {
    assertThat(Pricing.builtIn().priceOf("llama3")).isEmpty();
  }

  @Test
  void takesOverrides() {
    Pricing pricing = Pricing.builtIn().with("kimi-k2.6", ModelPrice.parse("1/0.5/2"));

    assertThat(pricing.priceOf("kimi-k2.6")).contains(new ModelPrice(1, 0.5, 2));
    assertThat(Pricing.builtIn().priceOf("kimi-k2.6")).contains(new ModelPrice(0.95, 0.16, 4.00));
  }

  @Test
  void explainsAPriceItCannotParse() {
    assertThatThrownBy(() -> ModelPrice.parse("cheap")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'cheap'").hasMessageContaining("0.95/0.16/4.00");
  }
}
