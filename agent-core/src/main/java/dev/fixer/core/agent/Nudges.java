package dev.fixer.core.agent;

import dev.fixer.core.message.ToolCall;

/** What the loop tells the model when it goes wrong in a way it can fix. */
final class Nudges {

  static final String TRUNCATED = "Your last reply was cut off at the output token limit before it was"
      + " complete. Continue from where you stopped, in shorter replies. If the work is done, reply with"
      + " a short summary and no tool calls.";

  private Nudges() {}

  static String repeated(ToolCall call, int times) {
    return "You have now made this exact call " + times + " times and it failed the same way each time: "
        + call.name() + " " + shorten(call.arguments()) + ". Repeating it will not help. Read the error,"
        + " check your assumptions (paths, exact text, arguments) and try a different approach. If this"
        + " call fails the same way once more, the run ends.";
  }

  static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }
}
