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
  void aRunOnAnOpenPullRequestAddsOneCommitOnTopAndThePersonsCommitSurvives() throws Exception {
    String theirs = personCommitsOnTheBranch("main", "NOTES.md");
    int pull = github.addPullRequest(branch(), StatsRepo.TITLE, "");

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).as("%s", err).isZero();

    String head = StatsRepo.git(bare, "rev-parse", branch()).strip();
    assertThat(StatsRepo.git(bare, "rev-parse", head + "^").strip()).isEqualTo(theirs);
    assertThat(StatsRepo.git(bare, "show", head + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(StatsRepo.git(bare, "show", head + ":NOTES.md")).isEqualTo("their notes\n");
    assertThat(github.pulls()).singleElement().satisfies(only -> assertThat(only.number()).isEqualTo(pull));
    assertThat(github.count("PATCH", "/repos/octo/stats/pulls/")).isEqualTo(1);
    assertThat(github.commentsOn(issue)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer opened a pull request").contains("<!-- fixer:pushed " + head + " -->"));
    assertThat(err.toString()).contains("going on from " + branch() + " on origin at " + theirs.substring(0, 12));
  }

  @Test
  void aPushSomeoneMadeWhileFixerWorkedIsReportedAndNothingIsPushed() throws Exception {
    Path person = temp.resolve("person");
    java.nio.file.Files.writeString(repo.resolve(".fixer.yml"), "setup: 'git -C " + person + " push -q " + bare
        + " HEAD:refs/heads/" + branch() + "'\n" + StatsRepo.QUICK_TEST);
    StatsRepo.git(repo, "commit", "-q", "-am", "a setup that pushes as a person would");
    StatsRepo.git(repo, "push", "-q", "origin", "main");
    String first = personCommitsOnTheBranch("main", "NOTES.md");
    github.addPullRequest(branch(), StatsRepo.TITLE, "");
    String meanwhile = personCommitsOnTheBranch(first, "MORE.md");
    StatsRepo.git(bare, "update-ref", "refs/heads/" + branch(), first);

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).as("%s", err)
        .isEqualTo(2);

    assertThat(StatsRepo.git(bare, "rev-parse", branch()).strip()).isEqualTo(meanwhile);
    assertThat(err.toString()).contains("moved on origin while fixer worked").contains("nothing was pushed")
        .contains("run again");
    assertThat(github.count("PATCH", "/repos/octo/stats/pulls/")).isZero();
    assertThat(github.commentsOn(issue)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer pushed nothing:** the branch moved while fixer worked"));
    assertThat(github.labelsOf(issue)).contains("fixer:failed").doesNotContain("fixer:working", "fixer:done");
  }

  @Test
  void aBranchRewrittenSinceFixersLastPushIsReportedOnThePullRequestAndNothingIsPushed() throws Exception {
    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).as("%s", err).isZero();
    String fixers = StatsRepo.git(bare, "rev-parse", branch()).strip();
    String rewritten = personCommitsOnTheBranch("main", "NOTES.md");
    StatsRepo.git(bare, "update-ref", "refs/heads/" + branch(), rewritten);
    int pull = github.pulls().get(0).number();

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).isEqualTo(2);

    assertThat(StatsRepo.git(bare, "rev-parse", branch()).strip()).isEqualTo(rewritten);
    assertThat(github.commentsOn(pull)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer pushed nothing:** branch " + branch() + " was rewritten: fixer's last commit "
            + fixers.substring(0, 12) + " is no longer in it"));
    assertThat(err.toString()).contains("nothing was pushed");
    assertThat(github.count("PATCH", "/repos/octo/stats/pulls/")).isZero();
  }

  @Test
  void aBranchDeletedUnderItsOpenPullRequestIsReportedThereAndNothingIsPushed() throws Exception {
    int pull = github.addPullRequest(branch(), StatsRepo.TITLE, "");

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).isEqualTo(2);

    assertThat(StatsRepo.git(bare, "branch", "--list")).doesNotContain("fixer/");
    assertThat(github.commentsOn(pull)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer pushed nothing:** branch " + branch() + " of the pull request is gone from origin"));
    assertThat(err.toString()).contains("is gone from origin; nothing was pushed");
  }

  @Test
  void aBranchOnOriginWithoutAnOpenPullRequestIsLeftAloneAndSaidSoOnTheIssue() throws Exception {
    String theirs = personCommitsOnTheBranch("main", "NOTES.md");

    assertThat(fixer(env(), "--issue", "#" + issue, "--open-pr", "--model", "replay:" + replay)).isEqualTo(2);

    assertThat(StatsRepo.git(bare, "rev-parse", branch()).strip()).isEqualTo(theirs);
    assertThat(github.pulls()).isEmpty();
    assertThat(github.commentsOn(issue)).singleElement().satisfies(comment -> assertThat(comment.body())
        .contains("fixer did not start:** branch `" + branch() + "` is on origin without an open pull request"));
  }

  private String branch() {
    return "fixer/issue-" + issue;
  }

  /**
   * A person commits {@code file} on top of {@code start} (a branch or commit of origin) in their own clone,
   * {@code person}, and makes it the head of fixer's branch on origin, whatever was there; returns the commit.
   */
  private String personCommitsOnTheBranch(String start, String file) throws Exception {
    Path person = temp.resolve("person");
    if (!java.nio.file.Files.isDirectory(person)) {
      StatsRepo.git(temp, "clone", "-q", bare.toString(), person.toString());
    }
    StatsRepo.git(person, "fetch", "-q", "origin");
    StatsRepo.git(person, "checkout", "-q", "--detach", start.equals("main") ? "origin/main" : start);
    java.nio.file.Files.writeString(person.resolve(file), "their notes\n");
    StatsRepo.git(person, "add", file);
    StatsRepo.git(person, "-c", "user.name=Person", "-c", "user.email=person@example.com", "commit", "-q", "-m",
        "notes");
    String commit = StatsRepo.git(person, "rev-parse", "HEAD").strip();
    StatsRepo.git(person, "push", "-q", "origin", "HEAD:refs/person/" + file);
    StatsRepo.git(bare, "update-ref", "refs/heads/" + branch(), commit);
    return commit;
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
