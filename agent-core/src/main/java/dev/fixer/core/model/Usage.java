package dev.fixer.core.model;

/**
 * Tokens used by one request or summed over a run.
 *
 * @param promptTokens prompt tokens, cached ones included
 * @param cachedTokens the prompt tokens served from the prefix cache
 * @param completionTokens output tokens, reasoning included
 */
public record Usage(long promptTokens, long cachedTokens, long completionTokens) {

  public static final Usage ZERO = new Usage(0, 0, 0);

  public Usage {
    if (promptTokens < 0 || cachedTokens < 0 || completionTokens < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
    cachedTokens = Math.min(cachedTokens, promptTokens);
  }

  public Usage plus(Usage other) {
    return new Usage(
        promptTokens + other.promptTokens,
        cachedTokens + other.cachedTokens,
        completionTokens + other.completionTokens);
  }

  /** Prompt tokens that missed the cache. */
  public long uncachedTokens() {
    return promptTokens - cachedTokens;
  }
}
