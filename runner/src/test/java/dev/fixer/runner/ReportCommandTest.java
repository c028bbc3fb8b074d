package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.batch.BatchEntry;
import dev.fixer.runner.batch.BatchState;
import dev.fixer.runner.eval.EvalDir;
import dev.fixer.runner.eval.InferenceRecord;
import dev.fixer.runner.eval.RecordFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer report} of a real recorded run, a killed one, a batch and an evaluation, and of what is none. */
class ReportCommandTest {

  @TempDir
  static Path temp;

  private static Path run;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void record() throws Exception {
    run = RecordedRuns.fixed(temp);
  }

  private int fixer(String... args) {
    Map<String, String> env = Map.of("FIXER_HOME", temp.resolve("fixer-home").toString());
    return Main.run(env, temp, false, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static int count(String html, String pattern) {
    return (int) Pattern.compile(pattern).matcher(html).results().count();
  }

  @Test
  void aRunsReportIsOnePageInItsDirectoryWithStepsCallsTransitionsDiffAndChart() throws Exception {
    assertThat(fixer("report", run.toString())).as("%s", err).isZero();

    Path file = run.resolve("report.html");
    assertThat(out.toString().strip()).isEqualTo(file.toString());
    String html = Files.readString(file);
    assertThat(count(html, "<article class=\"step\"")).isEqualTo(4);
    assertThat(count(html, "<details class=\"call")).isEqualTo(5);
    assertThat(html).contains("<li class=\"transition fail_to_pass\"><span class=\"kind\">fail → pass</span> <code"
        + " class=\"test\">" + RecordedRuns.TEST_ID + "</code></li>")
        .contains("<span class=\"add\">+    if (sorted.length % 2 == 0) {</span>")
        .contains("<svg class=\"chart\"").contains("<dt>cache hits</dt><dd>68%</dd>")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain(" src=");
  }

  @Test
  void aKilledRunStillRendersWithANoteThatItWasCutOff() throws Exception {
    Path killed = Files.createDirectories(temp.resolve("killed"));
    Files.copy(run.resolve("run.json"), killed.resolve("run.json"));
    String text = Files.readString(run.resolve("trajectory.jsonl"));
    Files.writeString(killed.resolve("trajectory.jsonl"), text.substring(0, text.indexOf("\"step\":2") + 20));

    assertThat(fixer("report", killed.toString(), "-o", "killed.html")).as("%s", err).isZero();

    String html = Files.readString(temp.resolve("killed.html"));
    assertThat(html).contains("the run was cut off: its last line is incomplete")
        .contains("No verdict: the run has no result.json.");
    assertThat(count(html, "<article class=\"step\"")).isEqualTo(1);
  }

  @Test
  void aBatchsReportIsASortableTableLinkingToAPagePerRun() throws Exception {
    Path batch = temp.resolve("batch");
    Path issueRun = copyRun(batch.resolve("issue-3/run"));
    try (BatchState state = BatchState.open(batch.resolve("state.json"), "octo/stats", "fixer")) {
      state.put(new BatchEntry(3, "Median of four", BatchEntry.Status.FIXED, Optional.of(issueRun),
          Optional.of("https://github.com/octo/stats/pull/9"), 4, 19_500, 13_200, 460, 0.0069, 532,
          OptionalInt.of(0), "fixed", Instant.now()));
      state.put(BatchEntry.pending(4, "Median of six", Instant.now()));
    }

    assertThat(fixer("report", batch.toString())).as("%s", err).isZero();

    String html = Files.readString(batch.resolve("report.html"));
    assertThat(count(html, "<tr class=\"run\">")).isEqualTo(2);
    assertThat(count(html, "<th data-sort=")).isEqualTo(8);
    assertThat(html).contains("<a href=\"report-files/issue-3.html\">#3</a>")
        .contains("<a href=\"https://github.com/octo/stats/pull/9\">#9</a>").contains("<td>Median of six</td>");
    String page = Files.readString(batch.resolve("report-files/issue-3.html"));
    assertThat(page).contains("<a href=\"../report.html\">").contains(RecordedRuns.TEST_ID);
    assertThat(Files.list(batch.resolve("report-files"))).hasSize(1);
  }

  @Test
  void anEvaluationsReportListsItsInstancesFromTheirRecordsAndLinksTheirRuns() throws Exception {
    EvalDir eval = new EvalDir(Files.createDirectories(temp.resolve("eval")));
    Files.writeString(eval.evalJson(), "{}");
    copyRun(eval.run("octo__stats-1"));
    RecordFiles.write(eval.inference("octo__stats-1"), new InferenceRecord("octo__stats-1", "fixed", "tests pass", 0, 4,
        19_500, 13_200, 460, 0.0069, 500, 2_000, 100, 300, 400, "instances/octo__stats-1/run"));
    RecordFiles.write(eval.inference("octo__stats-2"), InferenceRecord.error("octo__stats-2", 2, "no clone", 50));

    assertThat(fixer("report", eval.root().toString(), "-o", eval.root().resolve("eval.html").toString()))
        .as("%s", err).isZero();

    String html = Files.readString(eval.root().resolve("eval.html"));
    assertThat(count(html, "<tr class=\"run\">")).isEqualTo(2);
    assertThat(html).contains("<a href=\"eval-files/octo__stats-1.html\">octo__stats-1</a>")
        .contains("<td data-v=\"octo__stats-2\">octo__stats-2</td>").contains("no clone");
    assertThat(eval.root().resolve("eval-files/octo__stats-1.html")).isNotEmptyFile();
  }

  @Test
  void aDirectoryThatIsNoneOfThemIsAUsageErrorThatSaysWhatWasExpected() throws Exception {
    Path plain = Files.createDirectories(temp.resolve("plain"));

    assertThat(fixer("report", plain.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("fixer: " + plain + " is not a fixer run, batch or evaluation: expected a"
        + " run directory (with run.json), a batch directory (with state.json) or an evaluation directory (with"
        + " eval.json)");
    assertThat(plain.resolve("report.html")).doesNotExist();
  }

  private static Path copyRun(Path to) throws Exception {
    Files.createDirectories(to);
    for (String name : new String[] {"run.json", "trajectory.jsonl", "result.json", "trajectory.patch"}) {
      Files.copy(run.resolve(name), to.resolve(name));
    }
    return to;
  }
}
