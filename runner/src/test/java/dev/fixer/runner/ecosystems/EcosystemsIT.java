package dev.fixer.runner.ecosystems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.runner.InProcessFixer;
import dev.fixer.runner.eval.EvalFixtures;
import dev.fixer.sandbox.testing.Sandboxes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fixer run} on a tiny real project of each ecosystem, in bubblewrap and in Docker: a bug, a test
 * that fails because of it, and a scripted model that fixes it, runs the tests and finishes; fixer's
 * verdict is "fixed" only if the build really ran the tests before and after. The projects need nothing
 * from an index (PyPI, the Go proxy, crates.io): their setup and tests run offline. A Gradle build
 * with its wrapper is fixed where the wrapper can download its distribution, and otherwise stops at
 * setup naming distributionUrl; one without a wrapper fails at setup, saying what it needs.
 */
class EcosystemsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROJECTS = Path.of("src", "test", "resources", "projects").toAbsolutePath();
  /** Shared with the other ITs, so that the sandboxes' Maven caches are filled once. */
  private static final Map<String, Path> FIXER_HOMES = Map.of(
      "bwrap", Path.of("target", "it-fixer-home").toAbsolutePath(),
      "docker", Path.of("target", "it-fixer-home-docker").toAbsolutePath());

  /** A project of one ecosystem: where it is, the file with the bug, the bug and its fix, the test it fails. */
  record Project(String name, Path dir, String file, String bug, String fix, String failingTest) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Project> PROJECTS_BY_ECOSYSTEM = List.of(
      new Project("maven", PROJECTS.resolve("calc"), "src/main/java/demo/Calc.java", "return Ops.combine(a, -b);",
          "return Ops.combine(a, b);", "demo.CalcTest#addsTwoNumbers"),
      new Project("pytest", PROJECTS.resolve("ecosystems/pytest"), "pycalc/calc.py", "return a - b",
          "return a + b", "tests/test_calc.py::test_adds_two_numbers"),
      new Project("go", PROJECTS.resolve("ecosystems/go"), "calc.go", "return a - b", "return a + b", "TestAdd"),
      new Project("cargo", PROJECTS.resolve("ecosystems/cargo"), "src/lib.rs", "a - b", "a + b",
          "tests::adds_two_numbers"));

  static final Project GRADLE_WRAPPER = new Project("gradle", PROJECTS.resolve("ecosystems/gradle-wrapper"),
      "src/main/java/demo/Calc.java", "return a - b;", "return a + b;", "demo.CalcTest#addsTwoNumbers");

  @TempDir
  Path temp;

  static Stream<Arguments> projectsInSandboxes() {
    return Stream.of("bwrap", "docker")
        .flatMap(sandbox -> PROJECTS_BY_ECOSYSTEM.stream().map(project -> Arguments.of(project, sandbox)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("projectsInSandboxes")
  void fixesTheBugAndSaysFixed(Project project, String sandbox) throws Exception {
    assumeSandbox(sandbox);
    Path repo = repository(project.dir());
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      model.reply(edit(project.file(), project.bug(), project.fix()))
          .reply(call("run_tests:0", "run_tests", JSON.createObjectNode().set("tests", JSON.createArrayNode())))
          .reply(call("finish:0", "finish", JSON.createObjectNode().put("summary", "add subtracted; it now adds.")));

      Run run = fixer(model, sandbox, repo);

      assertThat(run.exitCode()).as("exit code; stderr:\n%s", run.stderr()).isZero();
      JsonNode result = run.result();
      assertThat(result.path("status").asText()).as("stderr:\n%s", run.stderr()).isEqualTo("fixed");
      assertThat(strings(result.path("verification").path("transitions").path("fail_to_pass")))
          .as("stderr:\n%s", run.stderr()).anyMatch(id -> id.contains(shortName(project.failingTest())));
      assertThat(result.path("verification").path("baseline").path("failing").asInt()).isEqualTo(1);
      assertThat(result.path("changed_files")).hasSize(1);
      assertThat(result.path("changed_files").get(0).path("path").asText()).isEqualTo(project.file());
    }
  }

  /** {@code language: python} in .fixer.yml: the pytest project is fixed though a package.json would make it Node's. */
  @Test
  void theLanguageNamedInTheConfigWinsOverAnotherBuildsFiles() throws Exception {
    assumeSandbox("bwrap");
    Project pytest = PROJECTS_BY_ECOSYSTEM.get(1);
    Path repo = repository(pytest.dir());
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"docs\", \"scripts\": {\"test\": \"exit 3\"}}\n");
    Files.writeString(repo.resolve(".fixer.yml"), "language: python\n");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "docs tooling and config");
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      model.reply(edit(pytest.file(), pytest.bug(), pytest.fix()))
          .reply(call("run_tests:0", "run_tests", JSON.createObjectNode().set("tests", JSON.createArrayNode())))
          .reply(call("finish:0", "finish", JSON.createObjectNode().put("summary", "add subtracted; it now adds.")));

      Run run = fixer(model, "bwrap", repo);

      assertThat(run.exitCode()).as("exit code; stderr:\n%s", run.stderr()).isZero();
      assertThat(run.result().path("status").asText()).isEqualTo("fixed");
      assertThat(strings(run.result().path("verification").path("transitions").path("fail_to_pass")))
          .contains(pytest.failingTest());
    }
  }

  /**
   * Gradle through its wrapper. Where the distribution cannot be downloaded (services.gradle.org is
   * out of this CI machine's reach), the real wrapper fails at setup: the run must stop there, before
   * any model request, naming distributionUrl; then the fix is skipped, with the reason.
   */
  @ParameterizedTest(name = "in {0}")
  @MethodSource("sandboxes")
  void aGradleBuildWithItsWrapperIsFixedWhereItsDistributionCanBeDownloaded(String sandbox) throws Exception {
    assumeSandbox(sandbox);
    URI distribution = distributionUrl(GRADLE_WRAPPER.dir());
    Optional<String> unreachable = unreachable(distribution);
    if (unreachable.isEmpty()) {
      fixesTheBugAndSaysFixed(GRADLE_WRAPPER, sandbox);
      return;
    }
    Path repo = repository(GRADLE_WRAPPER.dir());
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      Run run = fixer(model, sandbox, repo);

      assertThat(run.exitCode()).as("stderr:\n%s", run.stderr()).isEqualTo(1);
      assertThat(run.stderr()).as("the wrapper's own error, above its folded stack trace")
          .containsPattern("setup: \\| Exception in thread \"main\" java\\.[\\w.]+Exception")
          .contains("more frames (folded)")
          .contains("./gradlew failed").contains("distributionUrl in gradle/wrapper/gradle-wrapper.properties");
      assertThat(model.requests()).isEmpty();
    }
    Assumptions.abort("the fix itself is skipped: the Gradle distribution " + distribution
        + " cannot be downloaded here (" + unreachable.get() + "); setup stopped and named distributionUrl");
  }

  private static URI distributionUrl(Path project) throws IOException {
    Properties wrapper = new Properties();
    try (Reader reader = Files.newBufferedReader(project.resolve("gradle/wrapper/gradle-wrapper.properties"))) {
      wrapper.load(reader);
    }
    return URI.create(wrapper.getProperty("distributionUrl"));
  }

  /** Why {@code url} cannot be fetched from here, if it cannot. */
  private static Optional<String> unreachable(URI url) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest head = HttpRequest.newBuilder(url).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(20)).build();
    try {
      int status = client.send(head, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200 ? Optional.empty() : Optional.of("HTTP " + status);
    } catch (IOException e) {
      Throwable cause = e;
      while (cause.getMessage() == null && cause.getCause() != null) {
        cause = cause.getCause();
      }
      return Optional.of(cause.toString());
    }
  }

  @ParameterizedTest(name = "in {0}")
  @MethodSource("sandboxes")
  void aGradleBuildWithoutAWrapperFailsAtSetupSayingWhatItNeeds(String sandbox) throws Exception {
    assumeSandbox(sandbox);
    Path repo = repository(PROJECTS.resolve("ecosystems/gradle-no-wrapper"));
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      Run run = fixer(model, sandbox, repo);

      assertThat(run.exitCode()).as("stderr:\n%s", run.stderr()).isEqualTo(1);
      assertThat(run.stderr()).contains("this Gradle build has no wrapper (./gradlew) and the sandbox has no gradle")
          .contains("(gradle wrapper)");
      assertThat(model.requests()).isEmpty();
    }
  }

  static Stream<String> sandboxes() {
    return Stream.of("bwrap", "docker");
  }

  private static void assumeSandbox(String sandbox) throws InterruptedException {
    if (sandbox.equals("docker")) {
      Sandboxes.assumeDocker();
    } else {
      Sandboxes.assumeBubblewrap();
    }
  }

  private record Run(int exitCode, String stdout, String stderr) {
    JsonNode result() throws IOException {
      List<String> lines = stdout.strip().lines().toList();
      return JSON.readTree(lines.get(lines.size() - 1));
    }
  }

  private Run fixer(ScriptedModelServer model, String sandbox, Path repo) throws Exception {
    Path issue = Files.writeString(temp.resolve("issue.md"), "# add subtracts\n\nadd(2, 3) gives -1, not 5.\n");
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_BASE_URL", model.baseUrl());
    env.put("KIMI_API_KEY", "sk-ecosystems-it-0123456789abcdef");
    env.put("FIXER_HOME", FIXER_HOMES.get(sandbox).toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InProcessFixer.run(env, temp, new PrintWriter(out, true), new PrintWriter(err, true), "run",
        "--repo", repo.toString(), "--issue", issue.toString(), "--sandbox", sandbox,
        "--work-dir", temp.resolve("run").toString(), "--attempts", "1", "--json");
    return new Run(code, out.toString(), err.toString());
  }

  private Path repository(Path project) throws IOException, InterruptedException {
    Path dir = temp.resolve("repo");
    EvalFixtures.copy(project, dir);
    git(dir, "init", "-q", "-b", "main");
    git(dir, "config", "user.name", "Test User");
    git(dir, "config", "user.email", "test@example.com");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "calc");
    return dir;
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
  }

  private static SseReply edit(String path, String before, String after) {
    return call("edit:0", "edit", JSON.createObjectNode().put("path", path).put("old_str", before)
        .put("new_str", after));
  }

  private static SseReply call(String id, String tool, JsonNode arguments) {
    return SseReply.reply().toolCall(0, id, tool, arguments.toString(), 1).usage(3000, 2000, 50);
  }

  /** The name a test id ends with, as each build spells ids differently. */
  private static String shortName(String id) {
    return id.substring(Math.max(id.lastIndexOf('#'), Math.max(id.lastIndexOf(':'), -1)) + 1);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
