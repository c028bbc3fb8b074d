package dev.fixer.core.agent;

import dev.fixer.core.agent.AgentEvent.AssistantReplied;
import dev.fixer.core.agent.AgentEvent.AttemptStarted;
import dev.fixer.core.agent.AgentEvent.ContextElided;
import dev.fixer.core.agent.AgentEvent.MessageAdded;
import dev.fixer.core.agent.AgentEvent.RunFinished;
import dev.fixer.core.agent.AgentEvent.RunResumed;
import dev.fixer.core.agent.AgentEvent.RunStarted;
import dev.fixer.core.agent.AgentEvent.ToolFinished;
import dev.fixer.core.agent.AgentEvent.UsageRecorded;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.Message;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.Usage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run has done so far: its conversation, steps, tokens, cost and time, the attempt it is in,
 * whether it was told it is running low, and how it ended.
 */
final class RunState {

  final String runId;
  final Conversation conversation = new Conversation();
  final RepeatDetector repeats;
  int steps;
  Usage usage = Usage.ZERO;
  Double costUsd;
  long elapsedBeforeMs;
  RunResult finished;
  /** 1, then 2 once the finished run was continued with feedback, and so on. */
  int attempt = 1;
  /** Whether this attempt has had the running-low note. */
  boolean warnedLow;
  /**
   * The summary of a finish the trajectory recorded without the run's end after it (the process
   * died in between); {@code null} otherwise.
   */
  String finishSummary;

  private RunState(String runId, int repeatLimit, boolean priced) {
    this.runId = runId;
    this.repeats = new RepeatDetector(repeatLimit);
    this.costUsd = priced ? 0.0 : null;
  }

  static RunState fresh(String runId, int repeatLimit, boolean priced) {
    return new RunState(runId, repeatLimit, priced);
  }

  /**
   * Rebuilds a run from its trajectory.
   *
   * @throws IllegalArgumentException if the entries are not a run's trajectory
   */
  static RunState replay(List<Trajectory.Entry> entries, int repeatLimit, boolean priced) {
    if (entries.isEmpty() || !(entries.get(0).event() instanceof RunStarted started)) {
      throw new IllegalArgumentException("the trajectory does not begin with run_started, so it cannot be resumed");
    }
    RunState state = new RunState(started.runId(), repeatLimit, priced);
    for (Trajectory.Entry entry : entries) {
      state.apply(entry.event());
      state.elapsedBeforeMs = Math.max(state.elapsedBeforeMs, entry.elapsedMs());
    }
    return state;
  }

  private void apply(AgentEvent event) {
    if (event instanceof MessageAdded added) {
      append(added.index(), added.message());
      warnedLow |= added.message() instanceof UserMessage user && user.content().startsWith(Nudges.RUNNING_LOW);
    } else if (event instanceof AssistantReplied replied) {
      append(replied.index(), replied.message());
      steps = Math.max(steps, replied.step());
    } else if (event instanceof ToolFinished done) {
      append(done.index(), done.message());
      ToolCall call = callFor(done.message().toolCallId());
      repeats.record(done.message().toolName(), call == null ? "" : call.arguments(),
          done.message().content(), done.message().failed());
      if (done.finishSummary() != null) {
        finishSummary = done.finishSummary();
      }
    } else if (event instanceof UsageRecorded used) {
      usage = used.totalUsage();
      costUsd = used.totalCostUsd();
    } else if (event instanceof ContextElided elided) {
      elided.indices().forEach(conversation::elide);
    } else if (event instanceof RunFinished end) {
      finished = end.result();
      finishSummary = null;
    } else if (event instanceof RunResumed) {
      finished = null;
    } else if (event instanceof AttemptStarted started) {
      startAttempt(started.attempt());
    }
  }

  /** A finished run goes on in attempt {@code number}, in the same conversation and budgets. */
  void startAttempt(int number) {
    finished = null;
    attempt = number;
    warnedLow = false;
  }

  /**
   * Whether the model was told to call finish since its reply before the one at {@code index}: its
   * second reply in a row without tool calls then ends the run.
   */
  boolean toldToFinishBefore(int index) {
    for (int i = index - 1; i >= 0 && conversation.get(i) instanceof UserMessage user; i--) {
      if (user.content().equals(Nudges.CALL_FINISH)) {
        return true;
      }
    }
    return false;
  }

  private void append(int index, Message message) {
    if (index != conversation.size()) {
      throw new IllegalArgumentException("the trajectory skips or repeats conversation entry "
          + conversation.size() + " (found " + index + "), so it cannot be resumed");
    }
    conversation.append(message);
  }

  /** The calls of the last assistant message that have no result yet. */
  List<ToolCall> pendingCalls() {
    Set<String> answered = new HashSet<>();
    for (int i = conversation.size() - 1; i >= 0; i--) {
      Message message = conversation.get(i);
      if (message instanceof ToolMessage tool) {
        answered.add(tool.toolCallId());
      } else if (message instanceof AssistantMessage assistant) {
        List<ToolCall> pending = new ArrayList<>();
        for (ToolCall call : assistant.toolCalls()) {
          if (!answered.contains(call.id())) {
            pending.add(call);
          }
        }
        return pending;
      }
    }
    return List.of();
  }

  /** The last text the model wrote, for a summary. */
  String lastText() {
    for (int i = conversation.size() - 1; i >= 0; i--) {
      if (conversation.get(i) instanceof AssistantMessage assistant && !assistant.text().isBlank()) {
        return assistant.text();
      }
    }
    return "";
  }

  private ToolCall callFor(String id) {
    for (int i = conversation.size() - 1; i >= 0; i--) {
      if (conversation.get(i) instanceof AssistantMessage assistant) {
        for (ToolCall call : assistant.toolCalls()) {
          if (call.id().equals(id)) {
            return call;
          }
        }
        return null;
      }
    }
    return null;
  }
}
