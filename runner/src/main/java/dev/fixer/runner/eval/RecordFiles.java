package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The record files of an instance, {@code inference.json} and {@code score.json}, as snake_case JSON.
 * Writes replace a file at once; a file that is absent, torn or not a record reads as absent, so the
 * step that writes it is done again.
 */
public final class RecordFiles {

  private RecordFiles() {}

  /** @throws FixerException an infrastructure error when the file cannot be written */
  public static void write(Path file, InferenceRecord record) {
    EvalFiles.write(file, RecordJson.encode(record).toPrettyString() + "\n", "inference record");
  }

  /** @throws FixerException an infrastructure error when the file cannot be written */
  public static void write(Path file, ScoreRecord record) {
    EvalFiles.write(file, RecordJson.encode(record).toPrettyString() + "\n", "score record");
  }

  /** The inference record in {@code file}; empty when it is absent or no valid record. */
  public static Optional<InferenceRecord> readInference(Path file) {
    return read(file, RecordJson::inference);
  }

  /** The score record in {@code file}; empty when it is absent or no valid record. */
  public static Optional<ScoreRecord> readScore(Path file) {
    return read(file, RecordJson::score);
  }

  /**
   * The inference record of {@code instanceId} in {@code dir}; empty when absent, invalid, or of another id
   * (two ids of one file name).
   */
  public static Optional<InferenceRecord> inference(EvalDir dir, String instanceId) {
    return readInference(dir.inference(instanceId)).filter(record -> record.instanceId().equals(instanceId));
  }

  /**
   * The score record of {@code instanceId} in {@code dir}; empty when absent, invalid, or of another id
   * (two ids of one file name).
   */
  public static Optional<ScoreRecord> score(EvalDir dir, String instanceId) {
    return readScore(dir.score(instanceId)).filter(record -> record.instanceId().equals(instanceId));
  }

  private static <T> Optional<T> read(Path file, Function<JsonNode, T> decode) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(decode.apply(JsonFields.parse(TextFiles.decodeUtf8(Files.readAllBytes(file)))));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
