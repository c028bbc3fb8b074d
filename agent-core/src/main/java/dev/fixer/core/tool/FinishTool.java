package dev.fixer.core.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code finish}: the model says the work is done and gives the summary that becomes the pull
 * request's description. A blank summary, or one the {@link FinishReview} objects to, is a
 * {@link ToolResult.Failure} the model reads, and the run goes on; an accepted finish is
 * {@link ToolResult.Finished}, and the agent ends the run as completed after this call.
 */
public final class FinishTool implements Tool {

  public static final String NAME = "finish";
  static final String ENDED = "The run ends here.";

  private final FinishReview review;
  private final JsonNode parameters = parameters(new ObjectMapper());

  /** A finish tool whose calls {@code review} checks before the run ends. */
  public FinishTool(FinishReview review) {
    this.review = Objects.requireNonNull(review, "review");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "End the run: when the work is done (the change is made, its tests pass, scratch files are"
        + " deleted), or when you are sure the issue cannot be fixed. Your summary becomes the pull"
        + " request's description. Call it alone, as the last call of your reply. If fixer finds a"
        + " problem with the change, you read it instead and the run goes on.";
  }

  @Override
  public JsonNode parameters() {
    return parameters;
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) throws InterruptedException {
    String summary = arguments.path("summary").asText("").strip();
    if (summary.isEmpty()) {
      return ToolResult.failure("The summary is empty. Call finish again with a summary: what was wrong,"
          + " what you changed and why, and the tests you ran with their results.");
    }
    Optional<String> objection = review.objection(summary, keep(arguments));
    if (objection.isPresent()) {
      return ToolResult.failure(objection.get());
    }
    return ToolResult.finished(ENDED, summary);
  }

  private static List<String> keep(JsonNode arguments) {
    List<String> keep = new ArrayList<>();
    for (JsonNode path : arguments.path("keep")) {
      String text = path.asText("").strip();
      if (!text.isEmpty()) {
        keep.add(text);
      }
    }
    return List.copyOf(keep);
  }

  private static JsonNode parameters(ObjectMapper json) {
    ObjectNode schema = json.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("summary").put("type", "string").put("description", "What was wrong, what you"
        + " changed and why, and the tests you ran with their results. It becomes the pull request's"
        + " description.");
    ObjectNode keep = properties.putObject("keep").put("type", "array").put("description", "New files that"
        + " commands created (not written with edit) and that belong in the change, e.g. a file produced by"
        + " git mv or a generator. Scratch files must not be listed: delete them instead.");
    keep.putObject("items").put("type", "string");
    schema.putArray("required").add("summary");
    return schema;
  }
}
