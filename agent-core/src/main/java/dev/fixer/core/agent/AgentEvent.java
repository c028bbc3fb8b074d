package dev.fixer.core.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.Message;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.model.Usage;
import java.util.List;

/**
 * What happens during a run, in order. Every event but {@link StreamDelta} is written to the
 * trajectory, and the messages they carry are enough to resume the run.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AgentEvent.RunStarted.class, name = "run_started"),
  @JsonSubTypes.Type(value = AgentEvent.RunResumed.class, name = "run_resumed"),
  @JsonSubTypes.Type(value = AgentEvent.AttemptStarted.class, name = "attempt"),
  @JsonSubTypes.Type(value = AgentEvent.MessageAdded.class, name = "message"),
  @JsonSubTypes.Type(value = AgentEvent.ModelRequested.class, name = "model_request"),
  @JsonSubTypes.Type(value = AgentEvent.ModelRetried.class, name = "model_retry"),
  @JsonSubTypes.Type(value = AgentEvent.StreamDelta.class, name = "delta"),
  @JsonSubTypes.Type(value = AgentEvent.AssistantReplied.class, name = "assistant"),
  @JsonSubTypes.Type(value = AgentEvent.UsageRecorded.class, name = "usage"),
  @JsonSubTypes.Type(value = AgentEvent.ToolStarted.class, name = "tool_call"),
  @JsonSubTypes.Type(value = AgentEvent.ToolFinished.class, name = "tool_result"),
  @JsonSubTypes.Type(value = AgentEvent.ContextElided.class, name = "context_elided"),
  @JsonSubTypes.Type(value = AgentEvent.RunFinished.class, name = "run_finished")
})
public sealed interface AgentEvent {

  /** A new run: its id (also the prompt-cache key), model, tools and budgets. */
  record RunStarted(String runId, String model, List<String> tools, int maxSteps, Double maxCostUsd,
      Long maxTimeMs) implements AgentEvent {}

  /**
   * A run picked up again from its trajectory; {@code pendingToolCalls} are answered first: run, or,
   * when the run had already ended with finish, answered as not run.
   */
  record RunResumed(String runId, int steps, List<String> pendingToolCalls) implements AgentEvent {}

  /**
   * A finished run goes on in the same conversation with feedback ({@link Agent#continueWith}); the
   * feedback follows as a user message.
   *
   * @param attempt 2 for the first continuation, 3 for the next, ...
   * @param reason a short line, e.g. "verification failed"
   */
  record AttemptStarted(int attempt, String reason) implements AgentEvent {}

  /** A system or user message joined the conversation at {@code index}. */
  record MessageAdded(int index, Message message) implements AgentEvent {}

  /** A request is about to go to the model. */
  record ModelRequested(int step, int messages, long estimatedPromptTokens, int elidedOutputs)
      implements AgentEvent {}

  /** A request failed and will be sent again after {@code delayMs}. */
  record ModelRetried(int step, int attempt, long delayMs, String reason) implements AgentEvent {}

  /** A piece of a reply as it streams in; for live display only, never written down. */
  record StreamDelta(int step, boolean reasoning, String text) implements AgentEvent {}

  /** The model's complete reply, reasoning included, at conversation {@code index}. */
  record AssistantReplied(int step, int index, AssistantMessage message, String finishReason)
      implements AgentEvent {}

  /** Tokens and cost of one request, and the run's totals; costs are null when the price is unknown. */
  record UsageRecorded(int step, Usage usage, Double costUsd, Usage totalUsage, Double totalCostUsd)
      implements AgentEvent {}

  /** A tool call is about to run. */
  record ToolStarted(int step, ToolCall call) implements AgentEvent {}

  /**
   * A tool call finished; {@code message} is what the model will read, at conversation
   * {@code index}. {@code finishSummary} is the run's summary when this call ended the run (see
   * {@link dev.fixer.core.tool.ToolResult.Finished}), and {@code null} otherwise. {@code refused} is
   * true when the call never reached the tool: an unknown tool, arguments that are not JSON or do not
   * fit the tool's schema, or a call skipped after the run finished (written only when true).
   */
  record ToolFinished(int step, int index, ToolMessage message, long durationMs, String finishSummary,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean refused) implements AgentEvent {

    /** A call that the tool ran. */
    public ToolFinished(int step, int index, ToolMessage message, long durationMs, String finishSummary) {
      this(step, index, message, durationMs, finishSummary, false);
    }

    /** A call that the tool ran, and that did not end the run. */
    public ToolFinished(int step, int index, ToolMessage message, long durationMs) {
      this(step, index, message, durationMs, null);
    }
  }

  /** Old tool outputs at these conversation indices are now elided from the prompt. */
  record ContextElided(int step, List<Integer> indices, long estimatedTokensBefore,
      long estimatedTokensAfter, String reason) implements AgentEvent {}

  /** The run ended. */
  record RunFinished(RunResult result) implements AgentEvent {}
}
