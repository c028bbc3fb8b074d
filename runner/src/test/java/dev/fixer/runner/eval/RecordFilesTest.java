package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFilesTest {

  static final InferenceRecord INFERENCE = new InferenceRecord("a__a-1", "fixed", "the tests pass", 0, 12, 50_000,
      30_000, 2_000, 0.125, 60_000, 90_000, 40_000, 15_000, 812, "instances/a__a-1/run");
  static final ScoreRecord SCORE = new ScoreRecord("a__a-1", ScoreRecord.UNRESOLVED, "1 PASS_TO_PASS test failed",
      "applied", List.of("t::a"), List.of(), List.of("t::b"), List.of("t::c", "t::d"), List.of("t::d"),
      "predictions.jsonl", 30_000, 20_000);

  @TempDir Path dir;

  @Test
  void anInferenceRecordReadsBackAsWritten() {
    Path file = dir.resolve("i/inference.json");

    RecordFiles.write(file, INFERENCE);

    assertThat(RecordFiles.readInference(file)).contains(INFERENCE);
  }

  @Test
  void anUncountedCostStaysNull() {
    Path file = dir.resolve("inference.json");
    InferenceRecord error = InferenceRecord.error("a__a-1", 2, "no such commit", 1_500);

    RecordFiles.write(file, error);

    assertThat(RecordFiles.readInference(file)).contains(error);
    assertThat(RecordFiles.readInference(file).orElseThrow().costUsd()).isNull();
  }

  @Test
  void theInferenceJsonIsSnakeCaseWithTokensTogether() throws IOException {
    Path file = dir.resolve("inference.json");

    RecordFiles.write(file, INFERENCE);

    JsonNode node = JsonFields.MAPPER.readTree(file.toFile());
    assertThat(node.fieldNames()).toIterable().containsExactly("instance_id", "status", "reason", "exit_code",
        "steps", "tokens", "cost_usd", "agent_ms", "wall_ms", "model_ms", "test_ms", "patch_bytes", "run_dir");
    assertThat(node.at("/tokens/cached").asLong()).isEqualTo(30_000);
    assertThat(node.get("cost_usd").asDouble()).isEqualTo(0.125);
  }

  @Test
  void aScoreRecordReadsBackAsWrittenWithItsTestLists() throws IOException {
    Path file = dir.resolve("score.json");

    RecordFiles.write(file, SCORE);

    assertThat(RecordFiles.readScore(file)).contains(SCORE);
    JsonNode node = JsonFields.MAPPER.readTree(file.toFile());
    assertThat(node.fieldNames()).toIterable().containsExactly("instance_id", "status", "reason", "patch",
        "fail_to_pass", "pass_to_pass", "missing", "predictions", "wall_ms", "test_ms");
    assertThat(node.at("/pass_to_pass/failed").toString()).isEqualTo("[\"t::c\",\"t::d\"]");
  }

  @Test
  void anAbsentFileReadsAsNoRecord() {
    assertThat(RecordFiles.readInference(dir.resolve("inference.json"))).isEmpty();
    assertThat(RecordFiles.readScore(dir.resolve("score.json"))).isEmpty();
  }

  @Test
  void aTornOrWrongFileReadsAsNoRecord() throws IOException {
    Path file = dir.resolve("score.json");
    RecordFiles.write(file, SCORE);
    String whole = Files.readString(file);

    Files.writeString(file, whole.substring(0, whole.length() / 2));
    assertThat(RecordFiles.readScore(file)).isEmpty();

    Files.writeString(file, whole.replace("\"wall_ms\" : 30000", "\"wall_ms\" : \"soon\""));
    assertThat(RecordFiles.readScore(file)).isEmpty();

    RecordFiles.write(file, INFERENCE);
    assertThat(RecordFiles.readScore(file)).isEmpty();
  }

  @Test
  void anInstancesRecordIsFoundByItsIdAndNotByAnotherOfTheSameFileName() {
    EvalDir eval = new EvalDir(dir);
    RecordFiles.write(eval.inference("a__a-1"), INFERENCE);
    RecordFiles.write(eval.score("a/a#1"), SCORE);

    assertThat(RecordFiles.inference(eval, "a__a-1")).contains(INFERENCE);
    assertThat(eval.score("a_a_1")).isEqualTo(eval.score("a/a#1"));
    assertThat(RecordFiles.score(eval, "a/a#1")).isEmpty();
    assertThat(RecordFiles.score(eval, "a_a_1")).isEmpty();
  }
}
