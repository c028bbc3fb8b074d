package dev.fixer.runner;

import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled example, {@code examples/stats}, as a fresh git repository in a temp directory: a
 * Maven library whose {@code StatsTest.medianOfEvenCount} fails until {@code Stats.median} is fixed;
 * and the model turns that fix it.
 */
final class StatsRepo {

  static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  static final String SOURCE = "src/main/java/demo/Stats.java";
  static final String BUGGY = "    int middle = sorted.length / 2;\n    return sorted[middle];\n";
  static final String FIXED = "    int middle = sorted.length / 2;\n"
      + "    if (sorted.length % 2 == 0) {\n"
      + "      return (sorted[middle - 1] + sorted[middle]) / 2.0;\n"
      + "    }\n"
      + "    return sorted[middle];\n";
  static final String TITLE = "Stats.median is wrong for an even number of values";

  private StatsRepo() {}

  /** Copies examples/stats to {@code dir}, makes it a git repository on {@code main}, commits. */
  static Path create(Path dir) throws IOException, InterruptedException {
    copy(EXAMPLES.resolve("stats"), dir);
    git(dir, "init", "-q", "-b", "main");
    git(dir, "config", "user.name", "Test User");
    git(dir, "config", "user.email", "test@example.com");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "stats");
    return dir;
  }

  /**
   * A bare repository at {@code bare} holding {@code repo}'s main branch, as its HEAD, and made
   * {@code repo}'s origin: where a fix is pushed and a batch clones from.
   */
  static Path bareOrigin(Path repo, Path bare) throws IOException, InterruptedException {
    git(repo.getParent(), "init", "-q", "--bare", bare.toString());
    git(bare, "symbolic-ref", "HEAD", "refs/heads/main");
    git(repo, "remote", "add", "origin", bare.toString());
    git(repo, "push", "-q", "origin", "main");
    return bare;
  }

  /** The issue, as a Markdown file in {@code dir}. */
  static Path issue(Path dir) throws IOException {
    Path file = dir.resolve("median.md");
    Files.writeString(file, "# " + TITLE + "\n\nStats.median(4, 1, 3, 2) returns 3.0 instead of 2.5.\n");
    return file;
  }

  /** The turns of a model that reads, reproduces, fixes and checks, then summarises. */
  static void script(ScriptedModelServer server) {
    server.reply(SseReply.reply().reasoning("Read the code and run the failing test.")
        .toolCall(0, "read_file:0", "read_file", "{\"path\":\"" + SOURCE + "\"}", 1)
        .toolCall(1, "run_tests:1", "run_tests", "{\"tests\":[\"StatsTest\"]}", 2)
        .usage(3000, 0, 200));
    server.reply(SseReply.reply().reasoning("Even counts need the mean of the middle two.")
        .toolCall(0, "edit:0", "edit", edit(), 3).usage(5000, 2900, 150));
    server.reply(SseReply.reply().toolCall(0, "run_tests:0", "run_tests", "{\"tests\":[\"StatsTest\"]}", 1)
        .usage(5500, 4900, 50));
    server.reply(finish(SUMMARY).usage(6000, 5400, 60));
  }

  static final String SUMMARY = "Stats.median returned the upper middle value for an even count; it now returns the"
      + " mean of the two middle values. StatsTest passes (4 tests).";

  /** A reply that ends the work with {@code finish} and this summary. */
  static SseReply finish(String summary) {
    return SseReply.reply().toolCall(0, "finish:0", "finish", "{\"summary\":" + quote(summary) + "}", 1);
  }

  /**
   * A test command that takes no time and reads like pytest: {@code test_median_of_even_count} fails until
   * Stats.median is fixed, and {@code test_mean} always passes.
   */
  static final String QUICK_TEST = """
      test: |
        if grep -q 'sorted.length % 2 == 0' src/main/java/demo/Stats.java; then r=PASSED; else r=FAILED; fi
        echo "$r tests/test_stats.py::test_median_of_even_count"
        echo "PASSED tests/test_stats.py::test_mean"
        if [ "$r" = PASSED ]; then echo '==== 2 passed in 0.01s ===='; else echo '==== 1 failed, 1 passed in 0.01s ===='; exit 1; fi
      """;

  /**
   * Setup and tests that take no time (committed as .fixer.yml: {@link #QUICK_TEST}), and a replay of the
   * fix in {@code dir}: a whole run without Maven or a model.
   */
  static Path quickFix(Path repo, Path dir) throws IOException, InterruptedException {
    quickConfig(repo, "");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    return Files.writeString(dir.resolve("replay.jsonl"),
        "{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"e\",\"name\":\"edit\",\"arguments\":"
            + json.writeValueAsString(edit()) + "}]}}\n"
            + "{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"f\",\"name\":\"finish\",\"arguments\":"
            + json.writeValueAsString("{\"summary\":\"Fixed the median.\"}") + "}]}}\n");
  }

  /** Commits a .fixer.yml with a setup that does nothing, {@link #QUICK_TEST}, and {@code more} keys. */
  static void quickConfig(Path repo, String more) throws IOException, InterruptedException {
    Files.writeString(repo.resolve(".fixer.yml"), "setup: 'true'\n" + QUICK_TEST + more);
    git(repo, "add", ".fixer.yml");
    git(repo, "commit", "-q", "-m", "config");
  }

  static String edit() {
    return "{\"path\":\"" + SOURCE + "\",\"old_str\":" + quote(BUGGY) + ",\"new_str\":" + quote(FIXED) + "}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
    return output;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(file);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
