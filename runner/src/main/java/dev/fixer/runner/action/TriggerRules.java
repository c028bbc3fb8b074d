package dev.fixer.runner.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.github.Payload;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of {@link Trigger#of}. */
final class TriggerRules {

  static final String DEFAULT_PHRASE = "/fixer";

  private final String eventName;
  private final Payload payload;
  private final String phrase;
  private final Pattern command;

  private TriggerRules(String eventName, JsonNode payload, String phrase) {
    this.eventName = eventName;
    this.payload = new Payload(payload);
    this.phrase = phrase;
    this.command = Pattern.compile(Pattern.quote(phrase) + "(?:\\s+(.*))?",
        Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static Trigger decide(String eventName, JsonNode payload, String triggerLabel, String triggerPhrase) {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(triggerLabel, "triggerLabel");
    if (triggerPhrase.isBlank()) {
      throw new IllegalArgumentException("the trigger phrase is blank");
    }
    TriggerRules rules = new TriggerRules(eventName, payload, triggerPhrase.strip());
    try {
      if (eventName.equals("issues")) {
        return rules.labeled(triggerLabel);
      }
      if (eventName.equals("issue_comment")) {
        return rules.commented();
      }
    } catch (Payload.Malformed e) {
      return new Trigger.Ignore("malformed " + eventName + " event: " + e.path()
          + " is missing or of the wrong type");
    }
    return new Trigger.Ignore("fixer handles issues (labeled) and issue_comment (created) events, not '"
        + TextFiles.oneLine(eventName) + "'");
  }

  private Trigger labeled(String triggerLabel) {
    String action = payload.text("action");
    if (!action.equals("labeled")) {
      return ignore("issues action '" + action + "' is not 'labeled'");
    }
    String label = payload.text("label.name");
    if (!label.equalsIgnoreCase(triggerLabel.strip())) {
      return ignore("label '" + label + "' is not the trigger label '" + triggerLabel.strip() + "'");
    }
    Trigger.Ignore closedOrPull = closedOrPullRequest();
    if (closedOrPull != null) {
      return closedOrPull;
    }
    return new Trigger.Run(issueNumber(), payload.text("issue.title"), payload.text("sender.login"),
        OptionalLong.empty(), "");
  }

  private Trigger commented() {
    String action = payload.text("action");
    if (!action.equals("created")) {
      return ignore("issue_comment action '" + action + "' is not 'created'");
    }
    Matcher command = this.command.matcher(payload.text("comment.body").strip());
    if (!command.matches()) {
      return ignore("the comment does not start with " + phrase);
    }
    String author = payload.text("comment.user.login");
    if (payload.text("comment.user.type").equals("Bot")) {
      return ignore("the comment is by the bot " + author + "; fixer does not answer bots");
    }
    Trigger.Ignore closedOrPull = closedOrPullRequest();
    if (closedOrPull != null) {
      return closedOrPull;
    }
    String instructions = command.group(1) == null ? "" : command.group(1).strip();
    return new Trigger.Run(issueNumber(), payload.text("issue.title"), author,
        OptionalLong.of(payload.id("comment.id")), instructions);
  }

  private Trigger.Ignore closedOrPullRequest() {
    int number = issueNumber();
    if (payload.has("issue.pull_request")) {
      return ignore("#" + number + " is a pull request; fixer works on issues");
    }
    String state = payload.text("issue.state");
    if (!state.equals("open")) {
      return ignore("issue #" + number + " is " + state + "; fixer works on open issues");
    }
    return null;
  }

  private int issueNumber() {
    return payload.number("issue.number");
  }

  private static Trigger.Ignore ignore(String reason) {
    return new Trigger.Ignore(TextFiles.oneLine(reason));
  }
}
