package dev.fixer.runner.run;

import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentConfig;
import dev.fixer.core.agent.ContextPolicy;
import dev.fixer.core.agent.Limits;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.model.Model;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.trajectory.JsonlTrajectory;
import dev.fixer.runner.FixerException;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.tools.BuildFacts;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.Toolbox;
import dev.fixer.tools.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The agent phase: the tools on the work copy, the agent loop, its trajectory. */
final class AgentPhase {

  private static final int LAYOUT_ENTRIES = 30;

  private AgentPhase() {}

  /** What the agent did: how it ended and everything its trajectory holds. */
  record Result(RunResult run, List<Trajectory.Entry> entries) {}

  /**
   * Runs the agent, or resumes it when the trajectory already holds the run.
   *
   * @param setup what setup did, when it ran in this process; told to the model
   */
  static Result run(RunRecord record, Workspace workspace, Sandbox sandbox, Model model, BuildFacts build,
      Optional<SetupResult> setup, Progress progress, Redactor redactor) {
    Agent agent = Agent.builder(model)
        .tools(Toolbox.standard(workspace, sandbox, Optional.ofNullable(record.plan().test())))
        .config(config(record.plan(), model.name()))
        .listener(progress)
        .build();
    Path file = record.trajectory();
    try (JsonlTrajectory trajectory = open(file, redactor)) {
      RunResult result = trajectory.recorded().isEmpty()
          ? agent.run(Prompts.opening(record.issue(), facts(workspace.root(), build, setup, sandbox)), trajectory)
          : agent.resume(trajectory);
      return new Result(result, JsonlTrajectory.read(file));
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot use the trajectory " + file + ": " + e.getMessage(), e);
    }
  }

  static AgentConfig config(RunPlan plan, String modelName) {
    ContextPolicy kimi = ContextPolicy.KIMI;
    return AgentConfig.DEFAULT
        .withLimits(new Limits(plan.maxSteps(), plan.maxCostUsd(), plan.timeout()))
        .withContext(new ContextPolicy(plan.contextWindow(), kimi.share(), plan.maxTokens(), kimi.keepRecentOutputs()))
        .withPricing(Plans.pricing(plan, modelName));
  }

  private static JsonlTrajectory open(Path file, Redactor redactor) throws IOException {
    return Files.isRegularFile(file) && Files.size(file) > 0
        ? JsonlTrajectory.open(file, redactor) : JsonlTrajectory.create(file, redactor);
  }

  static RepoFacts facts(Path root, BuildFacts build, Optional<SetupResult> setup, Sandbox sandbox) {
    List<String> notes = new ArrayList<>();
    setup.filter(SetupResult::ran).ifPresent(result -> notes.add(result.succeeded()
        ? "Setup ran `" + result.command() + "` with network access, so dependencies are cached."
        : "Setup ran `" + result.command() + "` and failed (exit code " + result.exitCode()
            + (result.timedOut() ? ", timed out" : "") + "). The end of its output:\n" + result.outputTail()));
    notes.add(sandbox instanceof LocalSandbox ? "Commands run directly on this machine, without a sandbox."
        : "Commands run in a sandbox (" + sandbox.describe() + ") without network access.");
    return new RepoFacts(build.description(), build.testCommand(), layout(root), notes);
  }

  private static List<String> layout(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      List<String> names = entries.filter(path -> !path.getFileName().toString().equals(".git"))
          .map(path -> path.getFileName() + (Files.isDirectory(path) ? "/" : ""))
          .sorted().toList();
      if (names.size() <= LAYOUT_ENTRIES) {
        return names;
      }
      List<String> shown = new ArrayList<>(names.subList(0, LAYOUT_ENTRIES));
      shown.add("... and " + (names.size() - LAYOUT_ENTRIES) + " more");
      return shown;
    } catch (IOException e) {
      return List.of();
    }
  }
}
