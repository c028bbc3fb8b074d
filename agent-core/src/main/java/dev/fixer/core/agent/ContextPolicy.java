package dev.fixer.core.agent;

/**
 * When and how far old tool outputs are elided from the prompt.
 *
 * @param windowTokens the model's context window
 * @param share the share of the window the prompt may fill before elision starts
 * @param reservedOutputTokens tokens kept free for the reply ({@code max_completion_tokens}): prompt
 *     plus this must fit the window
 * @param keepRecentOutputs the newest tool outputs that are never elided
 */
public record ContextPolicy(int windowTokens, double share, int reservedOutputTokens, int keepRecentOutputs) {

  public static final ContextPolicy KIMI = new ContextPolicy(262_144, 0.75, 32_768, 2);

  /** After elision the estimate is brought down to this share of the trigger, so it happens rarely. */
  static final double TARGET_OF_TRIGGER = 0.6;

  public ContextPolicy {
    if (windowTokens <= 0 || reservedOutputTokens < 0 || reservedOutputTokens >= windowTokens) {
      throw new IllegalArgumentException("the context window must be larger than the reserved output");
    }
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("the context share must be in (0, 1], got " + share);
    }
    if (keepRecentOutputs < 0) {
      throw new IllegalArgumentException("keepRecentOutputs must not be negative");
    }
  }

  /** The estimated prompt size at which elision starts. */
  public long triggerTokens() {
    return Math.min((long) (windowTokens * share), windowTokens - reservedOutputTokens);
  }

  /** The estimated prompt size elision aims for. */
  public long targetTokens() {
    return (long) (triggerTokens() * TARGET_OF_TRIGGER);
  }
}
