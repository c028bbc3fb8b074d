package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.github.FakeGitHub;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Action's own step, {@code docker/action.sh}, as a runner runs it: fixer in its runtime image
 * with the engine's socket, the agent's commands in a Docker sandbox that the same engine starts, a
 * fake GitHub on loopback and a bare origin, all under the runner's temp directory.
 */
class ActionScriptIT {

  private static final Path SCRIPT = Path.of("..", "docker", "action.sh").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  private FakeGitHub github;
  private Path runnerTemp;
  private Path repo;
  private Path bare;

  @BeforeEach
  void setUp() throws Exception {
    Sandboxes.assumeDocker();
    runnerTemp = Files.createDirectories(temp.resolve("_temp"));
    repo = StatsRepo.create(temp.resolve("repo"));
    bare = StatsRepo.bareOrigin(repo, runnerTemp.resolve("origin.git"));
    github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString());
    github.requireToken(ActionRunTest.TOKEN);
    github.collaborator("maintainer", "write");
  }

  @AfterEach
  void stop() {
    if (github != null) {
      github.close();
    }
  }

  @Test
  void aLabelledIssueIsFixedByFixerInItsImageWithTheAgentsCommandsInADockerSandbox() throws Exception {
    Path replay = StatsRepo.quickFix(repo, runnerTemp);
    int issue = github.addIssue(StatsRepo.TITLE, "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.", "alice", "bug");
    github.addLabels(issue, "fixer");
    ObjectNode event = ActionRunTest.issueEvent("labeled", issue);
    event.putObject("label").put("name", "fixer");
    event.putObject("sender").put("login", "maintainer").put("type", "User");
    Path eventFile = Files.writeString(runnerTemp.resolve("event.json"), event.toString());
    Path output = Files.createFile(runnerTemp.resolve("output.txt"));
    Path summary = Files.createFile(runnerTemp.resolve("summary.md"));

    FixerProcess.Finished run = FixerProcess.run(temp, env(eventFile, output, summary, replay),
        List.of("bash", SCRIPT.toString()));

    assertThat(run.exitCode()).as("%s", run).isZero();
    String prUrl = github.serverUrl() + "/octo/stats/pull/" + github.pulls().get(0).number();
    assertThat(ActionRunTest.outputsIn(output)).isEqualTo(Map.of("status", "fixed", "pr_url", prUrl));
    assertThat(StatsRepo.git(bare, "show", "fixer/issue-" + issue + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(github.labelsOf(issue)).contains("fixer:done");
    assertThat(resultJson()).contains("\"sandbox\" : \"docker fixer-sandbox:");
    assertThat(run.stdout() + run.stderr() + Files.readString(summary) + github.pulls().get(0).body())
        .doesNotContain(ActionRunTest.TOKEN, ActionRunTest.MODEL_KEY);
  }

  private Map<String, String> env(Path event, Path output, Path summary, Path replay) {
    Map<String, String> env = ActionRunTest.actionsEnvironment(github, repo, event, "issues", output, summary);
    env.put("PATH", System.getenv("PATH"));
    env.put("RUNNER_TEMP", runnerTemp.toString());
    env.put("INPUT_MODEL", "replay:" + replay);
    env.put("INPUT_SANDBOX", "docker");
    return env;
  }

  private String resultJson() throws Exception {
    try (Stream<Path> files = Files.walk(runnerTemp.resolve("fixer/runs"))) {
      Path result = files.filter(path -> path.getFileName().toString().equals("result.json")).findFirst().orElseThrow();
      return Files.readString(result);
    }
  }
}
