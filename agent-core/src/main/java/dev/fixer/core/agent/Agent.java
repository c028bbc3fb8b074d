package dev.fixer.core.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.AgentEvent.AttemptStarted;
import dev.fixer.core.agent.AgentEvent.RunResumed;
import dev.fixer.core.agent.AgentEvent.RunStarted;
import dev.fixer.core.message.Message;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ToolSpec;
import dev.fixer.core.tool.Tool;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent loop: one model call per step, then every tool call of the reply in order, each result
 * appended as its own tool message, until a tool ends the run (see
 * {@link dev.fixer.core.tool.FinishTool}), the model answers without tool calls (see
 * {@link AgentConfig#requireFinish()}) or a budget runs out. Model mistakes come back to the model as
 * errors; run-ending conditions end the run with a {@link RunStatus}, never an exception; bugs
 * propagate after the trajectory records them.
 *
 * <p>A run's trajectory is enough to {@linkplain #resume resume} it after a crash, and to
 * {@linkplain #continueWith continue} a completed run with feedback, as a further attempt in the
 * same conversation.
 *
 * <p>An agent is immutable and may start any number of runs, one per thread at a time.
 */
public final class Agent {

  private static final Logger log = LoggerFactory.getLogger(Agent.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Model model;
  private final List<Tool> tools;
  private final AgentConfig config;
  private final AgentListener listener;
  private final ToolDispatcher dispatcher;
  private final long toolListChars;

  private Agent(Builder builder) {
    this.model = builder.model;
    this.tools = List.copyOf(builder.tools);
    this.config = builder.config;
    this.listener = builder.listener;
    this.dispatcher = new ToolDispatcher(tools, config.toolOutputMaxChars(), JSON);
    this.toolListChars = toolListChars(dispatcher.specs());
  }

  public static Builder builder(Model model) {
    return new Builder(model);
  }

  /**
   * Starts a run from its opening messages (a system prompt and the task, see
   * {@code dev.fixer.core.prompt.Prompts}) and records it in {@code trajectory}, which must be new.
   * The caller closes the trajectory.
   */
  public RunResult run(List<Message> opening, Trajectory trajectory) {
    if (opening.isEmpty()) {
      throw new IllegalArgumentException("a run needs opening messages: a system prompt and the task");
    }
    RunState state = RunState.fresh(UUID.randomUUID().toString(), config.repeatLimit(), priced());
    AgentRun run = newRun(state, trajectory);
    Limits limits = config.limits();
    run.emit(new RunStarted(state.runId, model.name(), toolNames(), limits.maxSteps(), limits.maxCostUsd(),
        limits.maxTime() == null ? null : limits.maxTime().toMillis()));
    warnIfUnpriced();
    opening.forEach(run::addMessage);
    return run.run(List.of());
  }

  /**
   * Continues a run from its trajectory: the conversation, steps, tokens, cost and time are restored,
   * tool calls that had not finished are run (finished ones are not run again), and the loop goes on
   * under this agent's budgets, in the attempt the run was in. A run that had completed is returned
   * as it was; one whose finish was recorded but not its end ends now, with that finish's summary.
   *
   * @throws IOException if the trajectory cannot be read
   * @throws IllegalArgumentException if it is not a run's trajectory
   */
  public RunResult resume(Trajectory trajectory) throws IOException {
    RunState state = RunState.replay(trajectory.recorded(), config.repeatLimit(), priced());
    if (state.finished != null && state.finished.status() == RunStatus.COMPLETED) {
      return state.finished;
    }
    List<ToolCall> pending = state.pendingCalls();
    AgentRun run = newRun(state, trajectory);
    run.emit(new RunResumed(state.runId, state.steps, pending.stream().map(ToolCall::id).toList()));
    log.info("resuming run {} after {} steps; {} tool calls to finish", state.runId, state.steps, pending.size());
    return run.run(pending);
  }

  /**
   * Gives a completed run a further attempt: rebuilds it from its trajectory as {@link #resume} does,
   * records {@link AttemptStarted} (attempt 2 for the first continuation, then 3, ...), adds
   * {@code feedback} as a user message and runs the loop in the same conversation, so that the
   * prompt's prefix, and the prompt cache, stay the same. Steps, cost and time go on from where they
   * were, under this agent's budgets: raise them if the new attempt needs room of its own. The
   * reason recorded is the feedback's first line, shortened.
   *
   * @throws IOException if the trajectory cannot be read
   * @throws IllegalArgumentException if it is not a run's trajectory, or the feedback is blank
   * @throws IllegalStateException if the run has not finished {@link RunStatus#COMPLETED}
   */
  public RunResult continueWith(Trajectory trajectory, String feedback) throws IOException {
    return continueWith(trajectory, feedback == null ? "" : feedback.strip().lines().findFirst().orElse(""),
        feedback);
  }

  /**
   * {@link #continueWith(Trajectory, String)} with the reason to record given apart, e.g.
   * "verification failed".
   */
  public RunResult continueWith(Trajectory trajectory, String reason, String feedback) throws IOException {
    if (feedback == null || feedback.isBlank()) {
      throw new IllegalArgumentException("continuing a run needs feedback for the model");
    }
    RunState state = RunState.replay(trajectory.recorded(), config.repeatLimit(), priced());
    if (state.finished == null || state.finished.status() != RunStatus.COMPLETED) {
      throw new IllegalStateException("run " + state.runId + " cannot be continued: "
          + (state.finished == null ? "it has not finished; resume it first"
          : "it ended " + state.finished.status() + ", not COMPLETED; resume it instead"));
    }
    AgentRun run = newRun(state, trajectory);
    run.startAttempt(reason == null || reason.isBlank() ? "feedback" : Nudges.shorten(reason));
    run.addMessage(new UserMessage(feedback));
    return run.run(List.of());
  }

  /**
   * Checks, before any work, that {@link #resume} can rebuild a run from these entries: they begin
   * with the run's start and number its conversation without gaps or repeats.
   *
   * @throws IllegalArgumentException saying what is wrong, e.g. which conversation entry is repeated
   */
  public static void requireResumable(List<Trajectory.Entry> entries) {
    RunState.replay(entries, AgentConfig.DEFAULT.repeatLimit(), false);
  }

  /**
   * The attempt a run is in, from its trajectory's entries: 1, or the number of the last
   * {@link AttemptStarted}.
   */
  public static int attempts(List<Trajectory.Entry> entries) {
    int attempt = 1;
    for (Trajectory.Entry entry : entries) {
      if (entry.event() instanceof AttemptStarted started) {
        attempt = started.attempt();
      }
    }
    return attempt;
  }

  private AgentRun newRun(RunState state, Trajectory trajectory) {
    return new AgentRun(model, dispatcher, config, listener, Objects.requireNonNull(trajectory, "trajectory"),
        state, toolListChars);
  }

  private boolean priced() {
    return config.pricing().priceOf(model.name()).isPresent();
  }

  private void warnIfUnpriced() {
    if (!priced()) {
      log.warn("no price is known for model {}: cost is not counted{}", model.name(),
          config.limits().maxCostUsd() == null ? "" : " and the cost limit cannot be enforced");
    }
  }

  private List<String> toolNames() {
    List<String> names = new ArrayList<>();
    tools.forEach(tool -> names.add(tool.name()));
    return names;
  }

  private static long toolListChars(List<ToolSpec> specs) {
    long chars = 0;
    for (ToolSpec spec : specs) {
      try {
        chars += spec.name().length() + spec.description().length() + JSON.writeValueAsString(spec.parameters()).length();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("tool " + spec.name() + " has parameters that are not JSON", e);
      }
    }
    return chars;
  }

  /** Assembles an {@link Agent}; only the model is required. */
  public static final class Builder {
    private final Model model;
    private final List<Tool> tools = new ArrayList<>();
    private AgentConfig config = AgentConfig.DEFAULT;
    private AgentListener listener = AgentListener.NONE;

    private Builder(Model model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    public Builder tools(List<? extends Tool> value) {
      tools.addAll(value);
      return this;
    }

    public Builder config(AgentConfig value) {
      config = Objects.requireNonNull(value, "config");
      return this;
    }

    public Builder listener(AgentListener value) {
      listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /** @throws IllegalArgumentException if two tools share a name or a tool's spec is invalid */
    public Agent build() {
      return new Agent(this);
    }
  }
}
