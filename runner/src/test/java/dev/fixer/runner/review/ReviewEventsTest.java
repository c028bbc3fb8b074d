package dev.fixer.runner.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ReviewEventsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aFixerCommentOnALineAsksWithItsPathLineAndTextAndIsAnsweredInItsThread() {
    ReviewEvents.Read read = ReviewEvents.read("pull_request_review_comment",
        lineComment("/FIXER rename it\n```suggestion\nint upper;\n```", "open"), "/fixer");

    assertThat(read).isInstanceOfSatisfying(ReviewAsk.class, ask -> {
      assertThat(ask.pull()).isEqualTo(7);
      assertThat(ask.headRef()).contains("fixer/issue-3");
      assertThat(ask.actor()).isEqualTo("maintainer");
      assertThat(ask.inThread()).isTrue();
      assertThat(ask.feedback().path()).isEqualTo("src/Stats.java");
      assertThat(ask.feedback().line()).isEqualTo(12);
      assertThat(ask.feedback().id()).isEqualTo(5_000_000_001L);
      assertThat(ask.feedback().body()).endsWith("```suggestion\nint upper;\n```");
    });
  }

  @Test
  void aReviewAsksOnlyWhenItRequestsChanges() {
    ObjectNode approved = review("approved");

    assertThat(ReviewEvents.read("pull_request_review", review("changes_requested"), "/fixer"))
        .isInstanceOfSatisfying(ReviewAsk.class, ask -> {
          assertThat(ask.feedback().body()).isEqualTo("Name it upper.");
          assertThat(ask.inThread()).isFalse();
        });
    assertThat(ReviewEvents.read("pull_request_review", approved, "/fixer")).isEqualTo(new ReviewEvents.Skip(
        "the review is 'approved', not one that requests changes"));
  }

  @Test
  void aCommentOnAPullRequestAsksWithoutItsBranchWhichTheEventDoesNotGive() {
    ObjectNode event = JSON.createObjectNode().put("action", "created");
    event.putObject("issue").put("number", 7).put("state", "open").putObject("pull_request").put("url", "u");
    event.putObject("comment").put("id", 9).put("body", "/fixer please").putObject("user").put("login", "m")
        .put("type", "User");

    assertThat(ReviewEvents.concern("issue_comment", event)).isTrue();
    assertThat(ReviewEvents.read("issue_comment", event, "/fixer")).isInstanceOfSatisfying(ReviewAsk.class,
        ask -> assertThat(ask.headRef()).isEmpty());
  }

  @Test
  void closedPullRequestsBotsOtherTextAndMalformedPayloadsAreSkippedWithAReason() {
    ObjectNode bot = lineComment("/fixer go", "open");
    ((ObjectNode) bot.path("comment").path("user")).put("type", "Bot");
    ObjectNode malformed = lineComment("/fixer go", "open");
    ((ObjectNode) malformed.path("pull_request")).remove("number");

    assertThat(reason(lineComment("/fixer go", "closed"))).isEqualTo("pull request #7 is closed; fixer follows up on"
        + " open pull requests only");
    assertThat(reason(lineComment("/fixerbot go", "open"))).isEqualTo("the comment does not start with /fixer");
    assertThat(reason(bot)).contains("is a bot");
    assertThat(reason(malformed)).isEqualTo("malformed pull_request_review_comment event: pull_request.number is"
        + " missing or of the wrong type");
    assertThat(ReviewEvents.concern("issue_comment", JSON.createObjectNode().putObject("issue"))).isFalse();
  }

  private static String reason(ObjectNode event) {
    return ((ReviewEvents.Skip) ReviewEvents.read("pull_request_review_comment", event, "/fixer")).reason();
  }

  private static ObjectNode lineComment(String body, String state) {
    ObjectNode event = JSON.createObjectNode().put("action", "created");
    ObjectNode comment = event.putObject("comment").put("id", 5_000_000_001L).put("body", body)
        .put("path", "src/Stats.java").put("line", 12);
    comment.putObject("user").put("login", "maintainer").put("type", "User");
    pull(event, state);
    return event;
  }

  private static ObjectNode review(String state) {
    ObjectNode event = JSON.createObjectNode().put("action", "submitted");
    event.putObject("review").put("state", state).put("body", "Name it upper.").putObject("user")
        .put("login", "maintainer").put("type", "User");
    pull(event, "open");
    return event;
  }

  private static void pull(ObjectNode event, String state) {
    event.putObject("pull_request").put("number", 7).put("state", state).putObject("head").put("ref", "fixer/issue-3");
  }
}
