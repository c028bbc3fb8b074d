package dev.fixer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.eval.EvalOptions;
import dev.fixer.runner.run.AgentSettings;
import dev.fixer.runner.eval.EvalRun;
import dev.fixer.runner.eval.EvalScore;
import dev.fixer.runner.eval.ScoreOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code fixer eval run} and {@code score} on a fixture dataset of {@link #INSTANCES} copies of the
 * stats example's median bug, in bubblewrap: a replayed model (no model time) and a test command that
 * takes no time, so what is left of each instance's wall time is fixer's own (checkout, work copy,
 * sandbox, setup, baseline, the tools, verification, commit, records).
 */
final class EvalBench {

  static final int INSTANCES = 6;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIXED = "    int middle = sorted.length / 2;\n    if (sorted.length % 2 == 0) {\n"
      + "      return (sorted[middle - 1] + sorted[middle]) / 2.0;\n    }\n    return sorted[middle];\n";
  private static final String BUGGY = "    int middle = sorted.length / 2;\n    return sorted[middle];\n";
  private static final String TEST_COMMAND = """
      if grep -q 'sorted.length % 2 == 0' src/main/java/demo/Stats.java; then r=PASSED; else r=FAILED; fi
      echo "$r tests/test_stats.py::test_median_of_even_count"
      echo "PASSED tests/test_stats.py::test_mean"
      if [ "$r" = PASSED ]; then echo '==== 2 passed in 0.01s ===='; else echo '==== 1 failed, 1 passed in 0.01s ===='; exit 1; fi
      """;

  /** One instance's times in milliseconds, from its inference.json and score.json. */
  record Times(long wall, long model, long tests, long scoreWall, long scoreTests) {
    long own() {
      return wall - model - tests;
    }

    long scoreOwn() {
      return scoreWall - scoreTests;
    }
  }

  private EvalBench() {}

  static List<Times> run(Path examples, Path scratch) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(scratch.resolve("eval"));
    Path cache = dir.resolve("cache");
    Path repo = copy(examples.resolve("stats"), cache.resolve("octo/stats"));
    String base = git(repo, "init", "-q", "-b", "main") + git(repo, "add", "-A")
        + git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "stats")
        + git(repo, "rev-parse", "HEAD");
    Path dataset = dataset(dir, base.strip());
    Path replay = replay(dir);
    Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "HOME", System.getProperty("user.home"),
        "FIXER_HOME", dir.resolve("fixer-home").toString());
    Path output = dir.resolve("out");
    PrintWriter quiet = new PrintWriter(new StringWriter());
    int ran = new EvalRun(env, quiet, quiet).execute(new EvalOptions(dataset, output, cache, "https://github.com",
        false, 1, Shard.ALL, 200, false, new AgentSettings("replay:" + replay, null, null, null, null,
        SandboxChoice.BWRAP, 1, null)));
    int scored = new EvalScore(env, quiet, quiet).execute(new ScoreOptions(dataset, output.resolve("predictions.jsonl"),
        output.resolve("predictions.jsonl").toString(), output, cache, "https://github.com", 1, Shard.ALL, false,
        SandboxChoice.BWRAP));
    if (ran != 0 || scored != 0) {
      throw new IllegalStateException("the fixture evaluation failed: run exit " + ran + ", score exit " + scored
          + "; see " + output);
    }
    List<Times> times = new ArrayList<>();
    for (int i = 1; i <= INSTANCES; i++) {
      JsonNode inference = JSON.readTree(output.resolve("instances/stats-" + i + "/inference.json").toFile());
      JsonNode score = JSON.readTree(output.resolve("instances/stats-" + i + "/score.json").toFile());
      times.add(new Times(inference.path("wall_ms").asLong(), inference.path("model_ms").asLong(),
          inference.path("test_ms").asLong(), score.path("wall_ms").asLong(), score.path("test_ms").asLong()));
    }
    return times;
  }

  private static Path dataset(Path dir, String base) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= INSTANCES; i++) {
      ObjectNode line = JSON.createObjectNode().put("instance_id", "stats-" + i).put("repo", "octo/stats")
          .put("base_commit", base).put("problem_statement", "Stats.median is wrong for an even number of values")
          .put("test_patch", "").put("test_command", TEST_COMMAND).put("setup", "true");
      line.putArray("FAIL_TO_PASS").add("tests/test_stats.py::test_median_of_even_count");
      line.putArray("PASS_TO_PASS").add("tests/test_stats.py::test_mean");
      lines.append(line).append('\n');
    }
    return Files.writeString(dir.resolve("stats.jsonl"), lines.toString());
  }

  private static Path replay(Path dir) throws IOException {
    String edit = JSON.createObjectNode().put("path", "src/main/java/demo/Stats.java").put("old_str", BUGGY)
        .put("new_str", FIXED).toString();
    String finish = JSON.createObjectNode().put("summary", "Stats.median now averages the middle two.").toString();
    return Files.writeString(dir.resolve("replay.jsonl"), turn("edit", edit) + "\n" + turn("finish", finish) + "\n");
  }

  private static String turn(String tool, String arguments) {
    ObjectNode line = JSON.createObjectNode().put("type", "assistant");
    line.putObject("message").putArray("tool_calls").addObject().put("id", tool + ":0").put("name", tool)
        .put("arguments", arguments);
    return line.toString();
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (from.relativize(file).startsWith("target")) {
          continue;
        }
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  private static String git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
    return args[0].equals("rev-parse") ? output : "";
  }
}
