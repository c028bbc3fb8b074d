package dev.fixer.runner.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode labeled = fixture("issues-labeled.json");
  private final ObjectNode commented = fixture("issue_comment-created.json");

  @Test
  void theTriggerLabelOnAnOpenIssueRunsForWhoeverAddedIt() {
    assertThat(Trigger.of("issues", labeled, "fixer")).isEqualTo(new Trigger.Run(12,
        "Median is wrong for an even count", "maintainer", OptionalLong.empty(), ""));
  }

  @Test
  void anotherLabelIsIgnoredNamingBothLabels() {
    set(labeled, "label", "name", "bug");

    assertThat(Trigger.of("issues", labeled, "fixer"))
        .isEqualTo(new Trigger.Ignore("label 'bug' is not the trigger label 'fixer'"));
  }

  @Test
  void theTriggerLabelComparesIgnoringCase() {
    set(labeled, "label", "name", "Fixer");

    assertThat(Trigger.of("issues", labeled, "FIXER")).isInstanceOf(Trigger.Run.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"opened", "unlabeled", "edited", "closed", "deleted"})
  void anIssuesActionOtherThanLabeledIsIgnored(String action) {
    labeled.put("action", action);

    assertThat(Trigger.of("issues", labeled, "fixer"))
        .isEqualTo(new Trigger.Ignore("issues action '" + action + "' is not 'labeled'"));
  }

  @Test
  void aFixerCommentRunsForItsAuthorWithTheCommentId() {
    set(commented, "comment", "id", 3_000_000_001L);
    set(commented, "sender", "login", "someone-else");

    assertThat(Trigger.of("issue_comment", commented, "fixer")).isEqualTo(new Trigger.Run(12,
        "Median is wrong for an even count", "maintainer", OptionalLong.of(3_000_000_001L), ""));
  }

  @Test
  void textAfterTheCommandIsTheInstructions() {
    set(commented, "comment", "body", "  /fixer please add a test\r\nfor an empty list too  \n");

    Trigger trigger = Trigger.of("issue_comment", commented, "fixer");

    assertThat(trigger).isInstanceOf(Trigger.Run.class);
    assertThat(((Trigger.Run) trigger).instructions()).isEqualTo("please add a test\r\nfor an empty list too");
  }

  @Test
  void theTriggerPhraseReplacesFixersOwnCommandAndIsTakenLiterally() {
    set(commented, "comment", "body", "/Fix.it add a test");

    Trigger trigger = Trigger.of("issue_comment", commented, "fixer", " /fix.it ");

    assertThat(trigger).isInstanceOf(Trigger.Run.class);
    assertThat(((Trigger.Run) trigger).instructions()).isEqualTo("add a test");
    set(commented, "comment", "body", "/fixer");
    assertThat(Trigger.of("issue_comment", commented, "fixer", "/fix.it")).isEqualTo(
        new Trigger.Ignore("the comment does not start with /fix.it"));
    set(commented, "comment", "body", "/fixxit");
    assertThat(Trigger.of("issue_comment", commented, "fixer", "/fix.it")).isInstanceOf(Trigger.Ignore.class);
  }

  @Test
  void theCommandMayBeWrittenInAnyCase() {
    set(commented, "comment", "body", "/Fixer");

    assertThat(Trigger.of("issue_comment", commented, "fixer")).isInstanceOf(Trigger.Run.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/fixerbot", "/fixer:", "please /fixer", "", "Thanks! I'll fix it."})
  void aCommentThatDoesNotStartWithTheCommandIsIgnored(String body) {
    set(commented, "comment", "body", body);

    assertThat(Trigger.of("issue_comment", commented, "fixer"))
        .isEqualTo(new Trigger.Ignore("the comment does not start with /fixer"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"edited", "deleted"})
  void aCommentActionOtherThanCreatedIsIgnored(String action) {
    commented.put("action", action);

    assertThat(Trigger.of("issue_comment", commented, "fixer"))
        .isEqualTo(new Trigger.Ignore("issue_comment action '" + action + "' is not 'created'"));
  }

  @Test
  void aCommentOnAPullRequestIsIgnored() {
    ((ObjectNode) commented.get("issue")).putObject("pull_request")
        .put("url", "https://api.github.com/repos/octo-org/widgets/pulls/12");

    assertThat(Trigger.of("issue_comment", commented, "fixer"))
        .isEqualTo(new Trigger.Ignore("#12 is a pull request; fixer works on issues"));
  }

  @Test
  void aClosedIssueIsIgnoredWhetherLabelledOrCommentedOn() {
    set(labeled, "issue", "state", "closed");
    set(commented, "issue", "state", "closed");

    Trigger.Ignore closed = new Trigger.Ignore("issue #12 is closed; fixer works on open issues");
    assertThat(Trigger.of("issues", labeled, "fixer")).isEqualTo(closed);
    assertThat(Trigger.of("issue_comment", commented, "fixer")).isEqualTo(closed);
  }

  @Test
  void aCommentByABotIsIgnoredSoFixerNeverAnswersItself() {
    set(commented, "comment", "user", JSON.createObjectNode().put("login", "fixer[bot]").put("type", "Bot"));

    assertThat(Trigger.of("issue_comment", commented, "fixer"))
        .isEqualTo(new Trigger.Ignore("the comment is by the bot fixer[bot]; fixer does not answer bots"));
  }

  @Test
  void anUnknownEventIsIgnoredNamingTheEventsFixerHandles() {
    assertThat(Trigger.of("push", JSON.createObjectNode(), "fixer")).isEqualTo(new Trigger.Ignore(
        "fixer handles issues (labeled) and issue_comment (created) events, not 'push'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"label.name", "issue.number", "issue.title", "issue.state", "sender.login", "action"})
  void aLabelPayloadMissingAFieldIsIgnoredNamingIt(String path) {
    remove(labeled, path);

    assertThat(Trigger.of("issues", labeled, "fixer")).isEqualTo(
        new Trigger.Ignore("malformed issues event: " + path + " is missing or of the wrong type"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"comment.body", "comment.id", "comment.user.login", "comment.user.type", "issue.number"})
  void aCommentPayloadMissingAFieldIsIgnoredNamingIt(String path) {
    remove(commented, path);

    assertThat(Trigger.of("issue_comment", commented, "fixer")).isEqualTo(
        new Trigger.Ignore("malformed issue_comment event: " + path + " is missing or of the wrong type"));
  }

  @Test
  void anIssueNumberOfTheWrongTypeIsMalformed() {
    set(labeled, "issue", "number", "12");

    assertThat(Trigger.of("issues", labeled, "fixer")).isEqualTo(
        new Trigger.Ignore("malformed issues event: issue.number is missing or of the wrong type"));
    assertThat(Trigger.of("issues", JSON.createArrayNode(), "fixer")).isEqualTo(
        new Trigger.Ignore("malformed issues event: action is missing or of the wrong type"));
  }

  private static ObjectNode fixture(String name) {
    try (InputStream in = TriggerTest.class.getResourceAsStream("/action/" + name)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void set(ObjectNode payload, String object, String field, Object value) {
    ((ObjectNode) payload.get(object)).set(field, JSON.valueToTree(value));
  }

  private static void remove(ObjectNode payload, String path) {
    String[] names = path.split("\\.");
    JsonNode parent = payload;
    for (int i = 0; i < names.length - 1; i++) {
      parent = parent.get(names[i]);
    }
    ((ObjectNode) parent).remove(names[names.length - 1]);
  }
}
