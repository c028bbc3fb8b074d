package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer runs} and {@code fixer clean} on a $FIXER_HOME of hand-written run directories. */
class RunsCommandTest {

  @TempDir
  Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int fixer(String... args) {
    return Main.run(Map.of("FIXER_HOME", home.toString()), home, false, new PrintWriter(out, true),
        new PrintWriter(err, true), args);
  }

  private Path run(String name, String status, Duration age) throws Exception {
    Path dir = Files.createDirectories(home.resolve("runs").resolve(name));
    Files.writeString(dir.resolve("run.json"), "{\"version\":1,\"issue\":{\"title\":\"Stats.median is wrong\","
        + "\"number\":42},\"trajectory\":\"" + dir.resolve("trajectory.jsonl") + "\",\"phase\":\"set_up\"}");
    if (status != null) {
      Files.writeString(dir.resolve("result.json"), "{\"status\":\"" + status + "\",\"branch\":null,\"patch\":null,"
          + "\"cost_usd\":0.1234}");
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
      }
    }
    return dir;
  }

  @Test
  void runsPrintsATableOfTheRuns() throws Exception {
    Path dir = run("20261120-080000-issue-42", "not_fixed", Duration.ofDays(2));

    assertThat(fixer("runs")).isZero();

    assertThat(out.toString()).contains("STARTED").contains("STATUS").contains("2026-11-20 08:00")
        .contains("not fixed").contains("$0.12").contains("#42").contains(dir.toString());
  }

  @Test
  void runsWithJsonPrintsOneObject() throws Exception {
    run("20261120-080000-issue-42", null, Duration.ofDays(2));

    assertThat(fixer("runs", "--json")).isZero();

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("runs")).hasSize(1);
    assertThat(json.path("runs").get(0).path("status").asText()).isEqualTo("stopped");
    assertThat(json.path("runs").get(0).path("issue_number").asInt()).isEqualTo(42);
  }

  @Test
  void runsWithoutAnySaysWhereItLooked() {
    assertThat(fixer("runs")).isZero();

    assertThat(out.toString()).isEqualTo("No runs in " + home + ".\n");
  }

  @Test
  void cleanRemovesRunsOlderThanDaysAndSaysWhatItFreed() throws Exception {
    Path old = run("20261101-080000-old", "not_fixed", Duration.ofDays(8));
    Path recent = run("20261128-080000-recent", "not_fixed", Duration.ofDays(6));

    assertThat(fixer("clean", "--older-than", "7d")).isZero();

    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(out.toString()).contains("removed " + old).contains("Removed 1 run, freed ");
  }

  @Test
  void cleanNeedsADuration() {
    assertThat(fixer("clean")).isEqualTo(2);
    assertThat(err.toString()).contains("--older-than");

    assertThat(fixer("clean", "--older-than", "7")).isEqualTo(2);
    assertThat(err.toString()).contains("has no unit");
  }
}
