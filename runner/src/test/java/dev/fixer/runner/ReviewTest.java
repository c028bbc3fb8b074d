package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.github.FakeGitHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up runs from review feedback on fixer's pull request, as {@code fixer action} steps: webhook
 * payloads in files, a fake GitHub over HTTP, a bare origin, and replayed models.
 */
class ReviewTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RENAMED = "    int middle = sorted.length / 2; // the upper middle\n";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private FakeGitHub github;
  private Path repo;
  private Path bare;
  private Path fix;
  private Path followUp;
  private Path output;
  private int issue;
  private int events;

  @BeforeEach
  void setUp() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    fix = StatsRepo.quickFix(repo, temp);
    followUp = Files.writeString(temp.resolve("follow-up.jsonl"), replayOf("{\"path\":\"" + StatsRepo.SOURCE
        + "\",\"old_str\":" + JSON.writeValueAsString(StatsRepo.FIXED.lines().findFirst().orElseThrow() + "\n")
        + ",\"new_str\":" + JSON.writeValueAsString(RENAMED) + "}"));
    bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString());
    github.requireToken(ActionRunTest.TOKEN);
    github.collaborator("maintainer", "write");
    github.collaborator("reader", "read");
    issue = github.addIssue(StatsRepo.TITLE, "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.", "alice", "bug");
    ObjectNode labeled = ActionRunTest.issueEvent("labeled", issue);
    labeled.putObject("label").put("name", "fixer");
    labeled.putObject("sender").put("login", "maintainer").put("type", "User");
    github.addLabels(issue, "fixer");
    assertThat(action("issues", labeled, fix)).as("%s", err).isZero();
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aFixerReviewCommentFromAWriterBecomesOneCommitOnTopOfThePullRequestAndTheirCommitSurvives() throws Exception {
    int pull = github.pulls().get(0).number();
    String theirs = personCommitsOnTheBranch();
    long id = github.addReviewComment(pull, "maintainer", StatsRepo.SOURCE, 12, "/fixer rename it\n\n```suggestion\n"
        + "    int upper = sorted.length / 2;\n```");

    assertThat(action("pull_request_review_comment", lineComment(pull, id, "maintainer", "open", branch()),
        followUp)).as("%s", err).isZero();

    String head = StatsRepo.git(bare, "rev-parse", branch()).strip();
    assertThat(StatsRepo.git(bare, "rev-parse", head + "^").strip()).isEqualTo(theirs);
    assertThat(StatsRepo.git(bare, "show", head + ":" + StatsRepo.SOURCE)).contains(RENAMED);
    assertThat(StatsRepo.git(bare, "show", head + ":NOTES.md")).isEqualTo("their notes\n");
    assertThat(StatsRepo.git(bare, "log", "-1", "--format=%B", head)).contains("follow-up: no test that passed before"
        + " fails now");
    assertThat(github.reviewCommentsOn(pull)).hasSize(2).last().satisfies(reply -> {
      assertThat(reply.inReplyTo()).isEqualTo(id);
      assertThat(reply.body()).contains(head.substring(0, 12)).contains("fixed")
          .contains("follow-up: no test that passed before fails now");
    });
    assertThat(github.commentsOn(issue)).singleElement().satisfies(status -> assertThat(status.body())
        .contains("fixer added a commit to the pull request after review").contains("Follow-up: no test that"
            + " passed before fails now").contains("<!-- fixer:pushed " + head + " -->"));
    assertThat(github.pulls()).hasSize(1);
    assertThat(prompt()).contains("## Review feedback on pull request #" + pull)
        .contains("`" + StatsRepo.SOURCE + ":12`").contains("@maintainer").contains("/fixer rename it")
        .contains("```suggestion\n    int upper = sorted.length / 2;\n```")
        .contains("### The pull request's diff so far").contains("+    if (sorted.length % 2 == 0) {")
        .doesNotContain("GitHub did not give the pull request's diff");
    assertThat(github.requests()).filteredOn(request -> "application/vnd.github.diff".equals(request.getHeaders()
        .get("Accept"))).singleElement().satisfies(request -> {
          assertThat(request.getMethod()).isEqualTo("GET");
          assertThat(request.getUrl().encodedPath()).isEqualTo("/repos/octo/stats/pulls/" + pull);
        });
  }

  @Test
  void whenGitHubRefusesThePullRequestsDiffThePromptHoldsTheCheckoutsDiffWithANoteWhy() throws Exception {
    int pull = github.pulls().get(0).number();
    github.refuseDiff(pull, 406, "{\"message\":\"Sorry, the diff exceeded the maximum number of lines (20000)\","
        + "\"errors\":[{\"resource\":\"PullRequest\",\"field\":\"diff\",\"code\":\"too_large\"}],"
        + "\"documentation_url\":\"https://docs.github.com/rest/pulls/pulls#get-a-pull-request\",\"status\":\"406\"}");

    assertThat(action("pull_request_review", review(pull, "maintainer", "Please name the upper middle."),
        followUp)).as("%s", err).isZero();

    assertThat(prompt()).contains("### The pull request's diff so far\n\n(GitHub did not give the pull request's"
        + " diff: GitHub at " + github.apiUrl() + " refused to read the diff of pull request #" + pull
        + " of octo/stats (406 Sorry, the diff exceeded the maximum number of lines (20000): diff too_large). This"
        + " diff is made from fixer's checkout instead").contains("+    if (sorted.length % 2 == 0) {");
    assertThat(err.toString()).contains("warning: the prompt shows a diff made from the checkout instead");
  }

  @Test
  void aFollowUpRecognisesThePullRequestsFixerOpenedWithTheBranchPrefixInForce() throws Exception {
    int other = github.addIssue("Mean is wrong", "Stats.mean() rounds.", "alice", "bug");
    ObjectNode labeled = ActionRunTest.issueEvent("labeled", other);
    labeled.putObject("label").put("name", "fixer");
    labeled.putObject("sender").put("login", "maintainer").put("type", "User");
    github.addLabels(other, "fixer");
    assertThat(action("issues", labeled, fix, "INPUT_BRANCH_PREFIX", "bot/")).as("%s", err).isZero();
    int pull = github.pulls().get(1).number();
    assertThat(github.pulls().get(1).head()).isEqualTo("bot/issue-" + other);
    String before = StatsRepo.git(bare, "rev-parse", "bot/issue-" + other).strip();
    long id = github.addReviewComment(pull, "maintainer", StatsRepo.SOURCE, 12, "/fixer rename it");

    assertThat(action("pull_request_review_comment", lineComment(pull, id, "maintainer", "open", "bot/issue-" + other),
        followUp)).as("%s", err).isZero();
    assertThat(err.toString()).contains("is from branch bot/issue-" + other + ", not fixer's fixer/issue-N");

    assertThat(action("pull_request_review_comment", lineComment(pull, id, "maintainer", "open", "bot/issue-" + other),
        followUp, "INPUT_BRANCH_PREFIX", "bot/")).as("%s", err).isZero();
    String head = StatsRepo.git(bare, "rev-parse", "bot/issue-" + other).strip();
    assertThat(StatsRepo.git(bare, "rev-parse", head + "^").strip()).isEqualTo(before);
    assertThat(StatsRepo.git(bare, "show", head + ":" + StatsRepo.SOURCE)).contains(RENAMED);
    assertThat(ActionRunTest.outputsIn(output)).containsEntry("status", "fixed")
        .containsEntry("branch_name", "bot/issue-" + other);
    assertThat(github.commentsOn(other)).singleElement().satisfies(status -> assertThat(status.body())
        .contains("fixer added a commit to the pull request after review").contains("<!-- fixer:pushed " + head));
    assertThat(StatsRepo.git(bare, "branch", "--list", "fixer/issue-" + other)).isBlank();
  }

  @Test
  void aReviewThatRequestsChangesStartsAFollowUpAnsweredOnThePullRequest() throws Exception {
    int pull = github.pulls().get(0).number();
    String before = StatsRepo.git(bare, "rev-parse", branch()).strip();

    assertThat(action("pull_request_review", review(pull, "maintainer", "Please name the upper middle."),
        followUp)).as("%s", err).isZero();

    String head = StatsRepo.git(bare, "rev-parse", branch()).strip();
    assertThat(StatsRepo.git(bare, "rev-parse", head + "^").strip()).isEqualTo(before);
    assertThat(github.commentsOn(pull)).singleElement().satisfies(reply -> assertThat(reply.body())
        .startsWith("@maintainer fixer added commit " + head.substring(0, 12)));
    assertThat(prompt()).contains("Please name the upper middle.");
  }

  @Test
  void aBranchThatMovedWhileTheFollowUpWorkedIsRefusedAndTheAnswerSaysNothingWasPushed() throws Exception {
    int pull = github.pulls().get(0).number();
    String theirs = personCommitsOnTheBranch();
    String before = StatsRepo.git(bare, "rev-parse", branch()).strip();
    Path person = temp.resolve("person");
    StatsRepo.git(person, "commit", "-q", "--allow-empty", "-m", "meanwhile");
    String meanwhile = StatsRepo.git(person, "rev-parse", "HEAD").strip();
    StatsRepo.git(person, "push", "-q", "origin", "HEAD:refs/person/meanwhile");
    Files.writeString(repo.resolve(".fixer.yml"), "setup: 'git -C " + bare + " update-ref refs/heads/" + branch()
        + " " + meanwhile + "'\n" + StatsRepo.QUICK_TEST);
    StatsRepo.git(repo, "commit", "-q", "-am", "a setup that moves the branch as a person would");
    long id = github.addReviewComment(pull, "maintainer", StatsRepo.SOURCE, 12, "/fixer rename it");

    assertThat(action("pull_request_review_comment", lineComment(pull, id, "maintainer", "open", branch()),
        followUp)).as("%s", err).isEqualTo(ExitCodes.USAGE);

    assertThat(before).isEqualTo(theirs);
    assertThat(StatsRepo.git(bare, "rev-parse", branch()).strip()).isEqualTo(meanwhile);
    assertThat(err.toString()).contains("moved on origin while fixer worked").contains("nothing was pushed");
    assertThat(github.reviewCommentsOn(pull)).last().satisfies(reply -> assertThat(reply.body())
        .startsWith("@maintainer fixer pushed nothing for this request.").contains("moved on origin"));
  }

  @Test
  void feedbackFromSomeoneWithoutWriteAccessGetsOneReplyAndNothingRuns() throws Exception {
    int pull = github.pulls().get(0).number();
    String before = StatsRepo.git(bare, "rev-parse", branch()).strip();
    int requests = github.requests().size();

    for (int i = 0; i < 2; i++) {
      long id = github.addReviewComment(pull, "reader", StatsRepo.SOURCE, 12, "/fixer rename it");
      assertThat(action("pull_request_review_comment", lineComment(pull, id, "reader", "open", branch()), followUp))
          .as("%s", err).isZero();
      assertThat(ActionRunTest.outputsIn(output)).containsEntry("status", "unauthorised");
    }

    assertThat(github.commentsOn(pull)).singleElement().satisfies(reply -> assertThat(reply.body())
        .startsWith("@reader ").contains("write access"));
    assertThat(github.reviewCommentsOn(pull)).extracting(FakeGitHub.FakeReviewComment::author).containsOnly("reader");
    assertThat(StatsRepo.git(bare, "rev-parse", branch()).strip()).isEqualTo(before);
    assertThat(github.requests().subList(requests, github.requests().size()))
        .extracting(request -> request.getMethod()).containsOnlyOnce("POST").doesNotContain("PATCH");
    assertThat(runs()).hasSize(1);
  }

  @Test
  void feedbackOnAClosedPullRequestOrWithoutReviewAnyPrOnOneFixerDidNotOpenIsIgnored() throws Exception {
    int pull = github.pulls().get(0).number();
    int theirs = github.addPullRequest("main", "A person's change", "Some change.");
    long onClosed = github.addReviewComment(pull, "maintainer", StatsRepo.SOURCE, 12, "/fixer rename it");
    long onTheirs = github.addReviewComment(theirs, "maintainer", StatsRepo.SOURCE, 12, "/fixer rename it");
    int requests = github.requests().size();

    assertThat(action("pull_request_review_comment", lineComment(pull, onClosed, "maintainer", "closed", branch()),
        followUp)).as("%s", err).isZero();
    assertThat(err.toString()).contains("pull request #" + pull + " is closed");
    assertThat(action("pull_request_review_comment", lineComment(theirs, onTheirs, "maintainer", "open", "main"),
        followUp)).as("%s", err).isZero();
    assertThat(err.toString()).contains("pull request #" + theirs + " is from branch main, not fixer's fixer/issue-N");
    assertThat(ActionRunTest.outputsIn(output)).containsEntry("status", "ignored");

    assertThat(github.requests().subList(requests, github.requests().size()))
        .extracting(request -> request.getMethod()).doesNotContain("POST", "PATCH", "PUT", "DELETE");
    assertThat(runs()).hasSize(1);
  }

  @Test
  void withReviewAnyPrAFixerCommentOnAPersonsPullRequestAddsOneCommitOnTopOfItsBranch() throws Exception {
    Path person = temp.resolve("person");
    StatsRepo.git(temp, "clone", "-q", bare.toString(), person.toString());
    StatsRepo.git(person, "checkout", "-q", "-b", "median");
    Files.writeString(person.resolve("NOTES.md"), "their notes\n");
    StatsRepo.git(person, "add", "NOTES.md");
    StatsRepo.git(person, "-c", "user.name=Person", "-c", "user.email=person@example.com", "commit", "-q", "-m",
        "notes");
    StatsRepo.git(person, "push", "-q", "origin", "median");
    String theirs = StatsRepo.git(person, "rev-parse", "HEAD").strip();
    int pull = github.addPullRequest("median", "Median, by a person", "Their description.");
    Files.writeString(repo.resolve(".fixer.yml"), "setup: 'true'\n" + StatsRepo.QUICK_TEST + "review: any-pr\n");
    StatsRepo.git(repo, "commit", "-q", "-am", "follow up on any pull request");
    long id = github.addReviewComment(pull, "maintainer", StatsRepo.SOURCE, 12, "/fixer fix the median here");

    assertThat(action("pull_request_review_comment", lineComment(pull, id, "maintainer", "open", "median"), fix))
        .as("%s", err).isZero();

    String head = StatsRepo.git(bare, "rev-parse", "median").strip();
    assertThat(StatsRepo.git(bare, "rev-parse", head + "^").strip()).isEqualTo(theirs);
    assertThat(StatsRepo.git(bare, "show", head + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(ActionRunTest.outputsIn(output)).containsEntry("status", "fixed").containsEntry("branch_name", "median");
    assertThat(github.pulls()).hasSize(2).filteredOn(p -> p.number() == pull).singleElement()
        .satisfies(p -> assertThat(p.title()).isEqualTo("Median, by a person"));
    assertThat(github.reviewCommentsOn(pull)).last().satisfies(reply -> assertThat(reply.body())
        .startsWith("@maintainer fixer added commit " + head.substring(0, 12)));
    assertThat(prompt()).contains("Median, by a person").contains("/fixer fix the median here");
  }

  private String branch() {
    return "fixer/issue-" + issue;
  }

  private int action(String eventName, ObjectNode payload, Path replay, String... extraEnv) throws IOException {
    events++;
    Path event = Files.writeString(temp.resolve("event-" + events + ".json"), payload.toString());
    output = temp.resolve("output-" + events + ".txt");
    Map<String, String> env = ActionRunTest.actionsEnvironment(github, repo, event, eventName, output,
        temp.resolve("summary-" + events + ".md"));
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    env.put("INPUT_MODEL", "replay:" + replay);
    env.put("INPUT_SANDBOX", "none");
    for (int i = 0; i < extraEnv.length; i += 2) {
      env.put(extraEnv[i], extraEnv[i + 1]);
    }
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "action");
  }

  private ObjectNode lineComment(int pull, long id, String login, String state, String head) {
    String body = github.reviewCommentsOn(pull).stream().filter(c -> c.id() == id).findFirst().orElseThrow().body();
    ObjectNode event = JSON.createObjectNode().put("action", "created");
    ObjectNode comment = event.putObject("comment").put("id", id).put("body", body).put("path", StatsRepo.SOURCE)
        .put("line", 12);
    comment.putObject("user").put("login", login).put("type", "User");
    pullRequest(event, pull, state, head);
    event.putObject("sender").put("login", login).put("type", "User");
    return event;
  }

  private ObjectNode review(int pull, String login, String body) {
    ObjectNode event = JSON.createObjectNode().put("action", "submitted");
    ObjectNode review = event.putObject("review").put("id", 77).put("state", "changes_requested").put("body", body);
    review.putObject("user").put("login", login).put("type", "User");
    pullRequest(event, pull, "open", branch());
    event.putObject("sender").put("login", login).put("type", "User");
    return event;
  }

  private static void pullRequest(ObjectNode event, int pull, String state, String head) {
    ObjectNode pr = event.putObject("pull_request").put("number", pull).put("state", state).put("body", "A fix.");
    pr.putObject("head").put("ref", head);
    event.putObject("repository").put("name", "stats").put("full_name", "octo/stats");
  }

  /** The text of the last run's trajectory that holds the issue as the model read it, between its delimiters. */
  private String prompt() throws IOException {
    Path run = Path.of(ActionRunTest.outputsIn(output).get("run_dir"));
    for (String line : Files.readAllLines(run.resolve("trajectory.jsonl"))) {
      for (com.fasterxml.jackson.databind.JsonNode text : JSON.readTree(line).findValues("content")) {
        if (text.isTextual() && text.asText().startsWith("Resolve this issue.\n\n<issue>")) {
          return text.asText();
        }
      }
    }
    throw new AssertionError("no text with <issue> in " + run.resolve("trajectory.jsonl"));
  }

  private List<Path> runs() throws IOException {
    try (var runs = Files.list(temp.resolve("fixer-home/runs"))) {
      return runs.filter(Files::isDirectory).toList();
    }
  }

  private String personCommitsOnTheBranch() throws Exception {
    Path person = temp.resolve("person");
    StatsRepo.git(temp, "clone", "-q", "-b", branch(), bare.toString(), person.toString());
    Files.writeString(person.resolve("NOTES.md"), "their notes\n");
    StatsRepo.git(person, "add", "NOTES.md");
    StatsRepo.git(person, "-c", "user.name=Person", "-c", "user.email=person@example.com", "commit", "-q", "-m",
        "notes");
    StatsRepo.git(person, "push", "-q", "origin", "HEAD:" + branch());
    return StatsRepo.git(person, "rev-parse", "HEAD").strip();
  }

  private static String replayOf(String edit) throws IOException {
    return "{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"e\",\"name\":\"edit\",\"arguments\":"
        + JSON.writeValueAsString(edit) + "}]}}\n"
        + "{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"f\",\"name\":\"finish\",\"arguments\":"
        + JSON.writeValueAsString("{\"summary\":\"Named the upper middle.\"}") + "}]}}\n";
  }
}
