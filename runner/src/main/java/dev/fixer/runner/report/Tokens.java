package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tokens and cost of one request or of a whole run.
 *
 * @param prompt prompt tokens, cached ones included
 * @param cached prompt tokens served from the cache
 * @param completion completion tokens
 * @param costUsd what they cost; {@code null} when the price is unknown
 */
record Tokens(long prompt, long cached, long completion, Double costUsd) {

  static final Tokens NONE = new Tokens(0, 0, 0, null);

  /** From a {@code {"prompt_tokens", "cached_tokens", "completion_tokens"}} object and a cost. */
  static Tokens of(JsonNode usage, JsonNode cost) {
    return new Tokens(usage.path("prompt_tokens").asLong(), usage.path("cached_tokens").asLong(),
        usage.path("completion_tokens").asLong(), cost != null && cost.isNumber() ? cost.asDouble() : null);
  }

  /** The share of prompt tokens served from the cache, 0 to 1; 0 when there were none. */
  double cacheHit() {
    return prompt == 0 ? 0 : (double) cached / prompt;
  }
}
