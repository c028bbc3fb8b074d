package dev.fixer.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long run still makes a page a browser opens: its texts are cut, each saying where the whole one is. */
class ReportSizeTest {

  @TempDir
  Path temp;

  @Test
  void aRunOfFiveHundredStepsAndTwentyMegabytesRendersUnderFiveMegabytes() throws Exception {
    HandRun run = new HandRun();
    String output = "    int value = compute(index);  // a line of source as read_file shows it\n".repeat(500);
    String reasoning = "I should look at the next file and check what it does before I change it. ".repeat(60);
    for (int i = 0; i < 500; i++) {
      run.step(reasoning, "read_file", HandRun.json(Map.of("path", "src/File" + i + ".java")), output, false);
    }
    Path dir = run.finished().write(temp.resolve("long"), HandRun.result("fixed", "r", "s", "t"), null);
    assertThat(Files.size(dir.resolve("trajectory.jsonl"))).isGreaterThan(20_000_000L);

    Reports.html(dir, temp.resolve("long.html"));

    String html = Files.readString(temp.resolve("long.html"));
    assertThat(Files.size(temp.resolve("long.html"))).isLessThan(5_000_000L);
    assertThat(html.split("<article class=\"step\"", -1)).hasSize(501);
    // step 500's tool_result is the 5th line of its five, after the 2,500 - 1 lines before
    assertThat(html).contains("more characters truncated; the full text is in trajectory.jsonl line 2500<");
  }
}
