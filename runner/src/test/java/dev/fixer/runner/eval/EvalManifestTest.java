package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalManifestTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void opensANewDirectoryByWritingEvalJson() throws IOException {
    Dataset dataset = dataset("one.jsonl", DatasetTest.SWE_BENCH);
    EvalDir eval = new EvalDir(dir.resolve("out/eval"));

    EvalManifest manifest = EvalManifest.open(eval, dataset, new Shard(2, 3), CLOCK);

    JsonNode json = JsonFields.MAPPER.readTree(eval.evalJson().toFile());
    assertThat(json.get("dataset").asText()).isEqualTo(dataset.path().toString());
    assertThat(json.get("dataset_sha256").asText()).isEqualTo(dataset.sha256());
    assertThat(json.get("instances").asInt()).isEqualTo(1);
    assertThat(json.get("shard").asText()).isEqualTo("2/3");
    assertThat(json.get("created").asText()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(EvalManifest.read(eval)).contains(manifest);
    assertThat(manifest.full()).isFalse();
  }

  @Test
  void reopeningWithTheSameDatasetAndShardResumesIt() throws IOException {
    Dataset dataset = dataset("one.jsonl", DatasetTest.SWE_BENCH);
    EvalDir eval = new EvalDir(dir.resolve("eval"));
    EvalManifest first = EvalManifest.open(eval, dataset, Shard.ALL, CLOCK);

    EvalManifest again = EvalManifest.open(eval, dataset, "1/1");

    assertThat(again).isEqualTo(first);
    assertThat(again.full()).isTrue();
  }

  @Test
  void refusesADirectoryHoldingAnotherDataset() throws IOException {
    Dataset one = dataset("one.jsonl", DatasetTest.SWE_BENCH);
    Dataset other = dataset("other.jsonl", DatasetTest.MULTI_SWE_BENCH);
    EvalDir eval = new EvalDir(dir.resolve("eval"));
    EvalManifest.open(eval, one, "1/1");

    assertThatThrownBy(() -> EvalManifest.open(eval, other, "1/1")).isInstanceOfSatisfying(FixerException.class,
        e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage(eval.root() + " holds an evaluation of another dataset (" + one.path() + ", sha256 "
            + one.sha256().substring(0, 12) + "…); choose another --output directory, or remove it");
  }

  @Test
  void refusesAnotherShardOfTheSameDataset() throws IOException {
    Dataset dataset = dataset("one.jsonl", DatasetTest.SWE_BENCH);
    EvalDir eval = new EvalDir(dir.resolve("eval"));
    EvalManifest.open(eval, dataset, "1/2");

    assertThatThrownBy(() -> EvalManifest.open(eval, dataset, "2/2")).isInstanceOf(FixerException.class)
        .hasMessage(eval.root() + " holds shard 1/2 of this dataset, not 2/2; pass --shard 1/2 to resume it, or"
            + " choose another --output directory");
  }

  @Test
  void anUnreadableEvalJsonIsAUsageErrorNamingIt() throws IOException {
    EvalDir eval = new EvalDir(dir.resolve("eval"));
    Files.createDirectories(eval.root());
    Files.writeString(eval.evalJson(), "{\"dataset\": \"/d.jsonl\"");

    assertThatThrownBy(() -> EvalManifest.read(eval)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("cannot read " + eval.evalJson() + " (it is not valid JSON (")
        .hasMessageEndingWith("); remove the directory " + eval.root() + ", or choose another --output directory");
  }

  @Test
  void aDirectoryWithoutEvalJsonHoldsNoEvaluation() {
    assertThat(EvalManifest.read(new EvalDir(dir))).isEmpty();
  }

  private Dataset dataset(String name, String line) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, line + "\n");
    return Dataset.load(file, false);
  }
}
