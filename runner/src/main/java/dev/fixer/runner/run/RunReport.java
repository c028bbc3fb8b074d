package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How one {@code fixer run} ended, for the commands that run it for someone else (the Action, a
 * batch).
 *
 * @param exitCode the exit code {@code fixer run} would end with
 * @param json the run's {@code result.json} ({@link #status()} {@code fixed} or {@code not_fixed}),
 *     or, when it stopped before the run began, {@code {"status": "error", "error": ...}}
 */
public record RunReport(int exitCode, ObjectNode json) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public RunReport {
    Objects.requireNonNull(json, "json");
    json = json.deepCopy();
  }

  /** {@code fixed}, {@code not_fixed} or {@code error}. */
  public String status() {
    return json.path("status").asText("error");
  }

  /** Why it ended as it did, in words. */
  public String reason() {
    return json.hasNonNull("reason") ? json.get("reason").asText() : json.path("error").asText("");
  }

  /** The pull request that carries the fix, when one was opened or updated. */
  public Optional<String> prUrl() {
    return text("pr_url");
  }

  /** The run directory, for {@code --resume}, once the run began. */
  public Optional<Path> runDir() {
    return text("run_dir").map(Path::of);
  }

  /** A few lines of Markdown on how the run ended, for a workflow's step summary or a report. */
  public String summaryMarkdown() {
    return GitHubTexts.summary(json);
  }

  /**
   * The outcome of a run in {@code runDir} that ended before whoever started it could record it (a
   * batch or evaluation killed just then): a fix with its pull request, or an end other than an
   * interruption. Empty when the run is to be resumed instead.
   */
  public static Optional<RunReport> endedIn(Path runDir) {
    Path result = runDir.resolve("result.json");
    if (!Files.isRegularFile(result)) {
      return Optional.empty();
    }
    try {
      JsonNode json = JSON.readTree(Files.readString(result));
      String status = json.path("status").asText();
      boolean published = (status.equals("fixed") || status.equals("unverified")) && json.hasNonNull("pr_url");
      boolean stopped = (status.equals("not_fixed") || status.equals("unverified") && !json.path("branch").isTextual())
          && !json.path("agent_status").asText().equals("interrupted");
      return published || stopped
          ? Optional.of(new RunReport(json.path("exit_code").asInt(ExitCodes.NOT_DONE), (ObjectNode) json))
          : Optional.empty();
    } catch (IOException | ClassCastException e) {
      return Optional.empty();
    }
  }

  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  private Optional<String> text(String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
