package dev.fixer.bench;

import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentConfig;
import dev.fixer.core.agent.Limits;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.model.Model;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.trajectory.JsonlTrajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The loop's own cost per step: everything but the model's thinking and the tools' work. A no-op
 * tool answers 2 KB, so the history grows as in a real run.
 */
final class LoopOverheadBench {

  /** The per-step times of one configuration, in nanoseconds. */
  record Result(String name, List<StepClock.Step> steps) {}

  private static final String FILE = "    return a + b + 1;\n".repeat(90);

  private LoopOverheadBench() {}

  static Result inProcess(int steps, boolean sync) throws IOException {
    return run("in-process model" + (sync ? ", fsync each step" : ""), new InstantModel(), steps, sync);
  }

  static Result overHttp(int steps, boolean sync) throws IOException {
    try (ScriptedModelServer server = new ScriptedModelServer()) {
      String reply = SseReply.reply().reasoning(InstantModel.REASONING.split("(?<=\\. )"))
          .toolCall(0, "read_file:0", "read_file", "{\"path\":\"src/main/java/Calculator.java\"}", 6)
          .usage(1000, 900, 60).body();
      for (int i = 0; i < steps; i++) {
        server.enqueue(ScriptedModelServer.stream(reply));
      }
      ModelSettings settings = ModelSettings.builder().baseUrl(server.baseUrl()).apiKey("sk-bench").build();
      return run("real client, loopback HTTP" + (sync ? ", fsync each step" : ""),
          ChatCompletionsModel.create(settings), steps, sync);
    }
  }

  private static Result run(String name, Model model, int steps, boolean sync) throws IOException {
    StepClock clock = new StepClock();
    ScriptedTool read = ScriptedTool.readFile(FILE);
    Agent agent = Agent.builder(model).tools(List.of(read)).listener(clock)
        .config(AgentConfig.DEFAULT.withLimits(new Limits(steps, null, null)).withSyncEachStep(sync)).build();
    Path dir = Files.createTempDirectory("fixer-bench");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(dir.resolve("t.jsonl"), Redactor.of(List.of("sk-bench")))) {
      RunStatus status = agent.run(Prompts.opening(new IssueText("#1", "Sum is off by one",
          "Calculator.sum(2, 2) returns 5."), RepoFacts.UNKNOWN), trajectory).status();
      if (status != RunStatus.STEP_LIMIT) {
        throw new IllegalStateException(name + " ended " + status + " instead of at the step limit");
      }
    }
    return new Result(name, clock.steps());
  }
}
