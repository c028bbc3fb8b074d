package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.runner.github.FakeGitHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code fixer batch}, killed with SIGKILL in the middle of an issue (its agent, or its
 * publication right after the pull request opened) and started again: a finished issue is not
 * redone, the interrupted run goes on from where it stopped, and each issue gets one pull request.
 */
class BatchKillIT {

  private static final String TOKEN = "ghs_killTOKEN789";
  private static final String KEY = "sk-kill-test-key";

  @TempDir
  Path temp;

  @Test
  void aBatchKilledMidRunFinishesTheRestWhenStartedAgain() throws Exception {
    Path repo = StatsRepo.create(temp.resolve("repo"));
    StatsRepo.quickFix(repo, temp);
    Path bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    try (FakeGitHub github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString())) {
      github.requireToken(TOKEN);
      int first = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
      int second = github.addIssue("Median of six values is wrong", "", "bob", "fixer");

      try (ScriptedModelServer model = new ScriptedModelServer()) {
        fix(model);
        model.reply(edit());
        model.enqueue(ScriptedModelServer.stream(summary().body()).newBuilder().headersDelay(5, TimeUnit.MINUTES).build());
        Process batch = FixerProcess.start(temp, env(github, model), List.of(args()));
        FixerProcess.waitFor(() -> model.requests().size() == 4 && Files.exists(temp.resolve("batch/state.json"))
            && Files.readString(temp.resolve("batch/state.json")).contains("\"running\""), batch, temp,
            "its second issue's second step");
        batch.destroyForcibly().waitFor();
      }
      assertThat(github.pulls()).extracting(FakeGitHub.FakePull::head).containsExactly("fixer/issue-" + first);

      try (ScriptedModelServer model = new ScriptedModelServer()) {
        model.reply(summary());
        FixerProcess.Finished again = FixerProcess.fixer(temp, env(github, model), args());

        assertThat(again.exitCode()).as("%s", again).isZero();
        assertThat(again.stderr()).contains("#" + first + " skipped: finished earlier: fixed")
            .contains("#" + second + " resumed");
        assertThat(model.requests()).hasSize(1);
      }
      assertThat(github.pulls()).extracting(FakeGitHub.FakePull::head)
          .containsExactly("fixer/issue-" + first, "fixer/issue-" + second);
      assertThat(github.commentsOn(second)).hasSize(1);
      assertThat(Files.readString(temp.resolve("batch/report.md"))).contains("Median of six values is wrong");
      assertThat(Files.readString(temp.resolve("batch/state.json"))).doesNotContain(TOKEN).doesNotContain(KEY);
    }
  }

  @Test
  void aBatchKilledRightAfterOpeningAPullRequestFinishesPublishingItWhenStartedAgain() throws Exception {
    Path repo = StatsRepo.create(temp.resolve("repo"));
    StatsRepo.quickFix(repo, temp);
    Path bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    try (FakeGitHub github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString())) {
      github.requireToken(TOKEN);
      int issue = github.addIssue("Median of four values is wrong", "", "alice", "fixer");
      github.stallNext("PATCH", "/repos/octo/stats/issues/comments/");
      Path state = temp.resolve("batch/state.json");

      try (ScriptedModelServer model = new ScriptedModelServer()) {
        fix(model);
        Process batch = FixerProcess.start(temp, env(github, model), List.of(args()));
        FixerProcess.waitFor(() -> github.count("PATCH", "/repos/octo/stats/issues/comments/") == 1, batch, temp,
            "the status comment's edit after the pull request");
        batch.destroyForcibly().waitFor();
      }
      assertThat(github.pulls()).hasSize(1);
      assertThat(github.labelsOf(issue)).contains("fixer:working");
      assertThat(Files.readString(state)).contains("\"running\"").doesNotContain("/pull/");

      try (ScriptedModelServer model = new ScriptedModelServer()) {
        FixerProcess.Finished again = FixerProcess.fixer(temp, env(github, model), args());

        assertThat(again.exitCode()).as("%s", again).isZero();
        assertThat(again.stderr()).contains("#" + issue + " resumed").doesNotContain("#" + issue + " skipped");
        assertThat(model.requests()).isEmpty();
      }
      assertThat(github.pulls()).hasSize(1);
      String url = github.serverUrl() + "/octo/stats/pull/" + github.pulls().get(0).number();
      JsonNode entry = new ObjectMapper().readTree(state.toFile()).path("issues").get(0);
      assertThat(entry.path("status").asText()).isEqualTo("fixed");
      assertThat(entry.path("pr_url").asText()).isEqualTo(url);
      assertThat(github.commentsOn(issue)).singleElement().extracting(FakeGitHub.FakeComment::body).asString()
          .contains("fixer opened a pull request: " + url).doesNotContain("working on this issue");
      assertThat(github.labelsOf(issue)).contains("fixer:done").doesNotContain("fixer:working");
    }
  }

  private static void fix(ScriptedModelServer model) {
    model.reply(edit());
    model.reply(summary());
  }

  private static SseReply edit() {
    return SseReply.reply().toolCall(0, "edit:0", "edit", StatsRepo.edit(), 1).usage(3000, 0, 100);
  }

  private static SseReply summary() {
    return StatsRepo.finish("Fixed the median for even counts.").usage(3500, 2900, 20);
  }

  private Map<String, String> env(FakeGitHub github, ScriptedModelServer model) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", temp.resolve("home").toString());
    env.put("GITHUB_API_URL", github.apiUrl());
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("KIMI_API_KEY", KEY);
    env.put("KIMI_BASE_URL", model.baseUrl());
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    return env;
  }

  private String[] args() {
    return new String[] {"batch", "--github-repo", "octo/stats", "--label", "fixer", "--sandbox", "none",
        "--state", temp.resolve("batch/state.json").toString()};
  }
}
