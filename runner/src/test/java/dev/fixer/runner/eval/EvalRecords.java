package dev.fixer.runner.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A small evaluation written by hand for the report and merge tests: five instances in two
 * repositories, four of them with records, one not run.
 */
final class EvalRecords {

  static final List<String> IDS = List.of("acme__calc-1", "acme__calc-2", "acme__web-3", "acme__web-4", "acme__web-5");

  private EvalRecords() {}

  static Dataset dataset(Path dir) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String id : IDS) {
      String repo = id.startsWith("acme__calc") ? "acme/calc" : "acme/web";
      lines.append("{\"instance_id\":\"").append(id).append("\",\"repo\":\"").append(repo)
          .append("\",\"base_commit\":\"abc\",\"patch\":\"gold ").append(id).append("\"}\n");
    }
    lines.append("{\"repo\":\"acme/web\"}\n");
    Path file = dir.resolve("dataset.jsonl");
    Files.writeString(file, lines.toString());
    return Dataset.load(file, true);
  }

  static InferenceRecord inference(String id, String status, int steps, long prompt, long cached, long completion,
      Double cost, long wallMs) {
    return new InferenceRecord(id, status, status + " because", status.equals("error") ? 2 : 0, steps, prompt, cached,
        completion, cost, wallMs / 2, wallMs, wallMs / 4, wallMs / 8, 100, "instances/" + id + "/run");
  }

  static ScoreRecord score(String id, String status, int f2pPassed, int f2pFailed) {
    return new ScoreRecord(id, status, status.equals(ScoreRecord.RESOLVED) ? "" : "tests failed", "applied",
        tests("f", f2pPassed), tests("g", f2pFailed), tests("p", 3), List.of(), List.of(), "predictions.jsonl",
        10_000, 8_000);
  }

  private static List<String> tests(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(n -> prefix + n).toList();
  }

  /** Writes the records of instance {@code index} (0-based) of {@link #IDS} into {@code dir}. */
  static void write(EvalDir dir, int index) {
    String id = IDS.get(index);
    switch (index) {
      case 0 -> {
        RecordFiles.write(dir.inference(id), inference(id, "fixed", 10, 1_000, 400, 100, 0.10, 60_000));
        RecordFiles.write(dir.score(id), score(id, ScoreRecord.RESOLVED, 2, 0));
      }
      case 1 -> {
        RecordFiles.write(dir.inference(id), inference(id, "fixed", 20, 3_000, 1_000, 300, 0.30, 120_000));
        RecordFiles.write(dir.score(id), score(id, ScoreRecord.UNRESOLVED, 1, 1));
      }
      case 2 -> {
        RecordFiles.write(dir.inference(id), inference(id, "not_fixed", 30, 5_000, 0, 500, null, 180_000));
        RecordFiles.write(dir.score(id), score(id, ScoreRecord.RESOLVED, 1, 0));
      }
      case 3 -> {
        RecordFiles.write(dir.inference(id), inference(id, "unverified", 40, 2_000, 500, 200, 0.20, 240_000));
        RecordFiles.write(dir.score(id), ScoreRecord.error(id, "the test patch\ndoes not apply", "applied",
            "predictions.jsonl", 5_000));
      }
      default -> {
        // instance 5 is not run
      }
    }
  }
}
