package dev.fixer.core.agent;

import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.MarkerTools;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.trajectory.JsonlTrajectory;
import java.nio.file.Path;
import java.util.List;

/** A run in its own JVM, for a test to kill: {@code <base-url> <trajectory> <marks>}. */
public final class KillableRunMain {

  private KillableRunMain() {}

  public static void main(String[] args) throws Exception {
    ModelSettings settings = ModelSettings.builder().baseUrl(args[0]).apiKey(AgentHarness.API_KEY).build();
    Path marks = Path.of(args[2]);
    Agent agent = Agent.builder(ChatCompletionsModel.create(settings))
        .tools(List.of(MarkerTools.marker(marks), MarkerTools.hang(marks, true)))
        .build();
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(Path.of(args[1]), Redactor.of(List.of(AgentHarness.API_KEY)))) {
      agent.run(Prompts.opening(new IssueText("#7", "Sum is off by one", "Calculator.sum(2, 2) returns 5."),
          RepoFacts.UNKNOWN), trajectory);
    }
  }
}
