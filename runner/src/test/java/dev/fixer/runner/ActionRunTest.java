package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.github.FakeGitHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixer action} as a GitHub Actions step: webhook payloads in files, the environment the
 * runner gives, a fake GitHub over HTTP and a bare origin the fix is pushed to.
 */
class ActionRunTest {

  static final String TOKEN = "ghs_actionTOKEN456";
  static final String MODEL_KEY = "sk-modelKEY789";
  private static final String BOT = "fixer[bot]";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<Path> files = new ArrayList<>();
  private FakeGitHub github;
  private Path repo;
  private Path bare;
  private Path replay;
  private Path output;
  private Path summary;
  private int issue;

  @BeforeEach
  void setUp() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    replay = StatsRepo.quickFix(repo, temp);
    bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString());
    github.requireToken(TOKEN);
    github.collaborator("maintainer", "write");
    github.collaborator("reader", "read");
    issue = github.addIssue(StatsRepo.TITLE, "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.", "alice", "bug");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void theTriggerLabelAddedByACollaboratorWithWriteAccessRunsFixerAndOpensOnePullRequest() throws Exception {
    assertThat(action("issues", labeled(issue, "fixer", "maintainer"))).as("%s", err).isZero();

    assertThat(StatsRepo.git(bare, "show", "fixer/issue-" + issue + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(github.pulls()).singleElement().satisfies(pull -> {
      assertThat(pull.head()).isEqualTo("fixer/issue-" + issue);
      assertThat(pull.state()).isEqualTo("open");
      assertThat(pull.body()).contains(runUrl());
    });
    String prUrl = pullUrl();
    assertThat(byFixer(issue)).singleElement()
        .satisfies(body -> assertThat(body).contains(runUrl()).contains(prUrl));
    assertThat(github.labelsOf(issue)).contains("fixer:done").doesNotContain("fixer:working", "fixer:failed");
    assertThat(outputs()).containsEntry("status", "fixed").containsEntry("pr_url", prUrl)
        .containsEntry("branch_name", "fixer/issue-" + issue);
    assertThat(outputs().get("cost_usd")).matches("\\d+(\\.\\d+)?");
    assertThat(Path.of(outputs().get("run_dir"))).isDirectory().hasParent(temp.resolve("fixer-home/runs"));
    assertThat(Files.readString(summary)).contains(prUrl);
    try (java.util.stream.Stream<Path> runs = Files.list(temp.resolve("fixer-home/runs"))) {
      assertThat(runs.toList()).singleElement().satisfies(run -> assertThat(Files.readString(run.resolve("report.html")))
          .startsWith("<!DOCTYPE html>").contains(StatsRepo.FIXED.lines().skip(1).findFirst().orElseThrow().strip()));
    }
  }

  @Test
  void anotherLabelWritesNothingToGitHubAndSaysWhichLabelsDiffer() throws Exception {
    assertThat(action("issues", labeled(issue, "help wanted", "maintainer"))).as("%s", err).isZero();
    assertThat(outputs()).containsEntry("status", "ignored").containsEntry("pr_url", "");
    assertThat(err.toString()).contains("label 'help wanted' is not the trigger label 'fixer'");

    assertThat(action("issues", labeled(issue, "fixer", "maintainer"), "INPUT_TRIGGER_LABEL", "autofix"))
        .as("%s", err).isZero();
    assertThat(outputs()).containsEntry("status", "ignored");
    assertThat(err.toString()).contains("label 'fixer' is not the trigger label 'autofix'");

    assertThat(writes()).isEmpty();
    assertThat(github.pulls()).isEmpty();
  }

  @Test
  void aFixerCommentFromAWriterRunsAndALaterLabelGoesOnFromThatPullRequestsBranch() throws Exception {
    assertThat(action("issue_comment", commented(issue, "maintainer", "/fixer"))).as("%s", err).isZero();
    assertThat(outputs()).containsEntry("status", "fixed").containsEntry("pr_url", pullUrl());
    String pushed = StatsRepo.git(bare, "rev-parse", "fixer/issue-" + issue).strip();

    // the branch already holds the fix, so the replayed edit finds nothing to change
    assertThat(action("issues", labeled(issue, "fixer", "maintainer"))).as("%s", err).isEqualTo(1);

    assertThat(err.toString()).contains("going on from fixer/issue-" + issue + " on origin at "
        + pushed.substring(0, 12));
    assertThat(github.pulls()).hasSize(1);
    assertThat(github.count("PATCH", "/repos/octo/stats/pulls/")).isZero();
    assertThat(StatsRepo.git(bare, "rev-parse", "fixer/issue-" + issue).strip()).isEqualTo(pushed);
  }

  @Test
  void aFixerCommentWithoutWriteAccessGetsOnePoliteReplyPerPersonAndNoRun() throws Exception {
    for (String login : List.of("reader", "stranger")) {
      assertThat(action("issue_comment", commented(issue, login, "/fixer please"))).as("%s", err).isZero();
      assertThat(outputs()).containsEntry("status", "unauthorised").containsEntry("pr_url", "");

      assertThat(action("issue_comment", commented(issue, login, "/fixer"))).as("%s", err).isZero();
      assertThat(outputs()).containsEntry("status", "unauthorised");
    }

    assertThat(byFixer(issue)).hasSize(2).satisfiesExactly(
        body -> assertThat(body).startsWith("@reader ").contains("write access"),
        body -> assertThat(body).startsWith("@stranger ").contains("write access"));
    assertThat(err.toString()).contains("@reader has no write access and was already told so");
    assertThat(github.pulls()).isEmpty();
    assertThat(StatsRepo.git(bare, "branch", "--list")).doesNotContain("fixer/");
    assertThat(StatsRepo.git(repo, "branch", "--list")).doesNotContain("fixer/");
    assertThat(temp.resolve("fixer-home/runs")).doesNotExist();
    assertThat(github.labelsOf(issue)).containsExactly("bug");
  }

  @Test
  void eventsThatDoNotAskFixerWriteNothingToGitHub() throws Exception {
    int pull = github.addPullRequest("feature", "A change", "Some change.");
    ObjectNode onPull = commented(pull, "maintainer", "/fixer");
    ((ObjectNode) onPull.get("issue")).putObject("pull_request").put("url", github.apiUrl() + "/repos/octo/stats/pulls/"
        + pull);
    int closed = github.addIssue("Old", "", "alice");
    github.closeIssue(closed);
    ObjectNode onClosed = labeled(closed, "fixer", "maintainer");
    ((ObjectNode) onClosed.get("issue")).put("state", "closed");
    ObjectNode opened = labeled(issue, "fixer", "maintainer").put("action", "opened");
    ObjectNode push = JSON.createObjectNode().put("ref", "refs/heads/main");
    push.putObject("sender").put("login", "maintainer").put("type", "User");

    assertIgnored("issue_comment", onPull, "pull request #" + pull + " is from branch feature, not fixer's"
        + " fixer/issue-N");
    assertIgnored("issues", onClosed, "issue #" + closed + " is closed");
    assertIgnored("issues", opened, "issues action 'opened' is not 'labeled'");
    assertIgnored("push", push, "not 'push'");
    assertIgnored("issue_comment", commented(issue, "renovate[bot]", "/fixer"), "fixer does not answer bots");

    assertThat(writes()).isEmpty();
    assertThat(github.pulls()).singleElement().satisfies(only -> assertThat(only.number()).isEqualTo(pull));
    assertThat(byFixer(issue)).isEmpty();
  }

  @Test
  void withoutAnEventFileItSaysToUseFixerRun() throws Exception {
    Map<String, String> env = env(temp.resolve("event.json"), "issues");
    env.remove("GITHUB_EVENT_PATH");

    assertThat(Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "action"))
        .isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString()).contains("GITHUB_EVENT_PATH is not set").contains("use fixer run");
    assertThat(github.requests()).isEmpty();
    assertThat(temp.resolve("output-0.txt")).doesNotExist();
  }

  @Test
  void theSecretsAppearNowhereFixerPrintsOrWrites() throws Exception {
    assertThat(action("issues", labeled(issue, "fixer", "maintainer"))).as("%s", err).isZero();
    assertThat(action("issue_comment", commented(issue, "stranger", "/fixer"))).as("%s", err).isZero();
    assertThat(action("issues", labeled(issue, "wontfix", "maintainer"))).as("%s", err).isZero();

    List<String> texts = new ArrayList<>(List.of(out.toString(), err.toString(),
        Files.readString(repo.resolve(".git/config")), Files.readString(bare.resolve("config"))));
    for (Path file : files) {
      texts.add(Files.readString(file));
    }
    github.commentsOn(issue).forEach(comment -> texts.add(comment.body()));
    github.pulls().forEach(pull -> texts.add(pull.title() + "\n" + pull.body()));
    github.requests().stream().filter(request -> request.getBody() != null)
        .forEach(request -> texts.add(request.getBody().utf8()));
    try (Stream<Path> written = Files.walk(temp.resolve("fixer-home"))) {
      for (Path file : (Iterable<Path>) written.filter(Files::isRegularFile)::iterator) {
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }

    assertThat(texts).hasSizeGreaterThan(20).noneMatch(text -> text.contains(TOKEN) || text.contains(MODEL_KEY));
    assertThat(github.pulls()).hasSize(1);
  }

  private void assertIgnored(String eventName, ObjectNode payload, String reason) throws IOException {
    assertThat(action(eventName, payload)).as("%s", err).isZero();
    assertThat(outputs()).as(reason).containsEntry("status", "ignored").containsEntry("pr_url", "");
    assertThat(err.toString()).contains(reason);
  }

  @Test
  void anUnknownInputEndsWithTheUsageCodeNamingItBeforeAnythingRuns() throws Exception {
    assertThat(action("issues", labeled(issue, "fixer", "maintainer"), "INPUT_MAX_COSTS", "2"))
        .as("%s", err).isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString()).contains("fixer's Action has no input 'max_costs' (INPUT_MAX_COSTS)");
    assertThat(outputs()).containsEntry("status", "error").containsEntry("run_dir", "");
    assertThat(writes()).isEmpty();
  }

  @Test
  void theTriggerPhraseAndTheLabelInputsDecideWhatRuns() throws Exception {
    assertThat(action("issue_comment", commented(issue, "maintainer", "/fixer"), "INPUT_TRIGGER_PHRASE", "/autofix"))
        .as("%s", err).isZero();
    assertThat(outputs()).containsEntry("status", "ignored");
    assertThat(err.toString()).contains("the comment does not start with /autofix");

    assertThat(action("issues", labeled(issue, "fixer", "maintainer"), "INPUT_LABEL", "autofix",
        "INPUT_TRIGGER_LABEL", "fixer")).as("%s", err).isZero();
    assertThat(err.toString()).contains("label 'fixer' is not the trigger label 'autofix'");
    assertThat(writes()).isEmpty();
  }

  @Test
  void theBranchPrefixInputNamesTheBranchOfTheFixAndOfItsPullRequest() throws Exception {
    assertThat(action("issues", labeled(issue, "fixer", "maintainer"), "INPUT_BRANCH_PREFIX", "bots/fixer-"))
        .as("%s", err).isZero();

    assertThat(StatsRepo.git(bare, "show", "bots/fixer-issue-" + issue + ":" + StatsRepo.SOURCE))
        .contains(StatsRepo.FIXED);
    assertThat(StatsRepo.git(bare, "branch", "--list")).doesNotContain("fixer/");
    assertThat(github.pulls()).singleElement()
        .satisfies(pull -> assertThat(pull.head()).isEqualTo("bots/fixer-issue-" + issue));
    assertThat(outputs()).containsEntry("status", "fixed").containsEntry("branch_name", "bots/fixer-issue-" + issue);
  }

  @Test
  void aBranchPrefixThatMakesNoValidBranchNameIsAUsageErrorNamingIt() throws Exception {
    assertThat(action("issues", labeled(issue, "fixer", "maintainer"), "INPUT_BRANCH_PREFIX", "bot fix/"))
        .as("%s", err).isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString()).contains("fixer: the input branch_prefix is 'bot fix/', which makes no valid git"
        + " branch name (bot fix/issue-1): give a prefix such as fixer/, bot/ or autofix-");
    assertThat(outputs()).containsEntry("status", "error");
    assertThat(writes()).isEmpty();
  }

  private int action(String eventName, ObjectNode payload, String... extraEnv) throws IOException {
    Path event = Files.writeString(temp.resolve("event-" + files.size() + ".json"), payload.toString());
    Map<String, String> env = env(event, eventName);
    for (int i = 0; i < extraEnv.length; i += 2) {
      env.put(extraEnv[i], extraEnv[i + 1]);
    }
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "action");
  }

  private Map<String, String> env(Path event, String eventName) {
    output = temp.resolve("output-" + files.size() + ".txt");
    summary = temp.resolve("summary-" + files.size() + ".md");
    files.addAll(List.of(event, output, summary));
    Map<String, String> env = actionsEnvironment(github, repo, event, eventName, output, summary);
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    env.put("INPUT_MODEL", "replay:" + replay);
    env.put("INPUT_SANDBOX", "none");
    return env;
  }

  /** What a runner gives a step for {@code event}, with the token and the model key as inputs. */
  static Map<String, String> actionsEnvironment(FakeGitHub github, Path workspace, Path event, String eventName,
      Path output, Path summary) {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_EVENT_NAME", eventName);
    env.put("GITHUB_REPOSITORY", "octo/stats");
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_API_URL", github.apiUrl());
    env.put("GITHUB_SERVER_URL", github.serverUrl());
    env.put("GITHUB_RUN_ID", "42");
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("INPUT_GITHUB_TOKEN", TOKEN);
    env.put("KIMI_API_KEY", MODEL_KEY);
    env.put("INPUT_KIMI_API_KEY", MODEL_KEY);
    return env;
  }

  /** An {@code issues} event labelling issue {@code number}, which the fake gets too. */
  private ObjectNode labeled(int number, String label, String sender) {
    github.addLabels(number, label);
    ObjectNode event = issueEvent("labeled", number);
    event.putObject("label").put("name", label).put("color", "ededed");
    event.putObject("sender").put("login", sender).put("type", "User");
    return event;
  }

  /** An {@code issue_comment} event for a comment that the fake gets too. */
  private ObjectNode commented(int number, String login, String body) {
    long id = github.addComment(number, login, body);
    ObjectNode event = issueEvent("created", number);
    ObjectNode comment = event.putObject("comment").put("id", id).put("body", body);
    comment.putObject("user").put("login", login).put("type", login.endsWith("[bot]") ? "Bot" : "User");
    event.putObject("sender").put("login", login).put("type", login.endsWith("[bot]") ? "Bot" : "User");
    return event;
  }

  static ObjectNode issueEvent(String action, int number) {
    ObjectNode event = JSON.createObjectNode().put("action", action);
    ObjectNode issue = event.putObject("issue").put("number", number).put("title", StatsRepo.TITLE)
        .put("state", "open").put("body", "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.");
    issue.putObject("user").put("login", "alice").put("type", "User");
    event.putObject("repository").put("name", "stats").put("full_name", "octo/stats").put("default_branch", "main");
    return event;
  }

  private Map<String, String> outputs() throws IOException {
    return outputsIn(output);
  }

  /** A step's outputs, read as the runner reads {@code name<<DELIMITER} blocks. */
  static Map<String, String> outputsIn(Path output) throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    Iterator<String> lines = Files.readAllLines(output).iterator();
    while (lines.hasNext()) {
      String[] start = lines.next().split("<<", 2);
      assertThat(start).as("an output starts with name<<DELIMITER").hasSize(2);
      List<String> value = new ArrayList<>();
      for (String line = lines.next(); !line.equals(start[1]); line = lines.next()) {
        value.add(line);
      }
      outputs.put(start[0], String.join("\n", value));
    }
    return outputs;
  }

  private List<String> byFixer(int number) {
    return github.commentsOn(number).stream().filter(comment -> comment.author().equals(BOT))
        .map(FakeGitHub.FakeComment::body).toList();
  }

  private List<String> writes() {
    return github.requests().stream().map(request -> request.getMethod()).filter(method -> !method.equals("GET"))
        .toList();
  }

  private String pullUrl() {
    return github.serverUrl() + "/octo/stats/pull/" + github.pulls().get(0).number();
  }

  private String runUrl() {
    return github.serverUrl() + "/octo/stats/actions/runs/42";
  }
}
