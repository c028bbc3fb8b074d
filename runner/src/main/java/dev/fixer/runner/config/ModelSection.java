package dev.fixer.runner.config;

import dev.fixer.core.cost.ModelPrice;
import java.util.function.ToIntFunction;

/**
 * {@code model:} in {@code .fixer.yml}: a model id, or a mapping that also gives the model's price and
 * context window, for models fixer has no built-in figures for.
 */
record ModelSection(String name, ModelPrice price, Integer contextWindow) {

  static ModelSection read(Object raw, ToIntFunction<String> lineOf) {
    if (raw == null) {
      return new ModelSection(null, null, null);
    }
    if (!(raw instanceof java.util.Map)) {
      try {
        return new ModelSection(ConfigValues.asText("model", raw), null, null);
      } catch (BadValue e) {
        throw e.at(lineOf.applyAsInt("model"));
      }
    }
    Section section = Section.of("model", raw, ConfigFields.MODEL_KEYS, lineOf);
    String name = section.value("name", value -> ConfigValues.asText("model.name", value));
    Double input = section.value("price_input", value -> ConfigValues.asPrice("model.price_input", value));
    Double cached = section.value("price_cached", value -> ConfigValues.asPrice("model.price_cached", value));
    Double output = section.value("price_output", value -> ConfigValues.asPrice("model.price_output", value));
    Integer window = section.value("context_window", ConfigValues::asContextWindow);
    ModelPrice price;
    try {
      price = Prices.of(input, cached, output, "price_input", "price_output");
    } catch (IllegalArgumentException e) {
      throw section.problem(e.getMessage());
    }
    return new ModelSection(name, price, window);
  }
}
