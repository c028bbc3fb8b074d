package dev.fixer.runner.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.TextFiles;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of {@link Trigger#of}. */
final class TriggerRules {

  static final String DEFAULT_PHRASE = "/fixer";

  private final String eventName;
  private final JsonNode payload;
  private final String phrase;
  private final Pattern command;

  private TriggerRules(String eventName, JsonNode payload, String phrase) {
    this.eventName = eventName;
    this.payload = payload;
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
    } catch (MalformedField e) {
      return new Trigger.Ignore("malformed " + eventName + " event: " + e.getMessage()
          + " is missing or of the wrong type");
    }
    return new Trigger.Ignore("fixer handles issues (labeled) and issue_comment (created) events, not '"
        + TextFiles.oneLine(eventName) + "'");
  }

  private Trigger labeled(String triggerLabel) {
    String action = text("action");
    if (!action.equals("labeled")) {
      return ignore("issues action '" + action + "' is not 'labeled'");
    }
    String label = text("label.name");
    if (!label.equalsIgnoreCase(triggerLabel.strip())) {
      return ignore("label '" + label + "' is not the trigger label '" + triggerLabel.strip() + "'");
    }
    Trigger.Ignore closedOrPull = closedOrPullRequest();
    if (closedOrPull != null) {
      return closedOrPull;
    }
    return new Trigger.Run(issueNumber(), text("issue.title"), text("sender.login"), OptionalLong.empty(), "");
  }

  private Trigger commented() {
    String action = text("action");
    if (!action.equals("created")) {
      return ignore("issue_comment action '" + action + "' is not 'created'");
    }
    Matcher command = this.command.matcher(text("comment.body").strip());
    if (!command.matches()) {
      return ignore("the comment does not start with " + phrase);
    }
    String author = text("comment.user.login");
    if (text("comment.user.type").equals("Bot")) {
      return ignore("the comment is by the bot " + author + "; fixer does not answer bots");
    }
    Trigger.Ignore closedOrPull = closedOrPullRequest();
    if (closedOrPull != null) {
      return closedOrPull;
    }
    String instructions = command.group(1) == null ? "" : command.group(1).strip();
    return new Trigger.Run(issueNumber(), text("issue.title"), author, OptionalLong.of(commentId()),
        instructions);
  }

  private Trigger.Ignore closedOrPullRequest() {
    int number = issueNumber();
    JsonNode pullRequest = payload.path("issue").path("pull_request");
    if (!pullRequest.isMissingNode() && !pullRequest.isNull()) {
      return ignore("#" + number + " is a pull request; fixer works on issues");
    }
    String state = text("issue.state");
    if (!state.equals("open")) {
      return ignore("issue #" + number + " is " + state + "; fixer works on open issues");
    }
    return null;
  }

  private int issueNumber() {
    JsonNode number = field("issue.number");
    if (!number.canConvertToInt() || !number.isIntegralNumber() || number.intValue() < 1) {
      throw new MalformedField("issue.number");
    }
    return number.intValue();
  }

  private long commentId() {
    JsonNode id = field("comment.id");
    if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() < 1) {
      throw new MalformedField("comment.id");
    }
    return id.longValue();
  }

  private String text(String path) {
    JsonNode node = field(path);
    if (!node.isTextual()) {
      throw new MalformedField(path);
    }
    return node.textValue();
  }

  private JsonNode field(String path) {
    JsonNode node = payload;
    for (String name : path.split("\\.")) {
      node = node.path(name);
    }
    return node;
  }

  private static Trigger.Ignore ignore(String reason) {
    return new Trigger.Ignore(TextFiles.oneLine(reason));
  }

  /** A payload without a field a rule reads, or with one of the wrong type; the message is its dotted path. */
  private static final class MalformedField extends RuntimeException {
    MalformedField(String path) {
      super(path, null, false, false);
    }
  }
}
