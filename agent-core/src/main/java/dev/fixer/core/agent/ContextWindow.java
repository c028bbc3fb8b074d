package dev.fixer.core.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Estimates the prompt's size in tokens and elides old tool outputs, oldest first, when it nears the
 * window. The estimate is characters times a tokens-per-character ratio calibrated on the prompt
 * tokens the API reports for each request.
 */
final class ContextWindow {

  private static final double INITIAL_TOKENS_PER_CHAR = 0.3;

  private final ContextPolicy policy;
  private final long fixedChars;
  private double tokensPerChar = INITIAL_TOKENS_PER_CHAR;
  private long charsSent;

  /** @param fixedChars characters sent on every request besides the messages (the tool list) */
  ContextWindow(ContextPolicy policy, long fixedChars) {
    this.policy = policy;
    this.fixedChars = fixedChars;
  }

  long estimate(Conversation conversation) {
    return (long) Math.ceil((conversation.viewChars() + fixedChars) * tokensPerChar);
  }

  /** Notes the size of the request about to be sent, to calibrate against its usage. */
  void sending(Conversation conversation) {
    charsSent = conversation.viewChars() + fixedChars;
  }

  /** Calibrates the estimate on the prompt tokens the API counted for the last request. */
  void observed(long promptTokens) {
    if (promptTokens > 0 && charsSent > 0) {
      tokensPerChar = Math.max(0.05, Math.min(2.0, promptTokens / (double) charsSent));
    }
  }

  /** Elides old outputs if the prompt is over the trigger; returns the indices elided. */
  List<Integer> fit(Conversation conversation) {
    if (estimate(conversation) <= policy.triggerTokens()) {
      return List.of();
    }
    return elide(conversation, false);
  }

  /**
   * After the API refused the prompt as too long: recalibrates on what it said was requested, then
   * elides at least one output. Returns the indices elided; empty means nothing is left to elide.
   */
  List<Integer> overflowed(Conversation conversation, OptionalLong requestedTokens) {
    long promptTokens = requestedTokens.orElse(0) - policy.reservedOutputTokens();
    if (promptTokens > 0) {
      observed(promptTokens);
    } else {
      tokensPerChar *= 1.25;
    }
    return elide(conversation, true);
  }

  private List<Integer> elide(Conversation conversation, boolean atLeastOne) {
    List<Integer> done = new ArrayList<>();
    for (int index : conversation.elidable(policy.keepRecentOutputs())) {
      if (estimate(conversation) <= policy.targetTokens() && !(atLeastOne && done.isEmpty())) {
        break;
      }
      conversation.elide(index);
      done.add(index);
    }
    return done;
  }
}
