package dev.fixer.core.client;

/**
 * Sampling fields, each sent only when set. Kimi K2.5 and later fix these values and reject others,
 * so leave them unset unless the server needs them.
 */
public record Sampling(Double temperature, Double topP, Double presencePenalty, Double frequencyPenalty) {

  public static final Sampling NONE = new Sampling(null, null, null, null);
}
