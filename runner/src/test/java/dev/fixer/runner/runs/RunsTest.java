package dev.fixer.runner.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.run.FixerHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsTest {

  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @TempDir
  Path home;

  private final Runs runs() {
    return new Runs(new FixerHome(home), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** A run directory as fixer run leaves it: run.json, a trajectory, result.json when {@code result} is given. */
  static Path run(Path dir, String issue, String result, Duration age) throws IOException {
    Files.createDirectories(dir.resolve("work"));
    Files.writeString(dir.resolve("work/Stats.java"), "x".repeat(2000));
    Path trajectory = dir.resolve("trajectory.jsonl");
    Files.writeString(trajectory, "{\"type\":\"run_started\",\"time\":\"2026-11-20T08:00:00Z\",\"elapsed_ms\":0}\n");
    Files.writeString(dir.resolve("run.json"), "{\"version\":1,\"repo\":\"/src/stats\",\"branch\":\"fixer/x\","
        + "\"issue\":" + issue + ",\"trajectory\":\"" + trajectory + "\",\"phase\":\"set_up\"}");
    List<Path> files = new java.util.ArrayList<>(List.of(dir.resolve("run.json"), trajectory));
    if (result != null) {
      files.add(Files.writeString(dir.resolve("result.json"), result));
    }
    for (Path file : files) {
      Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
    }
    return dir;
  }

  static String result(String status, String branch, String patch, String prUrl, double cost) {
    return "{\"status\":\"" + status + "\",\"exit_code\":0,\"branch\":" + quoted(branch) + ",\"patch\":"
        + quoted(patch) + (prUrl == null ? "" : ",\"pr_url\":\"" + prUrl + "\"") + ",\"cost_usd\":" + cost + "}";
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  static final String MEDIAN = "{\"reference\":\"median.md\",\"title\":\"Stats.median is wrong\"}";
  static final String ISSUE_42 = "{\"reference\":\"octo/stats#42\",\"title\":\"Mean overflows\",\"number\":42}";

  @Test
  void listsRunsNewestFirstWithIssueStatusCostAndSize() throws Exception {
    run(home.resolve("runs/20261120-080000-median"), MEDIAN, result("not_fixed", null, "/p", null, 0.25),
        Duration.ofDays(10));
    run(home.resolve("runs/20261125-093000-issue-42"), ISSUE_42, result("fixed", "fixer/issue-42", "/p",
        "https://github.com/octo/stats/pull/7", 1.5), Duration.ofDays(5));

    List<RunEntry> list = runs().list();

    assertThat(list).extracting(RunEntry::issue).containsExactly("#42", "Stats.median is wrong");
    assertThat(list).extracting(RunEntry::outcome).containsExactly(RunOutcome.FIXED, RunOutcome.NOT_FIXED);
    assertThat(list.get(0).costUsd()).contains(1.5);
    assertThat(list.get(0).bytes()).isGreaterThan(2000);
    assertThat(list.get(0).unpublishedFix()).isFalse();
  }

  @Test
  void aRunWithoutAResultIsRunningWhenItChangedWithinTheHourElseStopped() throws Exception {
    run(home.resolve("runs/20261201-113000-live"), MEDIAN, null, Duration.ofMinutes(5));
    run(home.resolve("runs/20261120-080000-dead"), MEDIAN, null, Duration.ofDays(3));

    assertThat(runs().list()).extracting(RunEntry::outcome).containsExactly(RunOutcome.RUNNING, RunOutcome.STOPPED);
  }

  @Test
  void listsTheRunsOfBatchesAndTakesTheStartFromTheTrajectory() throws Exception {
    run(home.resolve("batches/octo-stats-fixer/issue-42/run"), ISSUE_42, null, Duration.ofDays(3));
    Files.createDirectories(home.resolve("batches/octo-stats-fixer/issue-43/checkout"));

    List<RunEntry> list = runs().list();

    assertThat(list).extracting(RunEntry::dir).containsExactly(home.resolve("batches/octo-stats-fixer/issue-42/run"));
    assertThat(list.get(0).started()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
  }

  @Test
  void cleanRemovesOldRunsAndSaysWhatItFreed() throws Exception {
    Path old = run(home.resolve("runs/20261120-080000-old"), MEDIAN, result("not_fixed", null, "/p", null, 0.1),
        Duration.ofDays(10));
    Path recent = run(home.resolve("runs/20261129-080000-recent"), MEDIAN, result("not_fixed", null, "/p", null, 0.1),
        Duration.ofDays(2));
    long size = runs().list().get(1).bytes();

    Cleanup cleanup = runs().clean(Duration.ofDays(7), false, false);

    assertThat(cleanup.removed()).extracting(RunEntry::dir).containsExactly(old);
    assertThat(cleanup.freedBytes()).isEqualTo(size);
    assertThat(old).doesNotExist();
    assertThat(recent).exists();
  }

  @Test
  void cleanKeepsAnUnpublishedFixAndAStoppedRunGoes() throws Exception {
    Path fix = run(home.resolve("runs/20261101-080000-fix"), MEDIAN, result("unverified", null, "/p/t.patch", null, 1),
        Duration.ofDays(30));
    Path stopped = run(home.resolve("runs/20261101-090000-stopped"), MEDIAN, null, Duration.ofDays(30));

    Cleanup cleanup = runs().clean(Duration.ofDays(7), false, false);

    assertThat(cleanup.kept()).extracting(kept -> kept.run().dir()).containsExactly(fix);
    assertThat(cleanup.kept().get(0).reason()).contains("unverified change").contains("no pull request");
    assertThat(fix).exists();
    assertThat(stopped).doesNotExist();
  }

  @Test
  void cleanKeepsARunThatMayBeRunningUnlessForced() throws Exception {
    Path live = run(home.resolve("runs/20261201-113000-live"), MEDIAN, null, Duration.ofMinutes(20));

    assertThat(runs().clean(Duration.ofMinutes(10), false, false).kept()).hasSize(1);
    assertThat(live).exists();

    assertThat(runs().clean(Duration.ofMinutes(10), true, false).removed()).hasSize(1);
    assertThat(live).doesNotExist();
  }

  @Test
  void forceRemovesAnUnpublishedFixToo() throws Exception {
    Path fix = run(home.resolve("runs/20261101-080000-fix"), ISSUE_42,
        result("fixed", "fixer/issue-42", "/p/t.patch", null, 1), Duration.ofDays(30));

    assertThat(runs().clean(Duration.ofDays(7), true, false).removed()).hasSize(1);
    assertThat(fix).doesNotExist();
  }

  @Test
  void aDryRunRemovesNothing() throws Exception {
    Path old = run(home.resolve("runs/20261101-080000-old"), MEDIAN, result("not_fixed", null, null, null, 0),
        Duration.ofDays(30));

    Cleanup cleanup = runs().clean(Duration.ofDays(7), false, true);

    assertThat(cleanup.removed()).hasSize(1);
    assertThat(old).exists();
    assertThat(new RunsText(ZoneOffset.UTC).cleanup(cleanup)).contains("would remove " + old)
        .contains("Would remove 1 run, freeing");
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertThat(DiskUsage.human(512)).isEqualTo("512 B");
    assertThat(DiskUsage.human(4300)).isEqualTo("4.2 KB");
    assertThat(DiskUsage.human(350L * 1024 * 1024)).isEqualTo("350 MB");
  }
}
