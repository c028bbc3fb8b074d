package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.github.FakeGitHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer run --open-pr} against a fake GitHub over HTTP, with pushes to a local bare repository. */
class GitHubRunTest {

  static final String TOKEN = "ghs_secretTOKEN123";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private FakeGitHub github;
  private Path repo;
  private Path bare;
  private Path replay;
  private int issue;

  @BeforeEach
  void setUp() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    replay = StatsRepo.quickFix(repo, temp);
    bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString());
    github.requireToken(TOKEN);
    issue = github.addIssue(StatsRepo.TITLE, "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.", "alice", "bug");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_API_URL", github.apiUrl());
    env.put("GITHUB_SERVER_URL", github.serverUrl());
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    return env;
  }

  private int fixer(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("run", "--repo", repo.toString(), "--github-repo", "octo/stats",
        "--sandbox", "none"));
    all.addAll(List.of(args));
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
  }

  @Test
  void aVerifiedFixIsPushedAndOpenedAsOnePullRequestAndTheIssueSaysSo() throws Exception {
    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--draft", "--model", "replay:" + replay))
        .as("%s", err).isZero();

    assertThat(StatsRepo.git(bare, "show", "fixer/issue-" + issue + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(github.pulls()).singleElement().satisfies(pull -> {
      assertThat(pull.head()).isEqualTo("fixer/issue-" + issue);
      assertThat(pull.base()).isEqualTo("main");
      assertThat(pull.title()).isEqualTo(StatsRepo.TITLE);
      assertThat(pull.draft()).isTrue();
      assertThat(pull.body()).startsWith("Fixes #" + issue + "\n\nFixed the median.")
          .contains("| `src/main/java/demo/Stats.java` | modified | 3 | 0 |").contains("- fails before, passes after: tests/test_stats.py::test_median_of_even_count")
          .contains("2 steps");
    });
    assertThat(github.commentsOn(issue)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer opened a pull request").contains("/pull/"));
    assertThat(github.labelsOf(issue)).contains("bug", "fixer:done").doesNotContain("fixer:working");
    assertThat(out.toString()).contains("Pull request: ");
    assertThat(github.count("GET", "/user")).isZero();
    assertThat(github.requests()).noneMatch(request -> request.getBody() != null
        && request.getBody().utf8().contains(TOKEN));
  }

  @Test
  void aSecondRunUpdatesTheOpenPullRequestInsteadOfOpeningAnother() throws Exception {
    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).as("%s", err).isZero();

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).as("%s", err).isZero();

    assertThat(StatsRepo.git(bare, "rev-parse", "fixer/issue-" + issue).strip())
        .isEqualTo(StatsRepo.git(repo, "rev-parse", "fixer/issue-" + issue + "-2").strip());
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).contains("fixer/issue-" + issue + "-2");
    assertThat(github.pulls()).hasSize(1);
    assertThat(github.count("PATCH", "/repos/octo/stats/pulls/")).isEqualTo(1);
    assertThat(github.commentsOn(issue)).hasSize(1);
  }

  @Test
  void aRunWithoutAFixSaysWhyOnTheIssueAndOpensNothing() throws Exception {
    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay, "--max-steps", "1"))
        .as("%s", err).isEqualTo(1);

    assertThat(github.pulls()).isEmpty();
    assertThat(StatsRepo.git(bare, "branch", "--list")).doesNotContain("fixer/");
    assertThat(github.commentsOn(issue)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer could not fix this issue:").contains("step limit"));
    assertThat(github.labelsOf(issue)).contains("fixer:failed").doesNotContain("fixer:working", "fixer:done");
  }

  @Test
  void aPullRequestGitHubFailedToOpenIsOpenedByTheResume() throws Exception {
    github.failNext("POST", "/repos/octo/stats/pulls", 502, "{\"message\":\"Server Error\"}");

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay, "--work-dir", "run"))
        .isEqualTo(3);
    assertThat(err.toString()).contains("the change is on branch fixer/issue-" + issue)
        .contains("fixer run --resume " + temp.resolve("run"));
    assertThat(github.pulls()).isEmpty();

    assertThat(fixer(env(), "--resume", "run")).as("%s", err).isZero();
    assertThat(github.pulls()).hasSize(1);
    assertThat(github.commentsOn(issue)).singleElement()
        .satisfies(comment -> assertThat(comment.body()).contains("fixer opened a pull request"));
  }

  @Test
  void aSetupThatStopsTheRunIsShownOnTheIssueWithItsCommandAndRedactedOutput() throws Exception {
    java.nio.file.Files.writeString(repo.resolve(".fixer.yml"), "setup: 'echo fetching; echo \"denied for "
        + TOKEN + "\" >&2; exit 3'\ntest: 'echo \"error: cannot find symbol\"; exit 1'\n");
    StatsRepo.git(repo, "commit", "-q", "-am", "setup that fails");
    StatsRepo.git(repo, "push", "-q", "origin", "main");

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).as("%s", err)
        .isEqualTo(1);

    assertThat(github.pulls()).isEmpty();
    assertThat(github.commentsOn(issue)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer could not fix this issue:** setup `echo fetching; echo \"denied for [REDACTED]\" >&2;"
            + " exit 3` failed (exit code 3) and the tests cannot build without it")
        .contains("Setup failed (exit code 3):\n\n```\necho fetching;")
        .contains("The end of its output:\n\n```\nfetching\ndenied for [REDACTED]\n```")
        .contains("on_setup_failure: continue").doesNotContain(TOKEN));
    assertThat(github.labelsOf(issue)).contains("fixer:failed").doesNotContain("fixer:working");
  }

  @Test
  void openPrNeedsAGitHubIssueAndAToken() throws Exception {
    assertThat(fixer(env(), "--issue", StatsRepo.issue(temp).toString(), "--open-pr", "--model", "replay:" + replay))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--open-pr needs a GitHub issue");

    try (FakeGitHub anonymous = FakeGitHub.start("octo", "stats")) {
      int open = anonymous.addIssue(StatsRepo.TITLE, "", "alice");
      Map<String, String> noToken = env();
      noToken.remove("GITHUB_TOKEN");
      noToken.put("GITHUB_API_URL", anonymous.apiUrl());
      assertThat(fixer(noToken, "--issue", "#" + open, "--open-pr", "--model", "replay:" + replay)).isEqualTo(2);
      assertThat(err.toString()).contains("GITHUB_TOKEN is not set");
      assertThat(anonymous.commentsOn(open)).isEmpty();
    }
  }
}
