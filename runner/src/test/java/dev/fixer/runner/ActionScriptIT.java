package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.action.CompositeSteps;
import dev.fixer.runner.github.FakeGitHub;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Action's steps ({@code docker/action-trigger.sh}, then {@code docker/action.sh}) as a runner
 * runs {@code action.yml}: fixer in its runtime image with the engine's socket, the agent's commands
 * in a Docker sandbox that the same engine starts, a fake GitHub on loopback and a bare origin, all
 * under the runner's temp directory. Where the test is about which Docker commands run, a fake
 * {@code docker} first on the PATH records them instead.
 */
class ActionScriptIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String FAKE_DOCKER = """
      #!/usr/bin/env bash
      { printf '%s' "$*" | tr '\\n' ' '; echo; } >>"$FAKE_DOCKER_LOG"
      if [ "$1" = pull ] && [ -n "${FAKE_DOCKER_NO_PULL:-}" ]; then exit 1; fi
      exit 0
      """;

  @TempDir
  Path temp;

  private FakeGitHub github;
  private Path runnerTemp;
  private Path repo;
  private Path bare;

  @BeforeEach
  void setUp() throws Exception {
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
    Sandboxes.assumeDocker();
    Path replay = StatsRepo.quickFix(repo, runnerTemp);
    int issue = github.addIssue(StatsRepo.TITLE, "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.", "alice", "bug");
    github.addLabels(issue, "fixer");
    ObjectNode event = ActionRunTest.issueEvent("labeled", issue);
    event.putObject("label").put("name", "fixer");
    event.putObject("sender").put("login", "maintainer").put("type", "User");
    Path eventFile = Files.writeString(runnerTemp.resolve("event.json"), event.toString());
    Path output = Files.createFile(runnerTemp.resolve("output.txt"));
    Path summary = Files.createFile(runnerTemp.resolve("summary.md"));

    long start = System.nanoTime();
    CompositeSteps.Ran run = CompositeSteps.run(ROOT, temp, env(eventFile, summary, System.getenv("PATH")),
        with("model", "replay:" + replay, "sandbox", "docker"), Map.of("token", ActionRunTest.TOKEN));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.ran()).containsExactly("trigger", "fixer");
    String prUrl = github.serverUrl() + "/octo/stats/pull/" + github.pulls().get(0).number();
    assertThat(run.outputs().get("fixer")).containsEntry("status", "fixed").containsEntry("pr_url", prUrl)
        .containsEntry("branch_name", "fixer/issue-" + issue);
    System.out.printf("ActionScriptIT: a trigger event ran both steps in %d ms (%s)%n", millis,
        run.stderr().lines().filter(line -> line.startsWith("build-images:")).toList());
    assertThat(StatsRepo.git(bare, "show", "fixer/issue-" + issue + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(github.labelsOf(issue)).contains("fixer:done");
    assertThat(resultJson()).contains("\"sandbox\" : \"docker fixer-sandbox:");
    assertThat(run.stderr() + Files.readString(summary) + github.pulls().get(0).body())
        .doesNotContain(ActionRunTest.TOKEN, ActionRunTest.MODEL_KEY);
  }

  @Test
  void anIgnoredEventEndsInTheFirstStepWithoutADockerCommand() throws Exception {
    int issue = github.addIssue(StatsRepo.TITLE, "Stats.median is wrong.", "alice", "bug");
    ObjectNode event = ActionRunTest.issueEvent("created", issue);
    event.putObject("comment").put("id", 7).put("body", "Thanks, I see it too.")
        .putObject("user").put("login", "maintainer").put("type", "User");
    Path eventFile = Files.writeString(runnerTemp.resolve("event.json"), event.toString());
    Path summary = Files.createFile(runnerTemp.resolve("summary.md"));
    Path log = temp.resolve("docker-calls.txt");
    Map<String, String> env = env(eventFile, summary, fakeDocker() + ":" + System.getenv("PATH"));
    env.put("GITHUB_EVENT_NAME", "issue_comment");
    env.put("FAKE_DOCKER_LOG", log.toString());

    long start = System.nanoTime();
    CompositeSteps.Ran run = CompositeSteps.run(ROOT, temp, env, with(), Map.of("token", ActionRunTest.TOKEN));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.ran()).containsExactly("trigger");
    assertThat(run.outputs().get("trigger")).containsEntry("status", "ignored")
        .containsEntry("reason", "nothing to do for this issue_comment event: the comment does not start with /fixer");
    assertThat(log).doesNotExist();
    assertThat(github.requests()).isEmpty();
    System.out.printf("ActionScriptIT: an ignored event ended in %d ms, without Docker%n", millis);
  }

  @Test
  void aVersionTagPullsItsPublishedImagesAndHandsFixerTheInputNamesGiven() throws Exception {
    Map<String, String> calls = calls(Map.of("action_ref", "v1.2.3", "action_repository", "Octo-Org/fixer"), false);

    String sandboxTag = "fixer-sandbox:" + sha256(ROOT.resolve(
        "sandbox/src/main/resources/dev/fixer/sandbox/image/Dockerfile")).substring(0, 12);
    assertThat(calls.get("pull")).contains("pull -q ghcr.io/octo-org/fixer:v1.2.3",
        "pull -q ghcr.io/octo-org/fixer-sandbox:v1.2.3");
    assertThat(calls.get("tag")).isEqualTo("tag ghcr.io/octo-org/fixer-sandbox:v1.2.3 " + sandboxTag);
    assertThat(calls).doesNotContainKey("build");
    assertThat(calls.get("run")).endsWith(" ghcr.io/octo-org/fixer:v1.2.3 action")
        .contains("--user ", "--group-add ", "-e INPUT_MAX_COSTS", "-e INPUT_LABEL", "-e KIMI_API_KEY")
        .doesNotContain("ACTION_INPUTS", ActionRunTest.MODEL_KEY, ActionRunTest.TOKEN);
  }

  @Test
  void aBranchOrAMissingImageBuildsFixerFromSource() throws Exception {
    Map<String, String> branch = calls(Map.of("action_ref", "main", "action_repository", "octo-org/fixer"), false);
    Map<String, String> missing = calls(Map.of("action_ref", "v1.2.3", "action_repository", "octo-org/fixer"), true);

    assertThat(branch).doesNotContainKey("pull");
    assertThat(branch.get("build")).contains("-t fixer:latest");
    assertThat(branch.get("run")).endsWith(" fixer:latest action");
    assertThat(missing.get("pull")).contains("pull -q ghcr.io/octo-org/fixer:v1.2.3");
    assertThat(missing.get("build")).contains("-t fixer:latest");
    assertThat(missing.get("run")).endsWith(" fixer:latest action");
  }

  /** The Docker commands the steps run for a /fixer comment, by their first word (the lines joined). */
  private Map<String, String> calls(Map<String, String> github, boolean noPull) throws Exception {
    int issue = this.github.addIssue(StatsRepo.TITLE, "Stats.median is wrong.", "alice", "bug");
    ObjectNode event = ActionRunTest.issueEvent("created", issue);
    event.putObject("comment").put("id", 7).put("body", "/fixer")
        .putObject("user").put("login", "maintainer").put("type", "User");
    Path dir = Files.createTempDirectory(temp, "calls");
    Path eventFile = Files.writeString(dir.resolve("event.json"), event.toString());
    Path log = dir.resolve("docker-calls.txt");
    Map<String, String> env = env(eventFile, Files.createFile(dir.resolve("summary.md")),
        fakeDocker() + ":" + System.getenv("PATH"));
    env.put("GITHUB_EVENT_NAME", "issue_comment");
    env.put("FAKE_DOCKER_LOG", log.toString());
    if (noPull) {
      env.put("FAKE_DOCKER_NO_PULL", "1");
    }
    Map<String, String> context = new HashMap<>(github);
    context.put("token", ActionRunTest.TOKEN);

    CompositeSteps.Ran run = CompositeSteps.run(ROOT, dir, env, with("max_costs", "2"), context);

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.ran()).containsExactly("trigger", "fixer");
    Map<String, String> calls = new TreeMap<>();
    Files.readAllLines(log).forEach(line -> calls.merge(line.split(" ", 2)[0], line, (a, b) -> a + "\n" + b));
    return calls;
  }

  private Path fakeDocker() throws Exception {
    Path bin = Files.createDirectories(temp.resolve("fake-bin"));
    Path docker = bin.resolve("docker");
    if (!Files.exists(docker)) {
      Files.writeString(docker, FAKE_DOCKER);
      docker.toFile().setExecutable(true);
    }
    return bin;
  }

  /** The runner's environment for a step, without the inputs (the steps' env gives those). */
  private Map<String, String> env(Path event, Path summary, String path) {
    Map<String, String> env = ActionRunTest.actionsEnvironment(github, repo, event, "issues", summary, summary);
    env.keySet().removeIf(name -> name.startsWith("INPUT_") || name.equals("GITHUB_TOKEN") || name.equals("KIMI_API_KEY")
        || name.equals("GITHUB_OUTPUT"));
    env.put("PATH", path);
    env.put("RUNNER_TEMP", runnerTemp.toString());
    return env;
  }

  private static Map<String, String> with(String... more) {
    Map<String, String> with = new HashMap<>(Map.of("kimi_api_key", ActionRunTest.MODEL_KEY));
    for (int i = 0; i < more.length; i += 2) {
      with.put(more[i], more[i + 1]);
    }
    return with;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  private String resultJson() throws Exception {
    try (Stream<Path> files = Files.walk(runnerTemp.resolve("fixer/runs"))) {
      Path result = files.filter(path -> path.getFileName().toString().equals("result.json")).findFirst().orElseThrow();
      return Files.readString(result);
    }
  }
}
