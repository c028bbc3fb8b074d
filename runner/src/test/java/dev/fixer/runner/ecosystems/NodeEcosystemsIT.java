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
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fixer run} on a tiny Node.js project per test runner (node --test, mocha, jest), in bubblewrap
 * and in Docker: {@code add} subtracts, {@code calc › adds two numbers} fails, and a scripted model fixes
 * it, runs only {@code test/calc.test.js} and finishes. mocha and jest come from the npm registry in
 * the setup phase ({@code npm ci}, from the committed package-lock.json); the tests run offline. The
 * {@code pnpm} project is the mocha one with a pnpm-lock.yaml: neither sandbox has pnpm, so setup
 * installs it from the npm registry first. Each project also has {@code test/strings.test.js}, which
 * the model's run must leave out.
 */
class NodeEcosystemsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROJECTS = Path.of("src", "test", "resources", "projects", "ecosystems")
      .toAbsolutePath();
  /** Shared with the other ITs, so that the sandboxes' caches (~/.npm among them) are filled once. */
  private static final Map<String, Path> FIXER_HOMES = Map.of(
      "bwrap", Path.of("target", "it-fixer-home").toAbsolutePath(),
      "docker", Path.of("target", "it-fixer-home-docker").toAbsolutePath());
  private static final String FAILING_TEST = "calc › adds two numbers";

  @TempDir
  Path temp;

  static Stream<Arguments> runnersInSandboxes() {
    return Stream.of("bwrap", "docker")
        .flatMap(sandbox -> Stream.of("node-test", "mocha", "jest", "pnpm").map(runner -> Arguments.of(runner, sandbox)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("runnersInSandboxes")
  void fixesTheBugRunningOnlyTheNamedTestFile(String runner, String sandbox) throws Exception {
    if (sandbox.equals("docker")) {
      Sandboxes.assumeDocker();
    } else {
      Sandboxes.assumeBubblewrap();
    }
    List<String> containersBefore = sandbox.equals("docker") ? sandboxContainers() : List.of();
    Path repo = repository(PROJECTS.resolve(runner));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    List<JsonNode> requests;
    try (ScriptedModelServer model = new ScriptedModelServer()) {
      model.reply(call("edit:0", "edit", JSON.createObjectNode().put("path", "calc.js")
              .put("old_str", "return a - b;").put("new_str", "return a + b;")))
          .reply(call("run_tests:0", "run_tests", JSON.createObjectNode()
              .set("tests", JSON.createArrayNode().add("test/calc.test.js"))))
          .reply(call("finish:0", "finish", JSON.createObjectNode().put("summary", "add subtracted; it now adds.")));
      code = InProcessFixer.run(env(model, sandbox), temp, new PrintWriter(out, true), new PrintWriter(err, true),
          "run", "--repo", repo.toString(), "--issue", issue().toString(), "--sandbox", sandbox,
          "--work-dir", temp.resolve("run").toString(), "--json", "--attempts", "1");
      requests = model.bodies();
    }

    assertThat(code).as("exit code; stderr:\n%s", err).isZero();
    List<String> lines = out.toString().strip().lines().toList();
    JsonNode result = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(result.path("status").asText()).as("stderr:\n%s", err).isEqualTo("fixed");
    JsonNode verification = result.path("verification");
    assertThat(verification.path("baseline").path("tests").asInt()).isEqualTo(3);
    assertThat(verification.path("baseline").path("failing").asInt()).isEqualTo(1);
    assertThat(verification.path("transitions").path("fail_to_pass")).extracting(JsonNode::asText)
        .containsExactly(FAILING_TEST);
    assertThat(verification.path("transitions").path("pass_to_fail")).isEmpty();
    assertThat(toolAnswer(requests.get(2))).as("the answer to run_tests test/calc.test.js")
        .contains("2 run, 0 failed").doesNotContain("strings");
    if (runner.equals("pnpm")) {
      assertThat(requests.get(0).toString()).as("the build the agent is told of")
          .contains("Node.js (pnpm, pnpm-lock.yaml; tests with mocha)");
    }
    if (sandbox.equals("docker")) {
      assertThat(sandboxContainers()).as("sandbox containers left").isSubsetOf(containersBefore);
    }
  }

  private Map<String, String> env(ScriptedModelServer model, String sandbox) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_BASE_URL", model.baseUrl());
    env.put("KIMI_API_KEY", "sk-node-ecosystems-it-0123456789abcdef");
    env.put("FIXER_HOME", FIXER_HOMES.get(sandbox).toString());
    return env;
  }

  private Path issue() throws IOException {
    return Files.writeString(temp.resolve("issue.md"), "# add subtracts\n\nadd(2, 3) returns -1 instead of 5.\n");
  }

  private Path repository(Path project) throws IOException, InterruptedException {
    Path repo = temp.resolve("repo");
    EvalFixtures.copy(project, repo);
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "calc");
    return repo;
  }

  /** The text of the last tool message the model was sent. */
  private static String toolAnswer(JsonNode request) {
    String answer = "";
    for (JsonNode message : request.path("messages")) {
      if (message.path("role").asText().equals("tool")) {
        answer = message.path("content").asText();
      }
    }
    return answer;
  }

  private static SseReply call(String id, String tool, JsonNode arguments) {
    return SseReply.reply().toolCall(0, id, tool, arguments.toString(), 1).usage(3000, 2000, 60);
  }

  /** The sandbox containers this JVM's fixer runs started, not those of other fixers on the engine. */
  private List<String> sandboxContainers() throws IOException, InterruptedException {
    return List.of(run(temp, "docker", "ps", "--all", "--quiet", "--filter", "label=dev.fixer.sandbox",
        "--filter", "label=dev.fixer.pid=" + ProcessHandle.current().pid())
        .split("\\R")).stream().filter(line -> !line.isBlank()).toList();
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test User", "-c",
        "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    run(dir, command.toArray(String[]::new));
  }

  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), output).isZero();
    return output;
  }
}
