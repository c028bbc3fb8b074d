package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.github.FakeGitHub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model key and the GitHub token are masked wherever a run writes, by their values: they are
 * shaped like no known token, so only the redactor {@code fixer run} builds from its environment can
 * find them. The scripted model says both in a reply, a tool call and its summary, which becomes the
 * commit message and the pull request; the CLI runs as a process with {@code --sandbox none}.
 */
class RedactionIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "moonshot-plain-key-4f8Qz7Lw2Xv9";
  private static final String TOKEN = "plain-github-token-R3k8Nw5Tq1";

  @TempDir
  Path temp;

  private final ScriptedModelServer server = new ScriptedModelServer();
  private FakeGitHub github;
  private Path repo;
  private Path bare;
  private int issue;

  @BeforeEach
  void setUp() throws Exception {
    assertThat(Redactor.NONE.redact(KEY + " " + TOKEN)).as("secrets no built-in pattern masks")
        .isEqualTo(KEY + " " + TOKEN);
    repo = StatsRepo.create(temp.resolve("repo"));
    Files.writeString(repo.resolve(".fixer.yml"), "setup: 'true'\n" + StatsRepo.QUICK_TEST);
    StatsRepo.git(repo, "add", ".fixer.yml");
    StatsRepo.git(repo, "commit", "-q", "-m", "config");
    bare = StatsRepo.bareOrigin(repo, temp.resolve("origin.git"));
    github = FakeGitHub.start("octo", "stats").cloneUrl(bare.toString());
    github.requireToken(TOKEN);
    issue = github.addIssue(StatsRepo.TITLE, "Stats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.", "alice", "bug");
  }

  @AfterEach
  void stop() {
    server.close();
    github.close();
  }

  @Test
  void secretsTheModelRepeatsAreMaskedInEverythingTheRunWrites() throws Exception {
    scriptAModelThatRepeatsTheSecrets();

    FixerProcess.Finished run = FixerProcess.fixer(temp, env(), "run", "--repo", repo.toString(), "--github-repo",
        "octo/stats", "--issue", "#" + issue, "--open-pr", "--sandbox", "none", "--work-dir", "run", "--json");

    assertThat(run.exitCode()).as("%s", run).isZero();
    SoftAssertions softly = new SoftAssertions();
    masked(softly, "stdout", run.stdout());
    masked(softly, "stderr", run.stderr());
    masked(softly, "the result", JSON.readTree(run.lastLine()).path("summary").asText());
    String trajectory = Files.readString(temp.resolve("run/trajectory.jsonl"));
    softly.assertThat(trajectory.split(Pattern.quote(Redactor.MASK), -1))
        .as("masks in the trajectory: reasoning, reply, tool call, tool output, summary").hasSizeGreaterThan(5);
    for (Path file : filesUnder(temp)) {
      noSecret(softly, file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }
    masked(softly, "the commit message", StatsRepo.git(bare, "log", "-1", "--format=%B", "fixer/issue-" + issue));
    noSecret(softly, "the commits", StatsRepo.git(repo, "log", "--all", "-p")
        + StatsRepo.git(bare, "log", "--all", "-p"));
    masked(softly, "the pull request", github.pulls().get(0).body());
    for (RecordedRequest request : github.requests()) {
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      noSecret(softly, "GitHub request " + request.getMethod() + " " + request.getUrl(), request.getUrl() + body);
      softly.assertThat(request.getHeaders().toString()).as("GitHub request headers").doesNotContain(KEY);
    }
    for (RecordedRequest request : server.requests()) {
      softly.assertThat(request.getHeaders().toString()).as("model request headers").doesNotContain(TOKEN);
    }
    softly.assertAll();
  }

  /**
   * The model's turns: both secrets in its reasoning, a reply (streamed in pieces that cut through the
   * key) and a command; the fix; both in its summary.
   */
  private void scriptAModelThatRepeatsTheSecrets() {
    String both = KEY + " and " + TOKEN;
    String command = JSON.createObjectNode().put("command", "echo " + both).toString();
    server.reply(SseReply.reply().reasoning("The key is " + KEY + ".")
        .content("I found " + KEY.substring(0, 12), KEY.substring(12) + " and " + TOKEN + ".")
        .toolCall(0, "run_command:0", "run_command", command, 3));
    server.reply(SseReply.call("edit:0", "edit", StatsRepo.edit()));
    server.reply(StatsRepo.finish("Stats.median now averages the two middle values. Ran with " + both + "."));
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_BASE_URL", server.baseUrl());
    env.put("KIMI_API_KEY", KEY);
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("GITHUB_API_URL", github.apiUrl());
    env.put("GITHUB_SERVER_URL", github.serverUrl());
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    return env;
  }

  /** {@code text} holds a mask where the model said a secret, and neither secret. */
  private static void masked(SoftAssertions softly, String where, String text) {
    softly.assertThat(text).as(where).contains(Redactor.MASK).doesNotContain(KEY).doesNotContain(TOKEN);
  }

  private static void noSecret(SoftAssertions softly, String where, String text) {
    softly.assertThat(text).as(where).doesNotContain(KEY).doesNotContain(TOKEN);
  }

  /** Every file under {@code dir}: the run directory (trajectory, result, patch), the repositories, the home. */
  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(Files::isRegularFile).toList();
      assertThat(files).contains(dir.resolve("run/trajectory.jsonl"), dir.resolve("run/result.json"),
          dir.resolve("run/trajectory.patch"));
      return files;
    }
  }
}
