package dev.fixer.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinishToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ToolContext CONTEXT = new ToolContext(3, "finish:0", null);

  @Test
  void anAcceptedFinishEndsTheRunWithTheSummary() throws Exception {
    ToolResult result = new FinishTool(FinishReview.NONE).call(args("{\"summary\": \"  Fixed sum().\\n\"}"), CONTEXT);

    assertThat(result).isEqualTo(ToolResult.finished("The run ends here.", "Fixed sum()."));
  }

  @Test
  void aBlankSummaryIsAFailureTheModelCanCorrect() throws Exception {
    List<String> reviewed = new ArrayList<>();
    FinishTool finish = new FinishTool((summary, keep) -> {
      reviewed.add(summary);
      return Optional.empty();
    });

    ToolResult result = finish.call(args("{\"summary\": \" \\n \"}"), CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("summary is empty").contains("tests you ran");
    assertThat(reviewed).isEmpty();
  }

  @Test
  void anObjectionIsWhatTheModelReadsInsteadAndTheRunGoesOn() throws Exception {
    FinishTool finish = new FinishTool((summary, keep) -> Optional.of("scratch.py is not part of the change: delete it"));

    ToolResult result = finish.call(args("{\"summary\": \"Fixed.\"}"), CONTEXT);

    assertThat(result).isEqualTo(ToolResult.failure("scratch.py is not part of the change: delete it"));
  }

  @Test
  void theReviewSeesTheSummaryAndTheFilesToKeepWithoutBlanks() throws Exception {
    List<List<String>> kept = new ArrayList<>();
    FinishTool finish = new FinishTool((summary, keep) -> {
      kept.add(keep);
      return Optional.empty();
    });

    finish.call(args("{\"summary\": \"Moved it.\", \"keep\": [\" src/New.java \", \"\", \"docs/new.md\"]}"), CONTEXT);
    finish.call(args("{\"summary\": \"No new files.\"}"), CONTEXT);

    assertThat(kept).containsExactly(List.of("src/New.java", "docs/new.md"), List.of());
  }

  @Test
  void describesItsArgumentsForTheModel() {
    JsonNode parameters = new FinishTool(FinishReview.NONE).parameters();

    assertThat(new FinishTool(FinishReview.NONE).name()).isEqualTo("finish");
    assertThat(parameters.at("/required").toString()).isEqualTo("[\"summary\"]");
    assertThat(parameters.at("/properties/summary/description").asText()).contains("pull request's description");
    assertThat(parameters.at("/properties/keep/type").asText()).isEqualTo("array");
    assertThat(parameters.at("/properties/keep/items/type").asText()).isEqualTo("string");
    assertThat(parameters.at("/properties/keep/description").asText()).contains("git mv")
        .contains("Scratch files must not be listed");
  }

  private static JsonNode args(String json) throws Exception {
    return JSON.readTree(json);
  }
}
