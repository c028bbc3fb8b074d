package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.sandbox.testing.Sandboxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixer run} end to end: the built CLI as a process, a scripted model over HTTP, a real git
 * repository with a real Maven project whose test fails before the fix, and the bubblewrap sandbox.
 */
class RunCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "sk-e2e-secret-0123456789abcdefghijkl";
  private static final String TOKEN = "ghp_e2eSecretToken0123456789abcdefghijklmn";
  /** Shared by the tests so that Maven downloads once: the sandbox's home lives here. */
  private static final Path FIXER_HOME = Path.of("target", "it-fixer-home").toAbsolutePath();
  /** The Docker run's own, so that its setup phase downloads in the container on a fresh build. */
  private static final Path DOCKER_FIXER_HOME = Path.of("target", "it-fixer-home-docker").toAbsolutePath();

  @TempDir
  Path temp;

  private final ScriptedModelServer server = new ScriptedModelServer();
  private Path repo;
  private Path issue;

  @BeforeEach
  void repo() throws Exception {
    Sandboxes.assumeBubblewrap();
    repo = StatsRepo.create(temp.resolve("repo"));
    issue = StatsRepo.issue(temp);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_BASE_URL", server.baseUrl());
    env.put("KIMI_API_KEY", KEY);
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("FIXER_HOME", FIXER_HOME.toString());
    return env;
  }

  @Test
  void fixesTheIssueOnABranchOfTheUsersRepository() throws Exception {
    JsonNode result = JSON.readTree(fixesTheIssueIn("bwrap", env()).lastLine());

    assertThat(result.path("sandbox").asText()).startsWith("bubblewrap");
  }

  @Test
  void fixesTheIssueInTheDockerSandbox() throws Exception {
    Sandboxes.assumeDocker();
    Map<String, String> env = env();
    env.put("FIXER_HOME", DOCKER_FIXER_HOME.toString());

    FixerProcess.Finished run = fixesTheIssueIn("docker", env);
    JsonNode result = JSON.readTree(run.lastLine());

    assertThat(result.path("sandbox").asText()).startsWith("docker fixer-sandbox:").contains("network off");
    assertThat(run.stderr()).contains("sandbox: docker fixer-sandbox:").contains("network on");
    assertThat(containersOf(run.pid())).as("sandbox containers left by fixer process %d", run.pid()).isEmpty();
  }

  /** The sandbox containers that the fixer process {@code pid} made: other runs on the engine are not ours to count. */
  private List<String> containersOf(long pid) throws IOException, InterruptedException {
    FixerProcess.Finished list = FixerProcess.run(temp, Map.of("PATH", System.getenv("PATH")), List.of("docker", "ps",
        "--all", "--quiet", "--filter", "label=dev.fixer.sandbox", "--filter", "label=dev.fixer.pid=" + pid));
    assertThat(list.exitCode()).as("%s", list).isZero();
    return list.stdout().lines().toList();
  }

  private FixerProcess.Finished fixesTheIssueIn(String sandbox, Map<String, String> env) throws Exception {
    StatsRepo.script(server);
    String headBefore = StatsRepo.git(repo, "rev-parse", "HEAD");

    FixerProcess.Finished run = FixerProcess.fixer(temp, env, "run", "--repo", repo.toString(), "--issue",
        issue.toString(), "--sandbox", sandbox, "--work-dir", "run", "--json");

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode result = JSON.readTree(run.lastLine());
    String branch = "fixer/stats-median-is-wrong-for-an-even-number";
    assertThat(result.path("status").asText()).isEqualTo("fixed");
    assertThat(result.path("branch").asText()).isEqualTo(branch);
    assertThat(result.path("commit").asText()).hasSize(40);
    assertThat(result.path("changed_files").get(0).path("path").asText()).isEqualTo(StatsRepo.SOURCE);
    assertThat(result.path("changed_files").get(0).path("added").asInt()).isEqualTo(3);
    assertThat(result.path("tests").path("passed").asBoolean()).isTrue();
    assertThat(result.path("tests").path("requested")).isEmpty();
    assertThat(result.path("verification").path("evidence").get(0).asText())
        .isEqualTo("demo.StatsTest#medianOfAnEvenCount");
    assertThat(result.path("verification").path("baseline").path("failing").asInt()).isEqualTo(1);
    assertThat(result.path("tests").path("run").asInt()).isEqualTo(4);
    assertThat(result.path("tests").path("failed").asInt()).isZero();
    assertThat(result.path("steps").asInt()).isEqualTo(4);
    assertThat(result.path("tokens").path("prompt").asLong()).isEqualTo(19_500);
    assertThat(result.path("tokens").path("cached").asLong()).isEqualTo(13_200);
    assertThat(result.path("tokens").path("completion").asLong()).isEqualTo(460);
    assertThat(result.path("cost_usd").asDouble()).isPositive();
    Path trajectory = Path.of(result.path("trajectory").asText());
    assertThat(trajectory).isEqualTo(temp.resolve("run/trajectory.jsonl"));
    assertThat(Path.of(result.path("patch").asText())).isEqualTo(temp.resolve("run/trajectory.patch"));

    assertThat(StatsRepo.git(repo, "rev-parse", "HEAD")).isEqualTo(headBefore);
    assertThat(StatsRepo.git(repo, "symbolic-ref", "--short", "HEAD").strip()).isEqualTo("main");
    assertThat(Files.readString(repo.resolve(StatsRepo.SOURCE))).contains(StatsRepo.BUGGY);
    assertThat(StatsRepo.git(repo, "status", "--porcelain")).isEmpty();
    assertThat(StatsRepo.git(repo, "show", branch + ":" + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
    assertThat(StatsRepo.git(repo, "log", "-1", "--format=%s%n%b%n%an", branch))
        .startsWith(StatsRepo.TITLE).contains("Generated-by: fixer").contains("Test User");
    assertThat(StatsRepo.git(repo, "diff", "--stat", "main", branch)).contains("1 file changed, 3 insertions(+)");

    assertTestsPassOn(branch);
    assertTrajectoryHasEveryStep(trajectory);
    assertNoSecretIn(run, temp);
    assertThat(server.bodies().toString()).doesNotContain(TOKEN);
    return run;
  }

  @Test
  void aRunStoppedByItsStepLimitResumesToTheFix() throws Exception {
    StatsRepo.script(server);

    FixerProcess.Finished first = FixerProcess.fixer(temp, env(), "run", "--repo", repo.toString(), "--issue",
        issue.toString(), "--sandbox", "bwrap", "--work-dir", "run", "--max-steps", "2", "--json");

    assertThat(first.exitCode()).as("%s", first).isEqualTo(1);
    JsonNode stopped = JSON.readTree(first.lastLine());
    assertThat(stopped.path("status").asText()).isEqualTo("not_fixed");
    assertThat(stopped.path("agent_status").asText()).isEqualTo("step_limit");
    assertThat(stopped.path("branch").isNull()).isTrue();
    assertThat(first.stderr()).contains("fixer run --resume " + temp.resolve("run"));
    assertThat(Files.readString(temp.resolve("run/trajectory.patch"))).contains("+    if (sorted.length % 2 == 0) {");
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();

    FixerProcess.Finished second = FixerProcess.fixer(temp, env(), "run", "--resume", "run", "--max-steps", "10",
        "--json");

    assertThat(second.exitCode()).as("%s", second).isZero();
    JsonNode fixed = JSON.readTree(second.lastLine());
    assertThat(fixed.path("status").asText()).isEqualTo("fixed");
    assertThat(fixed.path("steps").asInt()).isEqualTo(4);
    assertThat(server.requests()).hasSize(4);
    assertThat(StatsRepo.git(repo, "show", fixed.path("branch").asText() + ":" + StatsRepo.SOURCE))
        .contains(StatsRepo.FIXED);
  }

  @Test
  void aChangeThatFailsVerificationIsNotDelivered() throws Exception {
    server.reply(SseReply.call("edit:0", "edit", "{\"path\":\"" + StatsRepo.SOURCE + "\",\"old_str\":"
        + "\"    return sorted[middle];\\n\",\"new_str\":\"    return sorted[middle] + 0.5;\\n\"}"));
    server.reply(StatsRepo.finish("Fixed by adding a half."));

    FixerProcess.Finished run = FixerProcess.fixer(temp, env(), "run", "--repo", repo.toString(), "--issue",
        issue.toString(), "--sandbox", "bwrap", "--work-dir", "run", "--json", "--attempts", "1");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    JsonNode result = JSON.readTree(run.lastLine());
    assertThat(result.path("status").asText()).isEqualTo("not_fixed");
    assertThat(result.path("reason").asText()).contains("does not pass verification")
        .contains("demo.StatsTest#medianOfAnOddCount");
    assertThat(result.path("tests").path("passed").asBoolean()).isFalse();
    assertThat(result.path("tests").path("requested")).isEmpty();
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();
  }

  @Test
  void withoutBubblewrapOnThePathAutoSaysNoSandboxIsAvailable() throws Exception {
    Map<String, String> env = env();
    env.put("PATH", "/nonexistent");
    env.put("DOCKER_HOST", "unix://" + temp.resolve("no-docker.sock"));

    FixerProcess.Finished run = FixerProcess.fixer(temp, env, "run", "--repo", repo.toString(), "--issue",
        issue.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.stderr().strip()).startsWith("fixer: no sandbox is available: bubblewrap (bwrap) is not installed")
        .contains("apt-get install -y bubblewrap").contains("no Docker engine answers at unix://")
        .contains("--sandbox none");
  }

  @Test
  void theReadmeDemoReplaysTheHandWrittenExampleWithoutAKey() throws Exception {
    Map<String, String> env = env();
    env.remove("KIMI_API_KEY");
    env.remove("KIMI_BASE_URL");
    env.put("FIXER_DEMO_DIR", temp.resolve("demo").toString());
    Path root = StatsRepo.EXAMPLES.getParent();

    FixerProcess.Finished run = FixerProcess.run(root, env, List.of("bash", "examples/demo.sh", "--model",
        "replay:examples/median-fix.hand-written.jsonl", "--sandbox", "bwrap"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.stdout()).contains("Fixed: 1 test fails before the change and passes after it: demo.StatsTest#medianOfAnEvenCount")
        .contains("Branch: fixer/stats-median-is-wrong-for-an-even-number");
    assertThat(run.stderr()).contains("+    if (sorted.length % 2 == 0) {");
    assertThat(StatsRepo.git(temp.resolve("demo/stats"), "show", "fixer/stats-median-is-wrong-for-an-even-number:"
        + StatsRepo.SOURCE)).contains(StatsRepo.FIXED);
  }

  private void assertTestsPassOn(String branch) throws IOException, InterruptedException {
    Path check = temp.resolve("check");
    StatsRepo.git(temp, "clone", "-q", "--branch", branch, repo.toString(), check.toString());
    FixerProcess.Finished maven = FixerProcess.run(check, env(), List.of("mvn", "-B", "-o", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + FIXER_HOME.resolve("sandbox/home-bwrap-" + Files.getAttribute(Path.of("/proc/self"), "unix:uid")
            + "/.m2/repository"), "test"));
    assertThat(maven.exitCode()).as("%s", maven).isZero();
    assertThat(maven.stdout()).contains("Tests run: 4, Failures: 0, Errors: 0");
  }

  private static void assertTrajectoryHasEveryStep(Path trajectory) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(trajectory)) {
      events.add(JSON.readTree(line));
    }
    assertThat(events.stream().filter(e -> e.path("type").asText().equals("assistant")).count()).isEqualTo(4);
    assertThat(events.stream().filter(e -> e.path("type").asText().equals("tool_result")).count())
        .as("read_file, run_tests, edit, run_tests, finish").isEqualTo(5);
    assertThat(events.get(events.size() - 1).path("type").asText()).isEqualTo("run_finished");
    assertThat(events.get(events.size() - 1).path("result").path("status").asText()).isEqualTo("COMPLETED");
  }

  private void assertNoSecretIn(FixerProcess.Finished run, Path dir) throws IOException, InterruptedException {
    assertThat(run.stdout() + run.stderr()).doesNotContain(KEY).doesNotContain(TOKEN);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as("%s", file).doesNotContain(KEY).doesNotContain(TOKEN);
      }
    }
    assertThat(StatsRepo.git(repo, "log", "--all", "-p")).doesNotContain(KEY).doesNotContain(TOKEN);
    for (RecordedRequest request : server.requests()) {
      assertThat(request.getHeaders().toString()).doesNotContain(TOKEN);
    }
  }
}
