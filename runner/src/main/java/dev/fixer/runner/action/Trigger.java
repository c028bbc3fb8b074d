package dev.fixer.runner.action;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.OptionalLong;

/** Whether an event asks fixer to work, and on what. */
public sealed interface Trigger permits Trigger.Run, Trigger.Ignore {

  /**
   * fixer works on an issue.
   *
   * @param issue the issue number, at least 1
   * @param title the issue's title
   * @param actor who asked: the label's sender or the comment's author
   * @param byComment the comment id when a /fixer comment asked; empty for a label
   * @param instructions the rest of the comment after /fixer, stripped; empty for a label
   */
  record Run(int issue, String title, String actor, OptionalLong byComment, String instructions)
      implements Trigger {
    public Run {
      if (issue < 1) {
        throw new IllegalArgumentException("an issue number is at least 1, got " + issue);
      }
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(actor, "actor");
      if (actor.isBlank()) {
        throw new IllegalArgumentException("actor is blank");
      }
      Objects.requireNonNull(byComment, "byComment");
      Objects.requireNonNull(instructions, "instructions");
    }
  }

  /**
   * fixer has nothing to do.
   *
   * @param reason one log line, e.g. "label 'bug' is not the trigger label 'fixer'"
   */
  record Ignore(String reason) implements Trigger {
    public Ignore {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank() || reason.lines().count() > 1) {
        throw new IllegalArgumentException("a reason is one non-blank line, got '" + reason + "'");
      }
    }
  }

  /**
   * Decides on the webhook payload of a workflow's event. An {@code issues} event labelling an open
   * issue with {@code triggerLabel} (compared ignoring case) runs, as does an {@code issue_comment}
   * created on an open issue, not by a bot, whose body, stripped, is {@code /fixer} or starts with
   * {@code /fixer} and whitespace (the command in any case). Everything else, a payload missing a
   * field included, is ignored with a reason; nothing is thrown for what the payload holds.
   */
  static Trigger of(String eventName, JsonNode payload, String triggerLabel) {
    return of(eventName, payload, triggerLabel, TriggerRules.DEFAULT_PHRASE);
  }

  /** As {@link #of(String, JsonNode, String)}, with {@code triggerPhrase} (e.g. {@code /fix}) in place of /fixer. */
  static Trigger of(String eventName, JsonNode payload, String triggerLabel, String triggerPhrase) {
    return TriggerRules.decide(eventName, payload, triggerLabel, triggerPhrase);
  }
}
