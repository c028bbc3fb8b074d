package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.eval.EvalDir;
import dev.fixer.runner.eval.InferenceRecord;
import dev.fixer.runner.eval.RecordFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rows of an evaluation: its instances from {@code report.json} when it was scored or reported, else
 * from each {@code instances/ID/inference.json}; each instance's run in {@code instances/ID/run}.
 */
final class EvalIndex {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalIndex() {}

  static List<IndexRow> rows(EvalDir dir) {
    Optional<JsonNode> report = read(dir.reportJson());
    return report.filter(r -> r.path("instances").isArray()).map(r -> fromReport(dir, r)).orElseGet(() -> fromRecords(dir));
  }

  private static List<IndexRow> fromReport(EvalDir dir, JsonNode report) {
    List<IndexRow> rows = new ArrayList<>();
    for (JsonNode instance : report.path("instances")) {
      String id = instance.path("instance_id").asText();
      JsonNode cost = instance.path("cost_usd");
      rows.add(new IndexRow(id, instance.path("repo").asText(), instance.path("fixer_status").asText(""),
          instance.path("score_status").asText(""), "", instance.path("steps").asInt(),
          cost.isNumber() ? cost.asDouble() : null, instance.path("wall_ms").asLong(),
          instance.path("fixer_reason").asText(""), run(dir, id), page(id)));
    }
    return rows;
  }

  private static List<IndexRow> fromRecords(EvalDir dir) {
    if (!Files.isDirectory(dir.instances())) {
      return List.of();
    }
    try (Stream<Path> instances = Files.list(dir.instances())) {
      return instances.sorted().map(instance -> RecordFiles.readInference(instance.resolve("inference.json")))
          .flatMap(Optional::stream).map(record -> row(dir, record)).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static IndexRow row(EvalDir dir, InferenceRecord record) {
    return new IndexRow(record.instanceId(), "", record.status(), "", "", record.steps(), record.costUsd(),
        record.wallMs(), record.reason(), run(dir, record.instanceId()), page(record.instanceId()));
  }

  private static Optional<Path> run(EvalDir dir, String id) {
    Path run = dir.run(id);
    return Files.isRegularFile(run.resolve(RunFiles.RECORD)) ? Optional.of(run) : Optional.empty();
  }

  private static String page(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+$", "_") + ".html";
  }

  private static Optional<JsonNode> read(Path file) {
    try {
      return Files.isRegularFile(file) ? Optional.ofNullable(JSON.readTree(Files.readString(file))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
