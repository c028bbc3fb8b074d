package dev.fixer.runner.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.github.Payload;
import dev.fixer.runner.github.ReviewComment;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The review events that ask fixer to follow up: an {@code issue_comment} created on a pull request,
 * or a {@code pull_request_review_comment} created, whose body starts with the trigger phrase; a
 * {@code pull_request_review} submitted that requests changes. Not by a bot, on an open pull request.
 * Everything else, a payload missing a field included, is skipped with a reason.
 */
final class ReviewEvents {

  /** What an event says. */
  sealed interface Read permits ReviewAsk, Skip {}

  /** Nothing to do; {@code reason} is one line. */
  record Skip(String reason) implements Read {
    Skip {
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final Payload payload;
  private final String phrase;
  private final Pattern command;

  private ReviewEvents(JsonNode payload, String phrase) {
    this.payload = new Payload(payload);
    this.phrase = phrase;
    this.command = Pattern.compile(Pattern.quote(phrase) + "(?:\\s.*)?",
        Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether the event is about a pull request, so that these rules decide on it. */
  static boolean concern(String eventName, JsonNode payload) {
    if (eventName.equals("pull_request_review") || eventName.equals("pull_request_review_comment")) {
      return true;
    }
    return eventName.equals("issue_comment") && new Payload(payload).has("issue.pull_request");
  }

  static Read read(String eventName, JsonNode payload, String phrase) {
    ReviewEvents events = new ReviewEvents(payload, phrase.strip());
    try {
      return switch (eventName) {
        case "issue_comment" -> events.pullComment();
        case "pull_request_review_comment" -> events.lineComment();
        case "pull_request_review" -> events.review();
        default -> skip("'" + TextFiles.oneLine(eventName) + "' is no review event");
      };
    } catch (Payload.Malformed e) {
      return skip("malformed " + eventName + " event: " + e.path() + " is missing or of the wrong type");
    }
  }

  private Read pullComment() {
    Optional<Skip> skip = action("created").or(() -> asked("comment")).or(() -> open("issue"));
    if (skip.isPresent()) {
      return skip.get();
    }
    String author = payload.text("comment.user.login");
    return new ReviewAsk(payload.number("issue.number"), Optional.empty(), author,
        ReviewComment.general(payload.id("comment.id"), author, payload.text("comment.body")), false);
  }

  private Read lineComment() {
    Optional<Skip> skip = action("created").or(() -> asked("comment")).or(() -> open("pull_request"));
    if (skip.isPresent()) {
      return skip.get();
    }
    JsonNode line = payload.field("comment.line").isIntegralNumber() ? payload.field("comment.line")
        : payload.field("comment.original_line");
    ReviewComment comment = new ReviewComment(payload.id("comment.id"), payload.text("comment.user.login"),
        payload.text("comment.body"), payload.text("comment.path"), Math.max(0, line.asInt(0)));
    return new ReviewAsk(payload.number("pull_request.number"), Optional.of(payload.text("pull_request.head.ref")),
        comment.author(), comment, true);
  }

  private Read review() {
    Optional<Skip> skip = action("submitted").or(this::botReview).or(() -> open("pull_request"));
    if (skip.isPresent()) {
      return skip.get();
    }
    String state = payload.text("review.state");
    if (!state.equalsIgnoreCase("changes_requested")) {
      return skip("the review is '" + state + "', not one that requests changes");
    }
    String author = payload.text("review.user.login");
    String body = payload.field("review.body").isTextual() ? payload.text("review.body") : "";
    return new ReviewAsk(payload.number("pull_request.number"), Optional.of(payload.text("pull_request.head.ref")),
        author, ReviewComment.general(0, author, body), false);
  }

  private Optional<Skip> action(String wanted) {
    String action = payload.text("action");
    return action.equals(wanted) ? Optional.empty() : Optional.of(skip("action '" + action + "' is not '" + wanted
        + "'"));
  }

  private Optional<Skip> asked(String comment) {
    if (!command.matcher(payload.text(comment + ".body").strip()).matches()) {
      return Optional.of(skip("the comment does not start with " + phrase));
    }
    return bot(comment + ".user");
  }

  private Optional<Skip> botReview() {
    return bot("review.user");
  }

  private Optional<Skip> bot(String user) {
    return payload.field(user + ".type").asText("").equals("Bot")
        ? Optional.of(skip("the author " + payload.text(user + ".login") + " is a bot; fixer does not answer"
            + " bots"))
        : Optional.empty();
  }

  private Optional<Skip> open(String pull) {
    String state = payload.text(pull + ".state");
    return state.equals("open") ? Optional.empty() : Optional.of(skip("pull request #"
        + payload.number(pull + ".number") + " is " + state + "; fixer follows up on open pull requests only"));
  }

  private static Skip skip(String reason) {
    return new Skip(TextFiles.oneLine(reason));
  }
}
