package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixer show} on a real recorded run, a run killed mid-line, and directories that are no run. */
class ShowCommandTest {

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

  @Test
  void printsTheTitleEachStepWithItsCallsTheTransitionsTheDiffAndTheTotals() {
    assertThat(fixer("show", run.toString())).as("%s", err).isZero();

    String text = out.toString();
    assertThat(text).startsWith(StatsRepo.TITLE + "\n");
    assertThat(text.lines().filter(line -> line.startsWith("step "))).hasSize(4);
    assertThat(text).contains("thinking: Read the code and run the failing test.")
        .contains("→ read_file path=" + StatsRepo.SOURCE).contains("→ finish summary=")
        .contains("Outcome: fixed").contains("fail → pass  " + RecordedRuns.TEST_ID)
        .contains("+    if (sorted.length % 2 == 0) {")
        .containsPattern("Tokens: 19500 prompt \\(13200 cached, 68%\\), 460 completion · \\$0\\.\\d{4}");
  }

  @Test
  void boundsALongOutputToItsFirstAndLastLines() {
    assertThat(fixer("show", run.toString())).isZero();

    // read_file shows Stats.java, 34 lines: the first 4 and the last 3 are printed
    assertThat(out.toString()).contains("… 27 lines …").doesNotContain("  14\t");
  }

  @Test
  void printsOneJsonObjectWithTheStepsTheirCallsAndTheOutcome() throws Exception {
    assertThat(fixer("show", run.toString(), "--json")).isZero();

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("steps")).hasSize(4);
    assertThat(json.path("steps").get(1).path("tool_calls").get(0).path("name").asText()).isEqualTo("edit");
    assertThat(json.path("steps").get(0).path("tool_calls").get(0).path("output").asText()).contains("package demo;");
    assertThat(json.path("outcome").path("status").asText()).isEqualTo("fixed");
    assertThat(json.path("totals").path("prompt").asLong()).isEqualTo(19_500);
  }

  @Test
  void latestIsTheNewestRunUnderFixerHome() throws Exception {
    Path runs = Files.createDirectories(temp.resolve("fixer-home/runs"));
    Path older = copyRun(runs.resolve("20240101-000000-old"));
    Files.writeString(older.resolve("run.json"), Files.readString(older.resolve("run.json"))
        .replace(StatsRepo.TITLE, "An older run"));
    copyRun(runs.resolve("20250101-000000-new"));

    assertThat(fixer("show", "latest")).as("%s", err).isZero();
    assertThat(out.toString()).startsWith(StatsRepo.TITLE);
  }

  @Test
  void aRunKilledMidLineShowsWhatItHasAndSaysItWasCutOff() throws Exception {
    Path killed = copyRun(temp.resolve("killed"));
    Files.delete(killed.resolve("result.json"));
    Path trajectory = killed.resolve("trajectory.jsonl");
    String text = Files.readString(trajectory);
    int cut = text.lastIndexOf('\n', text.indexOf("\"step\":3")) + 1;
    Files.writeString(trajectory, text.substring(0, cut + 30));

    assertThat(fixer("show", killed.toString())).as("%s", err).isZero();
    assertThat(out.toString()).contains("note: the run was cut off: its last line is incomplete")
        .contains("Outcome: none (the agent did not finish)");
    assertThat(out.toString().lines().filter(line -> line.startsWith("step "))).hasSize(2);
  }

  @Test
  void aDirectoryThatIsNoRunIsAUsageErrorThatSaysWhatWasExpected() throws Exception {
    Path plain = Files.createDirectories(temp.resolve("plain"));

    assertThat(fixer("show", plain.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(plain + " is not a fixer run, batch or evaluation")
        .contains("expected a run directory (with run.json)");
  }

  @Test
  void aBatchIsNoRunToShowAndTheErrorSaysWhatToPassInstead() throws Exception {
    Path batch = Files.createDirectories(temp.resolve("a-batch"));
    Files.writeString(batch.resolve("state.json"), "{\"version\":1,\"repo\":\"o/r\",\"label\":\"l\",\"issues\":[]}");

    assertThat(fixer("show", batch.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is a batch, not a run").contains("fixer report " + batch);
  }

  private static Path copyRun(Path to) throws Exception {
    Files.createDirectories(to);
    for (String name : new String[] {"run.json", "trajectory.jsonl", "result.json", "trajectory.patch"}) {
      Files.copy(run.resolve(name), to.resolve(name));
    }
    return to;
  }
}
