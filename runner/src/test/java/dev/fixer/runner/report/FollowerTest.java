package dev.fixer.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer show --follow} prints a run's steps as another process writes them, and stops at its end. */
class FollowerTest {

  @TempDir
  Path temp;

  @Test
  void printsEachStepAsItIsWrittenAndStopsWhenTheRunFinishes() throws Exception {
    Path whole = new HandRun().step("first thought", "read_file", "{\"path\":\"a\"}", "A", false)
        .step("second thought", "edit", "{\"path\":\"b\"}", "B", false)
        .step("third thought", "finish", "{\"summary\":\"done\"}", "The run ends here.", false)
        .finished().write(temp.resolve("whole"), null, null);
    List<String> lines = Files.readAllLines(whole.resolve("trajectory.jsonl"));
    Path live = new HandRun().write(temp.resolve("live"), null, null);
    Path trajectory = live.resolve("trajectory.jsonl");
    Files.write(trajectory, lines.subList(0, 5));
    StringWriter out = new StringWriter();

    CompletableFuture<Void> following = CompletableFuture.runAsync(() ->
        Reports.follow(live, new PrintWriter(out, true), Duration.ofMillis(10)));
    waitFor(out, "first thought");
    assertThat(out.toString()).doesNotContain("second thought");
    for (int i = 5; i < lines.size(); i++) {
      String line = lines.get(i) + "\n";
      // the last event in two writes, as a reader may catch a line half written
      Files.writeString(trajectory, line.substring(0, line.length() / 2), StandardOpenOption.APPEND);
      Thread.sleep(5);
      Files.writeString(trajectory, line.substring(line.length() / 2), StandardOpenOption.APPEND);
    }
    following.get(10, TimeUnit.SECONDS);

    String text = out.toString();
    assertThat(text.lines().filter(line -> line.startsWith("step "))).hasSize(3);
    assertThat(text).containsSubsequence("first thought", "second thought", "third thought", "Outcome: none yet");
    assertThat(text).doesNotContain("cut off");
  }

  private static void waitFor(StringWriter out, String text) throws InterruptedException {
    for (int i = 0; i < 500 && !out.toString().contains(text); i++) {
      Thread.sleep(10);
    }
    assertThat(out.toString()).contains(text);
  }
}
