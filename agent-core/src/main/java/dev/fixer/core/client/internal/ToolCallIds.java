package dev.fixer.core.client.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes tool-call ids unique across a conversation. Kimi restarts its id counter every reply
 * ({@code read_file:0} again and again) but rejects a history that holds an id twice. A later
 * duplicate becomes {@code id~2}, {@code id~3}, ..., and the tool message answering it follows. The
 * rewrite depends only on the history before it, so the same history always encodes the same way and
 * the prompt prefix stays cacheable.
 *
 * <p>Feed messages in order: {@link #assistantCall} for each call of an assistant message, then
 * {@link #toolAnswer} for each tool message that follows it.
 */
final class ToolCallIds {

  private final Set<String> used = new HashSet<>();
  private final Map<String, Deque<String>> pending = new HashMap<>();

  /** Call before the calls of each assistant message. */
  void startAssistantMessage() {
    pending.clear();
  }

  /** The id to send for a call of the current assistant message. */
  String assistantCall(String id) {
    String unique = id;
    for (int n = 2; used.contains(unique); n++) {
      unique = id + "~" + n;
    }
    used.add(unique);
    pending.computeIfAbsent(id, k -> new ArrayDeque<>()).add(unique);
    return unique;
  }

  /** The id to send for a tool message answering {@code id}. */
  String toolAnswer(String id) {
    Deque<String> ids = pending.get(id);
    if (ids == null || ids.isEmpty()) {
      return id;
    }
    return ids.size() == 1 ? ids.peek() : ids.poll();
  }
}
