package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SWE-bench predictions files. Reads what SWE-bench's harness reads: JSONL (one prediction a line), a
 * JSON array of predictions, or a JSON object of predictions keyed by instance id. Writes JSONL.
 */
public final class Predictions {

  private Predictions() {}

  /**
   * The predictions in {@code file}, by instance id in file order. A {@code model_patch} that is null or
   * absent is empty. An id given twice keeps its first place and its last prediction, as in SWE-bench.
   *
   * @throws FixerException a usage error naming the file, and the line or entry at fault
   */
  public static Map<String, Prediction> read(Path file) {
    String text = text(file);
    Map<String, Prediction> predictions = new LinkedHashMap<>();
    JsonNode whole = whole(file, text.strip());
    if (whole != null) {
      readWhole(file, whole, predictions);
      return predictions;
    }
    String[] lines = text.split("\\r?\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        try {
          add(decode(JsonFields.parse(lines[i]), null), predictions);
        } catch (IllegalArgumentException e) {
          throw invalid(file, "line " + (i + 1), e);
        }
      }
    }
    return predictions;
  }

  /** The file as one JSON array or object; null when it is JSONL (or empty). */
  private static JsonNode whole(Path file, String text) {
    try {
      return text.startsWith("[") || text.startsWith("{") ? JsonFields.parse(text) : null;
    } catch (IllegalArgumentException e) {
      if (text.startsWith("[")) {
        throw invalid(file, "(a JSON array)", e);
      }
      return null;
    }
  }

  private static void readWhole(Path file, JsonNode root, Map<String, Prediction> predictions) {
    if (root.has("instance_id")) {
      try {
        add(decode(root, null), predictions);
      } catch (IllegalArgumentException e) {
        throw invalid(file, "line 1", e);
      }
      return;
    }
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        try {
          add(decode(root.get(i), null), predictions);
        } catch (IllegalArgumentException e) {
          throw invalid(file, "entry " + (i + 1), e);
        }
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      try {
        add(decode(field.getValue(), field.getKey()), predictions);
      } catch (IllegalArgumentException e) {
        throw invalid(file, "key " + field.getKey(), e);
      }
    }
  }

  private static Prediction decode(JsonNode node, String key) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    String id = JsonFields.text(node, "instance_id");
    if (id.isBlank()) {
      if (key == null) {
        throw new IllegalArgumentException("it has no \"instance_id\"");
      }
      id = key;
    } else if (key != null && !key.equals(id)) {
      throw new IllegalArgumentException("its \"instance_id\" is " + id);
    }
    return new Prediction(id, JsonFields.text(node, "model_name_or_path"), JsonFields.text(node, "model_patch"));
  }

  private static void add(Prediction prediction, Map<String, Prediction> predictions) {
    predictions.put(prediction.instanceId(), prediction);
  }

  private static FixerException invalid(Path file, String where, IllegalArgumentException e) {
    return FixerException.usage("predictions " + file + " " + where + ": " + e.getMessage()
        + "; give SWE-bench predictions with instance_id, model_name_or_path and model_patch", e);
  }

  private static String text(Path file) {
    try {
      return TextFiles.decodeUtf8(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      throw FixerException.usage("predictions " + file + " is not UTF-8 text; give a JSONL file of predictions", e);
    } catch (IOException e) {
      throw FixerException.usage("cannot read predictions " + file + " (" + TextFiles.reason(e)
          + "); give a readable predictions file", e);
    }
  }

  /**
   * Replaces {@code file} at once with {@code predictions} as JSONL, each line exactly
   * {@code instance_id}, {@code model_name_or_path} and {@code model_patch}.
   *
   * @throws IllegalArgumentException if an instance id is given twice
   * @throws FixerException an infrastructure error when the file cannot be written
   */
  public static void write(Path file, List<Prediction> predictions) {
    Set<String> ids = new HashSet<>();
    StringBuilder text = new StringBuilder();
    for (Prediction prediction : predictions) {
      if (!ids.add(prediction.instanceId())) {
        throw new IllegalArgumentException("two predictions for " + prediction.instanceId());
      }
      text.append(JsonNodeFactory.instance.objectNode().put("instance_id", prediction.instanceId())
          .put("model_name_or_path", prediction.modelNameOrPath()).put("model_patch", prediction.modelPatch()))
          .append('\n');
    }
    EvalFiles.write(file, text.toString(), "predictions");
  }
}
