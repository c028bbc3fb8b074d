package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionsTest {

  private static final Prediction FIRST = new Prediction("b__b-2", "fixer/model", "diff --git a/x b/x\n+\"quoted\"\n");
  private static final Prediction SECOND = new Prediction("a__a-1", "fixer/model", "");

  @TempDir Path dir;

  @Test
  void writtenPredictionsReadBackInTheirOrder() {
    Path file = dir.resolve("predictions.jsonl");

    Predictions.write(file, List.of(FIRST, SECOND));

    assertThat(Predictions.read(file)).containsExactly(Map.entry("b__b-2", FIRST), Map.entry("a__a-1", SECOND));
    assertThat(file.resolveSibling("predictions.jsonl.tmp")).doesNotExist();
  }

  @Test
  void eachWrittenLineHasExactlyTheThreeSweBenchKeys() throws IOException {
    Path file = dir.resolve("predictions.jsonl");

    Predictions.write(file, List.of(SECOND));

    assertThat(Files.readString(file))
        .isEqualTo("{\"instance_id\":\"a__a-1\",\"model_name_or_path\":\"fixer/model\",\"model_patch\":\"\"}\n");
  }

  @Test
  void readsAJsonArrayOfPredictions() throws IOException {
    Path file = write("[\n {\"instance_id\": \"b__b-2\", \"model_name_or_path\": \"m\", \"model_patch\": \"p\"},\n"
        + " {\"instance_id\": \"a__a-1\", \"model_name_or_path\": \"m\", \"model_patch\": null}\n]\n");

    assertThat(Predictions.read(file).values()).containsExactly(new Prediction("b__b-2", "m", "p"),
        new Prediction("a__a-1", "m", ""));
  }

  @Test
  void readsAJsonObjectKeyedByInstanceId() throws IOException {
    Path file = write("{\n \"b__b-2\": {\"model_name_or_path\": \"m\", \"model_patch\": \"p\"},\n"
        + " \"a__a-1\": {\"instance_id\": \"a__a-1\", \"model_name_or_path\": \"m\"}\n}");

    assertThat(Predictions.read(file).values()).containsExactly(new Prediction("b__b-2", "m", "p"),
        new Prediction("a__a-1", "m", ""));
  }

  @Test
  void aSinglePredictionSpreadOverLinesIsOnePrediction() throws IOException {
    Path file = write("{\n \"instance_id\": \"a__a-1\",\n \"model_name_or_path\": \"m\",\n"
        + " \"model_patch\": \"p\"\n}\n");

    assertThat(Predictions.read(file).values()).containsExactly(new Prediction("a__a-1", "m", "p"));
  }

  @Test
  void anIdGivenTwiceKeepsItsPlaceAndTakesTheLastPrediction() throws IOException {
    Path file = write("{\"instance_id\":\"a\",\"model_patch\":\"old\"}\n{\"instance_id\":\"b\"}\n"
        + "{\"instance_id\":\"a\",\"model_patch\":\"new\"}\n");

    assertThat(Predictions.read(file).values()).extracting(Prediction::instanceId, Prediction::modelPatch)
        .containsExactly(tuple("a", "new"), tuple("b", ""));
  }

  @Test
  void aBadLineIsAUsageErrorNamingTheFileAndLine() throws IOException {
    Path file = write("{\"instance_id\":\"a\",\"model_patch\":\"\"}\n\n{\"model_patch\":\"x\"}\n");

    assertThatThrownBy(() -> Predictions.read(file)).isInstanceOfSatisfying(FixerException.class,
        e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("predictions " + file + " line 3: it has no \"instance_id\"; give SWE-bench predictions with"
            + " instance_id, model_name_or_path and model_patch");
  }

  @Test
  void aTornLineIsAUsageErrorNamingTheLine() throws IOException {
    Path file = write("{\"instance_id\":\"a\",\"model_patch\":\"\"}\n{\"instance_id\":\"b\",\"model_pa");

    assertThatThrownBy(() -> Predictions.read(file)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("predictions " + file + " line 2: it is not valid JSON (");
  }

  @Test
  void aKeyedEntryWhoseIdDiffersFromItsKeyIsAUsageError() throws IOException {
    Path file = write("{\"a\": {\"instance_id\": \"b\"}}");

    assertThatThrownBy(() -> Predictions.read(file)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("predictions " + file + " key a: its \"instance_id\" is b;");
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("none.jsonl");

    assertThatThrownBy(() -> Predictions.read(missing)).isInstanceOf(FixerException.class)
        .hasMessage("cannot read predictions " + missing + " (it does not exist); give a readable predictions file");
  }

  @Test
  void goldTakesTheDatasetsPatchAndEmptyTakesNone() {
    Instance instance = new Instance("a__a-1", "a/a", "abc", "", "", "", List.of(), List.of(), "the fix", "", "", "",
        "", "", 1);

    assertThat(Prediction.gold(instance)).isEqualTo(new Prediction("a__a-1", "gold", "the fix"));
    assertThat(Prediction.empty(instance)).isEqualTo(new Prediction("a__a-1", "empty", ""));
  }

  private Path write(String text) throws IOException {
    Path file = Files.createTempFile(dir, "predictions", ".json");
    Files.writeString(file, text);
    return file;
  }
}
