package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.runner.github.FakeGitHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input to {@code fixer run} ends with one line that names it, and exit code 2. */
class RunCommandTest {

  private static final String KEY = "sk-run-test-0123456789abcdefghij";

  @TempDir
  Path temp;

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path repo;
  private Path issue;

  @BeforeEach
  void repo() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    issue = StatsRepo.issue(temp);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int fixer(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("run"));
    all.addAll(List.of(args));
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("KIMI_BASE_URL", server.baseUrl());
    env.put("KIMI_API_KEY", KEY);
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    return env;
  }

  private String error() {
    List<String> lines = err.toString().lines().filter(line -> line.startsWith("fixer: ")).toList();
    assertThat(lines).as("one error line in: %s", err).hasSize(1);
    return lines.get(0);
  }

  @Test
  void saysHowToSetAKeyWhenThereIsNone() {
    Map<String, String> env = env();
    env.remove("KIMI_API_KEY");
    env.remove("KIMI_BASE_URL");

    assertThat(fixer(env, "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none")).isEqualTo(2);
    assertThat(error()).contains("KIMI_API_KEY is not set").contains("export KIMI_API_KEY=");
  }

  @Test
  void aCostLimitOnAModelWithoutAPriceRefusesToStartAndSaysHowToGoOn() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--model", "kimi-k2-thinking", "--max-cost", "2")).isEqualTo(2);
    assertThat(error()).contains("a cost limit of $2.00 needs the price of model kimi-k2-thinking")
        .contains("--price-input and --price-output").contains("--max-cost none");
    assertThat(temp.resolve("fixer-home/runs")).doesNotExist();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aPartPriceIsAUsageErrorThatNamesTheMissingPart() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--model", "kimi-k2-thinking", "--price-input", "0.6")).isEqualTo(2);
    assertThat(error()).contains("--price-output is missing");
  }

  @Test
  void aBaseUrlThatIsNotAUrlIsNamed() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--base-url", "localhost:8000")).isEqualTo(2);
    assertThat(error()).contains("'localhost:8000'").contains("must be an http(s) URL");
  }

  @Test
  void aBaseUrlWithoutTheApiIsCaughtBeforeAnyWork() {
    server.modelsResponse(ScriptedModelServer.error(404, "not_found", "Not Found"));

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none")).isEqualTo(2);
    assertThat(error()).contains("404").contains("/v1");
    assertThat(temp.resolve("fixer-home/runs")).doesNotExist();
  }

  @Test
  void aRejectedKeyIsCaughtBeforeAnyWork() {
    server.modelsResponse(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none")).isEqualTo(2);
    assertThat(error()).contains("rejected the API key");
    assertThat(err.toString()).doesNotContain(KEY);
  }

  @Test
  void aModelThatCannotBeReachedIsAnInfrastructureFailure() {
    Map<String, String> env = env();
    env.put("KIMI_BASE_URL", "http://127.0.0.1:1/v1");

    assertThat(fixer(env, "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none")).isEqualTo(3);
    assertThat(error()).contains("http://127.0.0.1:1/v1").contains("KIMI_BASE_URL");
  }

  @Test
  void aKeyRejectedDuringTheRunIsAConfigurationErrorAndTheRunCanGoOn() throws Exception {
    Files.writeString(repo.resolve(".fixer.yml"), "setup: 'true'\n");
    StatsRepo.git(repo, "add", ".fixer.yml");
    StatsRepo.git(repo, "commit", "-q", "-m", "config");
    server.enqueue(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--work-dir", "run")).isEqualTo(2);
    assertThat(out.toString()).startsWith("Not fixed: ").contains("rejected the API key")
        .contains("fixer run --resume " + temp.resolve("run"));
    assertThat(err.toString()).contains(dev.fixer.sandbox.LocalSandbox.warning());
  }

  private Path quickRunOfTheFix() throws Exception {
    return StatsRepo.quickFix(repo, temp);
  }

  @Test
  void withAllowDirtyTheRunWorksFromHeadAndLeavesTheChangesAlone() throws Exception {
    Path replay = quickRunOfTheFix();
    Path source = repo.resolve(StatsRepo.SOURCE);
    Files.writeString(source, Files.readString(source) + "// work in progress\n");
    Files.writeString(repo.resolve("notes.txt"), "mine\n");

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--model", "replay:" + replay, "--allow-dirty")).as("%s", err).isZero();

    assertThat(err.toString()).contains("start: working from HEAD").contains("notes.txt");
    assertThat(Files.readString(source)).contains(StatsRepo.BUGGY).endsWith("// work in progress\n");
    assertThat(repo.resolve("notes.txt")).hasContent("mine");
    String fixed = StatsRepo.git(repo, "show", "fixer/stats-median-is-wrong-for-an-even-number:" + StatsRepo.SOURCE);
    assertThat(fixed).contains(StatsRepo.FIXED).doesNotContain("work in progress");
  }

  @Test
  void theBranchPrefixNamesTheBranchOfTheFix() throws Exception {
    Path replay = quickRunOfTheFix();

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--model", "replay:" + replay, "--branch-prefix", "bots/fix-")).as("%s", err).isZero();

    assertThat(StatsRepo.git(repo, "show", "bots/fix-stats-median-is-wrong-for-an-even-number:" + StatsRepo.SOURCE))
        .contains(StatsRepo.FIXED);
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isBlank();
  }

  @Test
  void anUnknownLanguageInTheConfigIsAUsageErrorBeforeAnyWork() throws Exception {
    Files.writeString(repo.resolve(".fixer.yml"), "language: fortran\n");
    StatsRepo.git(repo, "add", ".fixer.yml");
    StatsRepo.git(repo, "commit", "-q", "-m", "config");

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none")).isEqualTo(2);
    assertThat(error()).contains(".fixer.yml (line 1)").contains("language")
        .contains("must be maven, gradle, node, python, go or rust").contains("got 'fortran'");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aBranchPrefixThatMakesNoValidBranchNameIsAUsageErrorNamingIt() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--branch-prefix", "fix~/"))
        .isEqualTo(2);
    assertThat(error()).startsWith("fixer: --branch-prefix is 'fix~/', which makes no valid git branch name"
        + " (fix~/issue-1)");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aReplayedRunStoppedByItsStepLimitResumesWithTheNextTurn() throws Exception {
    Path replay = quickRunOfTheFix();

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--model", "replay:" + replay, "--max-steps", "1", "--work-dir", "run", "--trajectory", "logs/median.jsonl"))
        .as("%s", err).isEqualTo(1);
    assertThat(out.toString()).contains("stopped at the step limit of 1 step")
        .contains("Trajectory: " + temp.resolve("logs/median.jsonl"));
    assertThat(Files.readString(temp.resolve("logs/median.patch"))).contains("+    if (sorted.length % 2 == 0) {");

    assertThat(fixer(env(), "--resume", "run")).isEqualTo(2);
    assertThat(err.toString()).contains("fixer: the run already took its 1 step: pass a larger --max-steps");

    assertThat(fixer(env(), "--resume", "run", "--max-steps", "5")).as("%s", err).isZero();
    assertThat(out.toString()).contains("Fixed: 1 test fails before the change and passes after it: tests/test_stats.py::test_median_of_even_count");
    assertThat(StatsRepo.git(repo, "show", "fixer/stats-median-is-wrong-for-an-even-number:" + StatsRepo.SOURCE))
        .contains(StatsRepo.FIXED);
  }

  @Test
  void resumingADamagedTrajectoryNamesTheFileAndWhatIsWrong() throws Exception {
    Path replay = quickRunOfTheFix();
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none",
        "--model", "replay:" + replay, "--max-steps", "1", "--work-dir", "run")).as("%s", err).isEqualTo(1);
    Path trajectory = temp.resolve("run/trajectory.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(trajectory));
    int entry = lines.indexOf(lines.stream().filter(line -> line.contains("\"index\"")).reduce((a, b) -> b).get());
    lines.add(entry, lines.get(entry));
    Files.write(trajectory, lines);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);

    assertThat(fixer(env(), "--resume", "run", "--max-steps", "5", "--json")).isEqualTo(2);

    assertThat(error()).contains("the trajectory " + trajectory + " is damaged")
        .contains("skips or repeats conversation entry").contains("start a new run with --issue");
    assertThat(err.toString()).doesNotContain("Exception");
    JsonNode last = new ObjectMapper().readTree(out.toString().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(last.path("status").asText()).isEqualTo("error");
    assertThat(last.path("exit_code").asInt()).isEqualTo(2);
    assertThat(last.path("error").asText()).contains(trajectory.toString());
  }

  @Test
  void aRunInterruptedByCtrlCExitsWith130AndSaysHowToGoOn() throws Exception {
    StatsRepo.quickConfig(repo, "");
    server.enqueue(ScriptedModelServer.stream(StatsRepo.finish("done").body()).newBuilder()
        .headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).build());
    java.util.concurrent.atomic.AtomicInteger exitCode = new java.util.concurrent.atomic.AtomicInteger(-1);
    Thread worker = new Thread(() -> exitCode.set(fixer(env(), "--repo", repo.toString(), "--issue",
        issue.toString(), "--sandbox", "none", "--work-dir", "run", "--json")));
    worker.start();
    for (int i = 0; i < 6000 && server.requests().isEmpty() && worker.isAlive(); i++) {
      Thread.sleep(10);
    }
    assertThat(server.requests()).as("%s", err).hasSize(1);

    worker.interrupt();
    worker.join(60_000);

    assertThat(exitCode.get()).as("%s", err).isEqualTo(130);
    JsonNode last = new ObjectMapper().readTree(out.toString().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(last.path("exit_code").asInt()).isEqualTo(130);
    assertThat(last.path("agent_status").asText()).isEqualTo("interrupted");
    assertThat(temp.resolve("run/result.json")).content().contains("\"exit_code\" : 130");
    assertThat(err.toString()).contains("fixer run --resume " + temp.resolve("run"));
  }

  @Test
  void aDirectoryThatIsNotAGitRepositoryIsNamed() throws Exception {
    Path plain = Files.createDirectories(temp.resolve("plain"));

    assertThat(fixer(env(), "--repo", plain.toString(), "--issue", issue.toString())).isEqualTo(2);
    assertThat(error()).contains(plain.toString()).contains("is not a git repository");
  }

  @Test
  void anIssueThatIsNeitherFileNumberNorUrlIsNamed() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", "the median bug")).isEqualTo(2);
    assertThat(error()).contains("unknown issue 'the median bug'").contains("Markdown file");
  }

  @Test
  void anIssueUrlOnAnotherHostIsRefusedBeforeGitHubIsContacted() {
    try (FakeGitHub github = FakeGitHub.start("octo", "stats")) {
      Map<String, String> env = env();
      env.put("GITHUB_API_URL", github.apiUrl());
      env.put("GITHUB_TOKEN", "t0k3n");

      assertThat(fixer(env, "--repo", repo.toString(), "--issue", "https://gitlab.com/x/y/issues/1", "--open-pr"))
          .isEqualTo(2);

      assertThat(error()).isEqualTo("fixer: the issue https://gitlab.com/x/y/issues/1 is on gitlab.com, but fixer"
          + " talks to 127.0.0.1 (set GITHUB_SERVER_URL and GITHUB_API_URL, or pass --github-url, for GitHub"
          + " Enterprise)");
      assertThat(github.requests()).isEmpty();
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void aGitHubComIssueIsRefusedWhenGithubUrlPointsAtAnEnterpriseServer() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--github-url", "https://ghe.example.com", "--issue",
        "https://github.com/x/y/issues/1")).isEqualTo(2);
    assertThat(error()).contains("is on github.com, but fixer talks to ghe.example.com");
  }

  @Test
  void anIssueNumberWithoutAGitHubRepositorySaysWhereToNameIt() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", "#42")).isEqualTo(2);
    assertThat(error()).contains("issue #42").contains("--github-repo");
  }

  @Test
  void anUnreadableIssueFileIsNamed() throws Exception {
    Path binary = temp.resolve("issue.md");
    Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00});

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", binary.toString())).isEqualTo(2);
    assertThat(error()).contains(binary.toString());
  }

  @Test
  void anIssueFileWithoutATitleSaysHowToWriteOne() throws Exception {
    Path untitled = Files.writeString(temp.resolve("untitled.md"), "median is wrong\n");

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", untitled.toString())).isEqualTo(2);
    assertThat(error()).contains("has no title").contains("# ");
  }

  @Test
  void anUnknownConfigKeyIsNamedWithASuggestion() throws Exception {
    Files.writeString(repo.resolve(".fixer.yml"), "setup: mvn -q -B install -DskipTests\ntset: mvn test\n");
    StatsRepo.git(repo, "add", ".fixer.yml");
    StatsRepo.git(repo, "commit", "-q", "-m", "config");

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString())).isEqualTo(2);
    assertThat(error()).contains("unknown key 'tset'").contains("line 2").contains("did you mean 'test'");
  }

  @Test
  void aDirtyTreeIsRefusedAndNothingIsTouched() throws Exception {
    Path source = repo.resolve(StatsRepo.SOURCE);
    Files.writeString(source, Files.readString(source) + "// work in progress\n");

    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "none")).isEqualTo(2);
    assertThat(error()).contains("uncommitted changes").contains(StatsRepo.SOURCE).contains("--allow-dirty");
    assertThat(Files.readString(source)).endsWith("// work in progress\n");
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();
  }

  @Test
  void theDockerSandboxWithoutAnEngineSaysWhereItLookedAndWhatToDo() throws Exception {
    Map<String, String> env = env();
    env.put("DOCKER_HOST", "unix://" + temp.resolve("no-docker.sock"));

    assertThat(fixer(env, "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "docker"))
        .isEqualTo(2);
    assertThat(error()).contains("no Docker engine answers at unix://" + temp.resolve("no-docker.sock"))
        .contains("dockerd").contains("--sandbox bwrap");
    assertThat(StatsRepo.git(repo, "branch", "--list", "fixer/*")).isEmpty();
  }

  @Test
  void anUnknownSandboxIsAUsageError() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", "vm")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown sandbox 'vm'");
  }

  @Test
  void aDurationWithoutAUnitIsAUsageError() {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", issue.toString(), "--timeout", "45")).isEqualTo(2);
    assertThat(err.toString()).contains("--timeout").contains("45m");
  }

  @Test
  void withJsonAnErrorIsAlsoTheLastLineOfStdout() throws Exception {
    assertThat(fixer(env(), "--repo", repo.toString(), "--issue", "nonsense", "--json")).isEqualTo(2);

    List<String> lines = out.toString().lines().toList();
    JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(last.path("status").asText()).isEqualTo("error");
    assertThat(last.path("exit_code").asInt()).isEqualTo(2);
    assertThat(last.path("error").asText()).contains("unknown issue 'nonsense'");
  }

  @Test
  void resumingADirectoryThatIsNoRunSaysSo() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));

    assertThat(fixer(env(), "--resume", empty.toString())).isEqualTo(2);
    assertThat(error()).contains("is not a fixer run directory");
  }

  @Test
  void withoutAnIssueSaysWhatToPass() {
    assertThat(fixer(env(), "--repo", repo.toString())).isEqualTo(2);
    assertThat(error()).contains("--issue is required");
  }
}
