package dev.fixer.runner.run;

import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentConfig;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.AgentListener;
import dev.fixer.core.agent.ContextPolicy;
import dev.fixer.core.agent.Limits;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.model.Model;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.tool.FinishTool;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.trajectory.JsonlTrajectory;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.git.WorkCopy;
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

/**
 * The agent phase: the tools on the work copy (and {@code finish}, which shows the model its change
 * before it ends), the agent loop, its trajectory. One attempt at a time: the first, a resumed one, or
 * a later one told why verification turned the change down.
 */
final class AgentPhase {

  private static final int LAYOUT_ENTRIES = 30;

  private AgentPhase() {}

  /** What the agent did: how it ended and everything its trajectory holds. */
  record Result(RunResult run, List<Trajectory.Entry> entries) {

    /** Which attempt the trajectory is in: 1, then 2 after the first feedback, and so on. */
    int attempt() {
      return Agent.attempts(entries);
    }
  }

  /** What the agent works with. */
  record Inputs(RunRecord record, Workspace workspace, Sandbox sandbox, WorkCopy copy, Model model, BuildFacts build,
      Optional<SetupResult> setup, Progress progress, Redactor redactor) {}

  /**
   * Runs the agent, resumes it when the trajectory already holds the run, or, with {@code feedback},
   * continues its finished run in a new attempt that starts with that message.
   */
  static Result run(Inputs in, Optional<String> feedback) {
    Path file = in.record().trajectory();
    try (JsonlTrajectory trajectory = open(file, in.redactor())) {
      List<Trajectory.Entry> events = new ArrayList<>(trajectory.recorded());
      AgentListener listener = event -> {
        in.progress().onEvent(event);
        if (!(event instanceof AgentEvent.StreamDelta)) {
          events.add(new Trajectory.Entry(event, 0));
        }
      };
      List<Tool> tools = new ArrayList<>(Toolbox.standard(in.workspace(), in.sandbox(),
          Optional.ofNullable(in.record().plan().test()),
          Optional.ofNullable(in.record().plan().sandboxSettings().timeout())));
      tools.add(new FinishTool(new ChangeReview(in.copy(), in.workspace(), () -> List.copyOf(events))));
      Agent agent = Agent.builder(in.model()).tools(tools).config(config(in.record().plan(), in.model().name()))
          .listener(listener).build();
      RunResult result;
      if (feedback.isPresent()) {
        result = agent.continueWith(trajectory, "verification turned the change down", feedback.get());
      } else if (trajectory.recorded().isEmpty()) {
        result = agent.run(Prompts.opening(in.record().issue(), facts(in), Prompts.Ending.FINISH_TOOL), trajectory);
      } else {
        result = agent.resume(trajectory);
      }
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
        .withPricing(Plans.pricing(plan, modelName))
        .withRequireFinish(true);
  }

  private static JsonlTrajectory open(Path file, Redactor redactor) throws IOException {
    return Files.isRegularFile(file) && Files.size(file) > 0
        ? JsonlTrajectory.open(file, redactor) : JsonlTrajectory.create(file, redactor);
  }

  private static RepoFacts facts(Inputs in) {
    List<String> notes = new ArrayList<>();
    in.setup().filter(SetupResult::ran).ifPresent(result -> notes.add(result.succeeded()
        ? "Setup ran `" + result.command() + "` with network access, so dependencies are cached."
        : "Setup ran `" + result.command() + "` and failed (exit code " + result.exitCode()
            + (result.timedOut() ? ", timed out" : "") + ")" + (result.cause().isEmpty() ? "" : ": " + result.cause())
            + ". The end of its output:\n" + result.outputTail()));
    notes.add(in.sandbox() instanceof LocalSandbox ? "Commands run directly on this machine, without a sandbox."
        : "Commands run in a sandbox (" + in.sandbox().describe() + ") without network access.");
    return new RepoFacts(in.build().description(), in.build().testCommand(), layout(in.workspace().root()), notes,
        ProjectInstructions.read(in.workspace().root(), in.record().plan().instructions()));
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
