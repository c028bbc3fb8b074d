package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.batch.BatchEntry;
import dev.fixer.runner.batch.BatchState;
import dev.fixer.runner.github.FakeGitHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer batch} against a fake GitHub over HTTP, with clones of and pushes to a local bare repository. */
class BatchRunTest {

  private static final String TOKEN = "ghs_batchTOKEN456";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private FakeGitHub github;
  private Path bare;
  private Path replay;
  private Path state;

  @BeforeEach
  void setUp() throws Exception {
    Path repo = StatsRepo.create(temp.resolve("repo"));
    replay = StatsRepo.quickFix(repo, temp);
    bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString());
    github.requireToken(TOKEN);
    state = temp.resolve("batch/state.json");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private int batch(String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_API_URL", github.apiUrl());
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    List<String> all = new ArrayList<>(List.of("batch", "--github-repo", "octo/stats", "--label", "fixer",
        "--model", "replay:" + replay, "--sandbox", "none", "--state", state.toString()));
    all.addAll(List.of(args));
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
  }

  @Test
  void fixesEachLabelledIssueInItsOwnCloneSkipsThoseWithAPullRequestAndReports() throws Exception {
    int first = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
    int second = github.addIssue("Median of six values is wrong", "", "bob", "fixer", "bug");
    int other = github.addIssue("Unrelated", "", "carol", "bug");
    int pull = github.addPullRequest("feature", "A feature", "");
    github.addLabels(pull, "fixer");
    int covered = github.addIssue("Already has a fix", "", "dan", "fixer");
    github.addPullRequest("fixer/issue-" + covered, "Already has a fix", "Fixes #" + covered);

    assertThat(batch("--parallel", "2")).as("%s", err).isZero();

    assertThat(github.pulls()).extracting(FakeGitHub.FakePull::head)
        .containsExactlyInAnyOrder("feature", "fixer/issue-" + covered, "fixer/issue-" + first, "fixer/issue-" + second);
    assertThat(StatsRepo.git(bare, "show", "fixer/issue-" + first + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(github.labelsOf(first)).contains("fixer:done");
    assertThat(github.commentsOn(other)).isEmpty();
    assertThat(github.commentsOn(covered)).isEmpty();
    assertThat(err.toString()).contains("#" + covered + " skipped: has an open pull request");
    Path dir = state.getParent();
    assertThat(Files.readString(dir.resolve("report.md"))).contains("Median of four values is wrong")
        .contains("Already has a fix");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("issues")).extracting(issue -> issue.path("number").asInt() + " " + issue.path("status").asText())
        .containsExactly(first + " fixed", second + " fixed", covered + " skipped");
    assertThat(out.toString()).isEqualTo(Files.readString(dir.resolve("report.md")));
    assertThat(Files.readString(dir.resolve("report.html"))).contains("Median of four values is wrong")
        .contains("report-files/issue-" + first + ".html");
    assertThat(Files.readString(state)).doesNotContain(TOKEN);
    assertThat(Files.readString(dir.resolve("issue-" + first + "/checkout/.git/config"))).doesNotContain(TOKEN);
  }

  @Test
  void aBatchStartedAgainRedoesNothingFinished() throws Exception {
    int first = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
    int second = github.addIssue("Median of six values is wrong", "", "bob", "fixer");

    assertThat(batch("--max-issues", "1")).as("%s", err).isZero();
    assertThat(github.pulls()).extracting(FakeGitHub.FakePull::head).containsExactly("fixer/issue-" + first);

    assertThat(batch()).as("%s", err).isZero();
    assertThat(err.toString()).contains("#" + first + " skipped: finished earlier: fixed");
    assertThat(github.pulls()).extracting(FakeGitHub.FakePull::head)
        .containsExactly("fixer/issue-" + first, "fixer/issue-" + second);
    assertThat(github.commentsOn(first)).hasSize(1);
  }

  @Test
  void aBatchKilledDuringARunResumesThatRunWhereItStopped() throws Exception {
    int issue = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
    Path dir = state.resolveSibling("issue-" + issue);
    StatsRepo.git(temp, "clone", "-q", bare.toString(), dir.resolve("checkout").toString());
    Map<String, String> env = Map.of("GITHUB_API_URL", github.apiUrl(), "GITHUB_TOKEN", TOKEN,
        "FIXER_HOME", temp.resolve("fixer-home").toString());
    // The batch's run of the issue got one step in, then the batch was killed: no result, the entry still running.
    assertThat(Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "run", "--repo",
        dir.resolve("checkout").toString(), "--issue", "#" + issue, "--github-repo", "octo/stats", "--open-pr",
        "--model", "replay:" + replay, "--sandbox", "none", "--max-steps", "1", "--work-dir", dir.resolve("run").toString()))
        .isEqualTo(1);
    Files.delete(dir.resolve("run/result.json"));
    try (BatchState batch = BatchState.open(state, "octo/stats", "fixer")) {
      batch.put(BatchEntry.pending(issue, "Median of four values is wrong", Instant.now()).running(dir.resolve("run")));
    }

    assertThat(batch("--max-steps", "5")).as("%s", err).isZero();

    assertThat(err.toString()).contains("#" + issue + " resumed");
    assertThat(github.pulls()).singleElement().satisfies(pull -> assertThat(pull.head()).isEqualTo("fixer/issue-" + issue));
    assertThat(Files.readString(dir.resolve("run/trajectory.jsonl")).lines()
        .filter(line -> line.contains("\"type\":\"assistant\"")).count()).isEqualTo(2);
    assertThat(github.commentsOn(issue)).singleElement()
        .satisfies(comment -> assertThat(comment.body()).contains("fixer opened a pull request"));
  }

  @Test
  void anEntryLeftRunningWithoutItsRunIsRecordedAsSkippedWhenItsIssueHasAnOpenPullRequest() throws Exception {
    int issue = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
    int pull = github.addPullRequest("fixer/issue-" + issue, "Fix the median", "Fixes #" + issue);
    try (BatchState batch = BatchState.open(state, "octo/stats", "fixer")) {
      batch.put(BatchEntry.pending(issue, "Median of four values is wrong", Instant.now())
          .running(temp.resolve("deleted-run")));
    }

    assertThat(batch()).as("%s", err).isZero();

    assertThat(err.toString()).contains("#" + issue + " skipped: has an open pull request");
    try (BatchState batch = BatchState.open(state, "octo/stats", "fixer")) {
      assertThat(batch.entry(issue)).hasValueSatisfying(entry -> {
        assertThat(entry.status()).isEqualTo(BatchEntry.Status.SKIPPED);
        assertThat(entry.prUrl()).contains(github.serverUrl() + "/octo/stats/pull/" + pull);
      });
    }
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    assertThat(Main.run(Map.of(), temp, false, new PrintWriter(out, true), new PrintWriter(err, true), "batch",
        "--label", "fixer")).isEqualTo(2);
    assertThat(batch("--shard", "3/2")).isEqualTo(2);
    assertThat(batch("--branch-prefix", "bot..x/")).isEqualTo(2);
    assertThat(err.toString().lines().toList()).hasSize(3).startsWith(
        "fixer: fixer batch needs the repository: pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY",
        "fixer: --shard 3/2: I must be between 1 and N, as in --shard 1/4").last().asString()
        .startsWith("fixer: --branch-prefix is 'bot..x/', which makes no valid git branch name (bot..x/issue-1)");
    assertThat(github.requests()).isEmpty();
  }

  @Test
  void withABranchPrefixEachFixGoesOnItsBranchAndAnIssueWithAPullRequestFromOneIsSkipped() throws Exception {
    int covered = github.addIssue("Already has a fix", "", "dan", "fixer");
    github.addPullRequest("bot/fix-issue-" + covered, "Already has a fix", "Fixes #" + covered);
    int issue = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
    github.addPullRequest("fixer/issue-" + issue, "Someone else's branch name", "");

    assertThat(batch("--branch-prefix", "bot/fix-")).as("%s", err).isZero();

    assertThat(err.toString()).contains("#" + covered + " skipped: has an open pull request");
    assertThat(github.commentsOn(covered)).isEmpty();
    assertThat(StatsRepo.git(bare, "show", "bot/fix-issue-" + issue + ":" + StatsRepo.SOURCE))
        .contains(StatsRepo.FIXED);
    assertThat(github.pulls()).extracting(FakeGitHub.FakePull::head)
        .containsExactlyInAnyOrder("bot/fix-issue-" + covered, "fixer/issue-" + issue, "bot/fix-issue-" + issue);
  }
}
