package dev.fixer.runner.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code fixer runs --json}: one object, {@code {"runs":[...]}}, newest first. */
public final class RunsJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunsJson() {}

  public static ObjectNode of(List<RunEntry> runs) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode array = node.putArray("runs");
    for (RunEntry run : runs) {
      ObjectNode entry = array.addObject().put("dir", run.dir().toString()).put("started", run.started().toString())
          .put("status", run.outcome().wireName()).put("issue_title", run.issueTitle());
      run.issueNumber().ifPresentOrElse(number -> entry.put("issue_number", number), () -> entry.putNull("issue_number"));
      entry.put("cost_usd", run.costUsd().orElse(null)).put("bytes", run.bytes())
          .put("last_change", run.lastChange().toString()).put("unpublished_fix", run.unpublishedFix());
    }
    return node;
  }
}
