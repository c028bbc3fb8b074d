package dev.fixer.core.agent;

import dev.fixer.core.agent.AgentEvent.AssistantReplied;
import dev.fixer.core.agent.AgentEvent.AttemptStarted;
import dev.fixer.core.agent.AgentEvent.ContextElided;
import dev.fixer.core.agent.AgentEvent.MessageAdded;
import dev.fixer.core.agent.AgentEvent.ModelRequested;
import dev.fixer.core.agent.AgentEvent.RunFinished;
import dev.fixer.core.agent.AgentEvent.StreamDelta;
import dev.fixer.core.agent.AgentEvent.ToolFinished;
import dev.fixer.core.agent.AgentEvent.ToolStarted;
import dev.fixer.core.agent.AgentEvent.UsageRecorded;
import dev.fixer.core.agent.RepeatDetector.Verdict;
import dev.fixer.core.cost.ModelPrice;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.Message;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.ContextLengthException;
import dev.fixer.core.model.DeadlineExceededException;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.tool.ToolContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the loop: model call, then each tool call in order, until a tool ends the run, the
 * model answers without tool calls, or a budget runs out.
 */
final class AgentRun {

  private static final Logger log = LoggerFactory.getLogger(Agent.class);

  private final Model model;
  private final ToolDispatcher tools;
  private final AgentConfig config;
  private final AgentListener listener;
  private final Trajectory trajectory;
  private final RunState state;
  private final ContextWindow window;
  private final Optional<ModelPrice> price;
  private final Budget budget;
  private final long startNanos = System.nanoTime();

  AgentRun(Model model, ToolDispatcher tools, AgentConfig config, AgentListener listener,
      Trajectory trajectory, RunState state, long toolListChars) {
    this.model = model;
    this.tools = tools;
    this.config = config;
    this.listener = listener;
    this.trajectory = trajectory;
    this.state = state;
    this.window = new ContextWindow(config.context(), toolListChars);
    this.price = config.pricing().priceOf(model.name());
    this.budget = new Budget(config.limits());
  }

  /**
   * Runs {@code pending} calls (left over from a resumed run), then the loop; a run whose finish was
   * recorded but not its end answers them as not run and ends.
   */
  RunResult run(List<ToolCall> pending) {
    try {
      if (state.finishSummary != null) {
        skip(Math.max(1, state.steps), pending);
        return finish(RunStatus.COMPLETED, "", state.finishSummary);
      }
      if (!pending.isEmpty()) {
        RunResult end = runTools(Math.max(1, state.steps), pending);
        if (end != null) {
          return end;
        }
      }
      return loop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return finish(RunStatus.INTERRUPTED, "the run was interrupted; resume it from its trajectory");
    } catch (RuntimeException | Error e) {
      finishQuietly(e);
      throw e;
    }
  }

  void emit(AgentEvent event) {
    if (!(event instanceof StreamDelta)) {
      trajectory.record(event, elapsedMs());
    }
    listener.onEvent(event);
  }

  /** Starts the next attempt of a finished run; the caller adds the feedback. */
  void startAttempt(String reason) {
    state.startAttempt(state.attempt + 1);
    emit(new AttemptStarted(state.attempt, reason));
    log.info("run {}: attempt {} starts after {} steps ({})", state.runId, state.attempt, state.steps, reason);
  }

  void addMessage(Message message) {
    int index = state.conversation.append(message);
    emit(new MessageAdded(index, message));
  }

  private RunResult loop() throws InterruptedException {
    while (true) {
      Budget.Stop stop = budget.check(state.steps, state.costUsd, elapsedMs());
      if (stop != null) {
        return finish(stop.status(), stop.detail());
      }
      warnIfRunningLow();
      int step = state.steps + 1;
      long before = window.estimate(state.conversation);
      reportElision(step, window.fit(state.conversation), before, "near the context window");
      ModelReply reply;
      try {
        reply = request(step);
      } catch (ContextLengthException e) {
        long estimate = window.estimate(state.conversation);
        List<Integer> elided = window.overflowed(state.conversation, e.requestedTokens());
        if (elided.isEmpty()) {
          return finish(RunStatus.CONTEXT_EXHAUSTED, e.getMessage() + "; no old tool output is left to elide");
        }
        reportElision(step, elided, estimate, "the API said the prompt is too long");
        continue;
      } catch (DeadlineExceededException e) {
        return finish(RunStatus.TIME_LIMIT, "stopped at the time limit of " + config.limits().maxTime()
            + " (" + e.getMessage() + ")");
      } catch (FatalModelException e) {
        return finish(RunStatus.MODEL_ERROR, e.getMessage());
      } catch (ModelException e) {
        return finish(RunStatus.MODEL_UNAVAILABLE, e.getMessage());
      }
      RunResult end = handle(step, reply);
      if (end != null) {
        return end;
      }
      syncTrajectory();
    }
  }

  private ModelReply request(int step) throws ModelException, InterruptedException {
    List<Message> view = state.conversation.view();
    emit(new ModelRequested(step, view.size(), window.estimate(state.conversation),
        state.conversation.elidedCount()));
    window.sending(state.conversation);
    ModelReply reply = model.complete(
        new ModelRequest(view, tools.specs(), deadline(), state.runId), new StreamForwarder(step, this::emit));
    window.observed(reply.usage().promptTokens());
    return reply;
  }

  private RunResult handle(int step, ModelReply reply) throws InterruptedException {
    state.steps = step;
    AssistantMessage message = reply.message();
    int index = state.conversation.append(message);
    emit(new AssistantReplied(step, index, message, reply.finishReason()));
    recordUsage(step, reply);
    if (!message.hasToolCalls()) {
      return answered(index, reply.truncated());
    }
    return runTools(step, message.toolCalls());
  }

  /** A reply without tool calls: the end, or a nudge to go on. */
  private RunResult answered(int index, boolean truncated) {
    if (truncated) {
      if (state.repeats.record("(reply cut off)", "", "", true) == Verdict.STUCK) {
        return finish(RunStatus.STUCK, "the model's replies kept getting cut off at the output limit");
      }
      addMessage(new UserMessage(Nudges.truncated(config.requireFinish())));
      return null;
    }
    if (!config.requireFinish() || state.toldToFinishBefore(index)) {
      return finish(RunStatus.COMPLETED, "");
    }
    addMessage(new UserMessage(Nudges.CALL_FINISH));
    return null;
  }

  private void warnIfRunningLow() {
    if (state.warnedLow || state.steps == 0) {
      return;
    }
    String left = budget.low(state.steps, state.costUsd, elapsedMs());
    if (left != null) {
      addMessage(new UserMessage(Nudges.runningLow(left, config.requireFinish())));
      state.warnedLow = true;
      log.info("run {}: running low ({})", state.runId, left);
    }
  }

  private RunResult runTools(int step, List<ToolCall> calls) throws InterruptedException {
    Verdict worst = Verdict.FINE;
    ToolCall repeated = null;
    for (int i = 0; i < calls.size(); i++) {
      ToolCall call = calls.get(i);
      if (Thread.interrupted()) {
        // A blocking model call does not see an interrupt; the calls it brought run on resume.
        throw new InterruptedException("interrupted before " + call.name());
      }
      emit(new ToolStarted(step, call));
      long started = System.nanoTime();
      ToolDispatcher.Outcome outcome = tools.call(call, new ToolContext(step, call.id(), deadline()));
      ToolMessage result = new ToolMessage(call.id(), call.name(), outcome.output(), outcome.failed());
      int index = state.conversation.append(result);
      emit(new ToolFinished(step, index, result, (System.nanoTime() - started) / 1_000_000, outcome.finishSummary(),
          outcome.refused()));
      if (outcome.endsRun()) {
        skip(step, calls.subList(i + 1, calls.size()));
        return finish(RunStatus.COMPLETED, "", outcome.finishSummary());
      }
      Verdict verdict = state.repeats.record(call.name(), call.arguments(), outcome.output(), outcome.failed());
      if (verdict.compareTo(worst) > 0) {
        worst = verdict;
        repeated = call;
      }
    }
    if (worst == Verdict.STUCK) {
      return finish(RunStatus.STUCK, "the model repeated a failing call (" + repeated.name() + " "
          + Nudges.shorten(repeated.arguments()) + ") more than " + state.repeats.limit() + " times");
    }
    if (worst == Verdict.NUDGE) {
      addMessage(new UserMessage(Nudges.repeated(repeated, state.repeats.limit())));
    }
    return null;
  }

  /** Answers calls that come after an accepted finish without running them, so the history stays valid. */
  private void skip(int step, List<ToolCall> calls) {
    for (ToolCall call : calls) {
      ToolMessage result = new ToolMessage(call.id(), call.name(), Nudges.NOT_RUN, true);
      emit(new ToolFinished(step, state.conversation.append(result), result, 0, null, true));
    }
  }

  private void recordUsage(int step, ModelReply reply) {
    state.usage = state.usage.plus(reply.usage());
    Double cost = price.map(p -> p.cost(reply.usage())).orElse(null);
    if (cost != null && state.costUsd != null) {
      state.costUsd += cost;
    }
    emit(new UsageRecorded(step, reply.usage(), cost, state.usage, state.costUsd));
    log.info("step {}: {} · {} prompt tokens ({} cached), {} out · {}", step,
        describeCalls(reply.message()), reply.usage().promptTokens(), reply.usage().cachedTokens(),
        reply.usage().completionTokens(), state.costUsd == null ? "cost unknown" : String.format("$%.4f", state.costUsd));
  }

  private void reportElision(int step, List<Integer> indices, long before, String reason) {
    if (indices.isEmpty()) {
      return;
    }
    long after = window.estimate(state.conversation);
    emit(new ContextElided(step, indices, before, after, reason));
    log.info("step {}: elided {} old tool outputs ({}); prompt now about {} tokens", step, indices.size(), reason, after);
  }

  private RunResult finish(RunStatus status, String detail) {
    return finish(status, detail, state.lastText());
  }

  private RunResult finish(RunStatus status, String detail, String summary) {
    RunResult result = new RunResult(status, summary, detail, state.steps, state.usage, state.costUsd, elapsedMs());
    emit(new RunFinished(result));
    syncTrajectory();
    log.info("run {} finished: {} after {} steps{}", state.runId, status, state.steps,
        detail.isEmpty() ? "" : " (" + detail + ")");
    return result;
  }

  private void finishQuietly(Throwable bug) {
    try {
      finish(RunStatus.FAILED, "fixer failed: " + bug);
    } catch (RuntimeException suppressed) {
      bug.addSuppressed(suppressed);
    }
  }

  private void syncTrajectory() {
    if (config.syncEachStep()) {
      trajectory.sync();
    }
  }

  private Instant deadline() {
    Duration max = config.limits().maxTime();
    return max == null ? null : Instant.now().plusMillis(max.toMillis() - elapsedMs());
  }

  long elapsedMs() {
    return state.elapsedBeforeMs + (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static String describeCalls(AssistantMessage message) {
    return message.hasToolCalls()
        ? message.toolCalls().stream().map(ToolCall::name).collect(Collectors.joining(", "))
        : "answered";
  }
}
