package dev.fixer.core.agent;

import dev.fixer.core.message.ToolCall;

/** What the loop tells the model when it goes wrong in a way it can fix, or should wrap up. */
final class Nudges {


  /** After a reply without tool calls, when the run must end through the finish tool. */
  static final String CALL_FINISH = "You replied without calling a tool. When the work is done, call the"
      + " finish tool with your summary; otherwise go on with tool calls. If you reply without a tool call"
      + " again, the run ends here and that reply is taken as your summary.";

  /** Answers a call that came after an accepted finish in the same reply. */
  static final String NOT_RUN = "not run: the run ended with finish before this call";

  /** How the running-low note begins; a replayed run knows by it that the note was given. */
  static final String RUNNING_LOW = "Your budget is running low: ";

  private Nudges() {}

  static String truncated(boolean requireFinish) {
    return "Your last reply was cut off at the output token limit before it was complete. Continue from"
        + " where you stopped, in shorter replies. If the work is done, " + (requireFinish
        ? "call finish with a short summary." : "reply with a short summary and no tool calls.");
  }

  static String repeated(ToolCall call, int times) {
    return "You have now made this exact call " + times + " times and it failed the same way each time: "
        + call.name() + " " + shorten(call.arguments()) + ". Repeating it will not help. Read the error,"
        + " check your assumptions (paths, exact text, arguments) and try a different approach. If this"
        + " call fails the same way once more, the run ends.";
  }

  /** The running-low note: what is {@code left} (e.g. "3 of 40 steps left"), and to wrap up. */
  static String runningLow(String left, boolean requireFinish) {
    return RUNNING_LOW + left + ".\nWrap up now: finish the change, run the relevant tests, delete the"
        + " scratch files you created, and " + (requireFinish ? "call finish with your summary"
        : "reply with your summary and no tool calls") + ". If the issue cannot be fixed in what is left,"
        + " say what stands in the way.";
  }

  static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }
}
