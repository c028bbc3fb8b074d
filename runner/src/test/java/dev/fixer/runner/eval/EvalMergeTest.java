package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMergeTest {

  @TempDir Path dir;
  private Dataset dataset;
  private EvalDir first;
  private EvalDir second;

  @BeforeEach
  void writeTwoShards() throws IOException {
    dataset = EvalRecords.dataset(dir);
    first = new EvalDir(dir.resolve("shard-1"));
    second = new EvalDir(dir.resolve("shard-2"));
    EvalManifest.open(first, dataset, new Shard(1, 2), EvalReportTest.CLOCK);
    EvalManifest.open(second, dataset, new Shard(2, 2), EvalReportTest.CLOCK);
    EvalRecords.write(first, 0);
    EvalRecords.write(first, 3);
    EvalRecords.write(second, 1);
    EvalRecords.write(second, 2);
    Predictions.write(first.predictions(), List.of(prediction(3), prediction(0)));
    Predictions.write(second.predictions(), List.of(prediction(2), prediction(1)));
  }

  @Test
  void mergedShardsGiveTheReportOfOneDirectoryHoldingEveryRecord() throws IOException {
    EvalDir merged = new EvalDir(dir.resolve("merged"));
    EvalDir whole = new EvalDir(dir.resolve("whole"));
    EvalManifest.open(whole, dataset, Shard.ALL, EvalReportTest.CLOCK);
    for (int i = 0; i < 4; i++) {
      EvalRecords.write(whole, i);
    }
    String wholeMarkdown = EvalReport.of(dataset, whole).write();

    String markdown = EvalMerge.merge(dataset, merged, List.of(first, second), EvalReportTest.CLOCK);

    assertThat(Files.readString(merged.reportJson())).isEqualTo(Files.readString(whole.reportJson()));
    assertThat(markdown).isEqualTo(wholeMarkdown).contains("**Resolved: 2 of 4 scored (50.0%)**")
        .contains("1 not run");
    assertThat(EvalManifest.read(merged).orElseThrow().shard()).isEqualTo(Shard.ALL);
    assertThat(RecordFiles.readScore(merged.score("acme__web-3")))
        .isEqualTo(RecordFiles.readScore(second.score("acme__web-3"))).isPresent();
  }

  @Test
  void thePredictionsAreTheUnionInDatasetOrder() {
    EvalDir merged = new EvalDir(dir.resolve("merged"));

    EvalMerge.merge(dataset, merged, List.of(second, first), EvalReportTest.CLOCK);

    assertThat(Predictions.read(merged.predictions()).keySet())
        .containsExactly("acme__calc-1", "acme__calc-2", "acme__web-3", "acme__web-4");
  }

  @Test
  void copiesRecordsButNotRunDirectories() throws IOException {
    Files.createDirectories(first.run("acme__calc-1"));
    Files.writeString(first.run("acme__calc-1").resolve("run.json"), "{}");
    EvalDir merged = new EvalDir(dir.resolve("merged"));

    EvalMerge.merge(dataset, merged, List.of(first, second), EvalReportTest.CLOCK);

    assertThat(merged.inference("acme__calc-1")).isRegularFile();
    assertThat(merged.run("acme__calc-1")).doesNotExist();
  }

  @Test
  void anInstanceInTwoShardsIsAUsageErrorAndNothingIsWritten() {
    EvalRecords.write(second, 0);
    EvalDir merged = new EvalDir(dir.resolve("merged"));

    assertThatThrownBy(() -> EvalMerge.merge(dataset, merged, List.of(first, second)))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("instance acme__calc-1 has records in both " + first.root() + " and " + second.root()
            + "; merge the shards of one evaluation, each run with its own --shard");
    assertThat(merged.root()).doesNotExist();
  }

  @Test
  void aShardOfAnotherDatasetIsAUsageErrorNamingIt() throws IOException {
    Path otherFile = dir.resolve("other.jsonl");
    Files.writeString(otherFile, DatasetTest.SWE_BENCH + "\n");
    Dataset other = Dataset.load(otherFile, false);
    EvalDir stranger = new EvalDir(dir.resolve("stranger"));
    EvalManifest.open(stranger, other, Shard.ALL, EvalReportTest.CLOCK);

    assertThatThrownBy(() -> EvalMerge.merge(dataset, new EvalDir(dir.resolve("merged")), List.of(first, stranger)))
        .isInstanceOf(FixerException.class)
        .hasMessage(stranger.root() + " holds an evaluation of another dataset (" + other.path() + "), not of "
            + dataset.path() + "; merge only the shards of one dataset");
  }

  @Test
  void aDirectoryWithoutAnEvaluationIsAUsageErrorNamingIt() {
    EvalDir empty = new EvalDir(dir.resolve("empty"));

    assertThatThrownBy(() -> EvalMerge.merge(dataset, new EvalDir(dir.resolve("merged")), List.of(first, empty)))
        .isInstanceOf(FixerException.class)
        .hasMessage(empty.root() + " holds no evaluation (no eval.json); name the --output directories of fixer eval"
            + " runs");
  }

  @Test
  void aTargetHoldingAnotherDatasetIsRefused() throws IOException {
    Path otherFile = dir.resolve("other.jsonl");
    Files.writeString(otherFile, DatasetTest.SWE_BENCH + "\n");
    EvalDir target = new EvalDir(dir.resolve("taken"));
    EvalManifest.open(target, Dataset.load(otherFile, false), "1/1");

    assertThatThrownBy(() -> EvalMerge.merge(dataset, target, List.of(first, second)))
        .isInstanceOf(FixerException.class).hasMessageContaining("holds an evaluation of another dataset");
    assertThat(target.inference("acme__calc-1")).doesNotExist();
  }

  private static Prediction prediction(int index) {
    return new Prediction(EvalRecords.IDS.get(index), "fixer/model", "patch " + index);
  }
}
