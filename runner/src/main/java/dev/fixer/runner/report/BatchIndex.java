package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a batch, from its state file ({@code state.json}, see {@code BatchState}); each issue's run
 * is the {@code run_dir} the state names, else {@code issue-N/run} beside the state file.
 */
final class BatchIndex {

  static final String STATE = "state.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchIndex() {}

  static JsonNode state(Path file) {
    try {
      JsonNode root = JSON.readTree(TextFiles.decodeUtf8(Files.readAllBytes(file)));
      if (root == null || !root.path("issues").isArray()) {
        throw FixerException.usage("the batch state file " + file + " has no list of issues");
      }
      return root;
    } catch (IOException e) {
      throw FixerException.usage("cannot read the batch state file " + file + ": " + TextFiles.reason(e), e);
    }
  }

  static List<IndexRow> rows(Path stateFile, JsonNode state) {
    List<IndexRow> rows = new ArrayList<>();
    for (JsonNode issue : state.path("issues")) {
      int number = issue.path("number").asInt();
      JsonNode cost = issue.path("cost_usd");
      rows.add(new IndexRow("#" + number, issue.path("title").asText(), issue.path("status").asText(), "",
          issue.path("pr_url").asText(""), issue.path("steps").asInt(), cost.isNumber() ? cost.asDouble() : null,
          issue.path("elapsed_ms").asLong(), issue.path("reason").asText(""),
          runDir(stateFile.getParent(), number, issue.path("run_dir").asText("")), "issue-" + number + ".html"));
    }
    return rows;
  }

  private static Optional<Path> runDir(Path batch, int number, String named) {
    for (Path candidate : new Path[] {named.isEmpty() ? null : batch.resolve(named),
        batch.resolve("issue-" + number).resolve("run")}) {
      if (candidate != null && Files.isRegularFile(candidate.resolve(RunFiles.RECORD))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
