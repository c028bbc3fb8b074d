package dev.fixer.runner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.run.RunReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** State entries made from what happened to an issue. */
final class BatchEntries {

  private BatchEntries() {}

  static BatchEntry skipped(Candidate issue, String reason, Optional<String> prUrl) {
    return new BatchEntry(issue.number(), issue.title(), BatchEntry.Status.SKIPPED, Optional.empty(), prUrl,
        0, 0, 0, 0, 0, 0, OptionalInt.empty(), reason, Instant.now());
  }

  static BatchEntry running(Candidate issue, Path runDir) {
    return new BatchEntry(issue.number(), issue.title(), BatchEntry.Status.RUNNING, Optional.of(runDir),
        Optional.empty(), 0, 0, 0, 0, 0, 0, OptionalInt.empty(), "running", Instant.now());
  }

  static BatchEntry of(Candidate issue, RunReport report, Path runDir) {
    JsonNode json = report.json();
    JsonNode tokens = json.path("tokens");
    BatchEntry.Status status = switch (report.status()) {
      case "fixed" -> BatchEntry.Status.FIXED;
      case "unverified" -> BatchEntry.Status.UNVERIFIED;
      case "not_fixed" -> BatchEntry.Status.NOT_FIXED;
      default -> BatchEntry.Status.FAILED;
    };
    return new BatchEntry(issue.number(), issue.title(), status, Optional.of(runDir), report.prUrl(),
        json.path("steps").asInt(), tokens.path("prompt").asLong(), tokens.path("cached").asLong(),
        tokens.path("completion").asLong(), json.path("cost_usd").asDouble(), json.path("elapsed_ms").asLong(),
        OptionalInt.of(report.exitCode()), report.reason(), Instant.now());
  }
}
