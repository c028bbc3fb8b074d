package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fixer eval} commands' usage errors: each named, with exit 2, before anything runs. */
class EvalCommandTest {

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int fixer(String... args) {
    return Main.run(Map.of("FIXER_HOME", temp.resolve("home").toString(), "PATH", System.getenv("PATH")), temp,
        false, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void evalWithoutASubcommandNamesThem() {
    assertThat(fixer("eval")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("fixer eval needs a subcommand: run, score or merge");
  }

  @Test
  void theTopLevelHelpListsEval() {
    assertThat(fixer("--help")).isZero();
    assertThat(out.toString()).contains("eval");
  }

  @Test
  void aMissingDatasetIsAUsageError() {
    assertThat(fixer("eval", "run", "nowhere.jsonl", "-o", temp.resolve("eval").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("nowhere.jsonl");
    assertThat(temp.resolve("eval")).doesNotExist();
  }

  @Test
  void aMissingPredictionsFileIsAUsageError() throws Exception {
    Files.writeString(temp.resolve("d.jsonl"), "{}\n");
    assertThat(fixer("eval", "score", "d.jsonl", "--predictions", "preds.jsonl")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--predictions preds.jsonl: no such file; give a predictions file, gold or"
        + " empty");
  }

  @Test
  void aBadShardIsAUsageError() throws Exception {
    Files.writeString(temp.resolve("d.jsonl"), "{}\n");
    assertThat(fixer("eval", "run", "d.jsonl", "--shard", "3/2")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--shard 3/2");
  }

  @Test
  void mergeNeedsTheShardsDirectories() {
    assertThat(fixer("eval", "merge", "d.jsonl", "-o", "out")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("DIR");
  }
}
