package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.AgentListener;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.model.Usage;
import dev.fixer.core.text.Redactor;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Shows a run as it goes: a line per tool call (step, tool, what it was called on, how it went,
 * elapsed time, tokens and cost so far), and on a terminal a status line below them that is redrawn
 * as the model streams (the step and spend against the budget, what runs) or, during setup, the
 * baseline and verification, as their commands print (the phase, its time, the last line printed).
 * Everything shown is redacted, and terminal escape codes are removed from it.
 */
final class Progress implements AgentListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SUBJECT_FIELDS = {"path", "pattern", "command", "tests", "query", "old_str"};
  private static final int OUTPUT_CHARS = 90;

  private final Redactor redactor;
  private final LongSupplier clock;
  private final long started;
  private final StatusLine status;
  private final Map<String, String> subjects = new HashMap<>();
  private Usage usage = Usage.ZERO;
  private Double costUsd;
  private String activity = "starting";
  private int step;
  private int maxSteps;
  private Double maxCostUsd;
  private String phase;
  private long phaseStarted;
  private String lastOutput = "";

  Progress(PrintWriter out, boolean terminal, Redactor redactor, LongSupplier clock) {
    this.redactor = redactor;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.status = new StatusLine(out, terminal, clock, this::statusText);
  }

  /** A line of its own, e.g. a phase starting. */
  synchronized void line(String text) {
    status.print(redactor.redact(TerminalText.plain(text)));
  }

  /**
   * A phase outside the agent begins, e.g. {@code setup}: the status line shows its name, its elapsed
   * time and the last line its command printed, until {@link #phaseEnded}.
   */
  synchronized void phase(String name) {
    phase = name;
    phaseStarted = clock.getAsLong();
    lastOutput = "";
    status.changed();
  }

  /** The phase is over, or the run: the status line goes until something new happens. */
  synchronized void phaseEnded() {
    phase = null;
    status.end();
  }

  /** A line a command printed; during a phase, the status line shows the last one. */
  synchronized void output(String line) {
    String plain = TerminalText.plain(line).strip();
    if (phase == null || plain.isEmpty()) {
      return;
    }
    lastOutput = plain.length() > OUTPUT_CHARS ? plain.substring(0, OUTPUT_CHARS - 1) + "…" : plain;
    status.changed();
  }

  /** The agent's budget, for the status line's {@code step 12/100 · $0.41/$5}. */
  synchronized void budget(int steps, Double costUsd) {
    maxSteps = steps;
    maxCostUsd = costUsd;
  }

  /** A resumed run: the tokens and cost it had spent, from the last usage its trajectory recorded. */
  synchronized void resumedFrom(List<Trajectory.Entry> recorded) {
    for (Trajectory.Entry entry : recorded) {
      if (entry.event() instanceof AgentEvent.UsageRecorded e) {
        usage = e.totalUsage();
        costUsd = e.totalCostUsd();
      }
    }
  }

  @Override
  public synchronized void onEvent(AgentEvent event) {
    if (event instanceof AgentEvent.ModelRequested e) {
      status(e.step(), "waiting for the model");
    } else if (event instanceof AgentEvent.StreamDelta e) {
      status(e.step(), e.reasoning() ? "thinking" : "writing");
    } else if (event instanceof AgentEvent.ModelRetried e) {
      line(String.format(Locale.ROOT, "[%s] step %d · the model request failed (%s); retry %d in %.1f s",
          elapsed(), e.step(), e.reason(), e.attempt(), e.delayMs() / 1000.0));
    } else if (event instanceof AgentEvent.UsageRecorded e) {
      usage = e.totalUsage();
      costUsd = e.totalCostUsd();
    } else if (event instanceof AgentEvent.ToolStarted e) {
      subjects.put(e.call().id(), subject(e.call()));
      status(e.step(), e.call().name() + subjects.get(e.call().id()));
    } else if (event instanceof AgentEvent.ToolFinished e) {
      boolean ran = subjects.containsKey(e.message().toolCallId());
      line(String.format(Locale.ROOT, "[%s] step %d · %s%s · %s %.1f s · %s", elapsed(), e.step(),
          e.message().toolName(), subjects.getOrDefault(e.message().toolCallId(), ""),
          !ran ? "not run" : e.finishSummary() != null ? "done" : e.message().failed() ? "failed" : "ok",
          e.durationMs() / 1000.0, spent()));
      subjects.remove(e.message().toolCallId());
    } else if (event instanceof AgentEvent.AttemptStarted e) {
      line("attempt " + e.attempt() + ": " + e.reason());
    } else if (event instanceof AgentEvent.ContextElided e) {
      line(String.format(Locale.ROOT, "[%s] step %d · elided %d old tool outputs (%s)", elapsed(), e.step(),
          e.indices().size(), e.reason()));
    } else if (event instanceof AgentEvent.RunResumed e) {
      int pending = e.pendingToolCalls().size();
      line("resuming after step " + e.steps() + (pending == 0 ? "" : "; finishing " + pending
          + (pending == 1 ? " tool call" : " tool calls") + " first"));
    } else if (event instanceof AgentEvent.RunFinished) {
      status.end();
    }
  }

  /** Tokens and cost so far, e.g. {@code 12.3k tokens · $0.0123}. */
  String spent() {
    long tokens = usage.promptTokens() + usage.completionTokens();
    return count(tokens) + " tokens · " + (costUsd == null ? "cost unknown"
        : String.format(Locale.ROOT, "$%.4f", costUsd));
  }

  private static String count(long tokens) {
    return tokens >= 1000 ? String.format(Locale.ROOT, "%.1fk", tokens / 1000.0) : Long.toString(tokens);
  }

  /** Redraws the status line, so that its elapsed time moves during a long model call, tool or phase. */
  synchronized void tick() {
    status.tick();
  }

  private void status(int currentStep, String what) {
    step = currentStep;
    activity = what;
    status.changed();
  }

  /** E.g. {@code setup · 0:42 · [INFO] Downloading ...} or {@code step 12/100 · $0.41/$5 · edit A.java · 3:10}. */
  private String statusText() {
    if (phase != null) {
      return redactor.redact(phase + " · " + clock(phaseStarted) + (lastOutput.isEmpty() ? "" : " · " + lastOutput));
    }
    String cost = costUsd == null ? "" : String.format(Locale.ROOT, " · $%.2f", costUsd)
        + (maxCostUsd == null ? "" : String.format(Locale.ROOT, "/$%.2f", maxCostUsd).replace(".00", ""));
    long tokens = usage.promptTokens() + usage.completionTokens();
    return redactor.redact("step " + step + (maxSteps > 0 ? "/" + maxSteps : "") + cost + " · " + activity + " · "
        + elapsed() + " · " + count(tokens) + " tokens");
  }

  private String elapsed() {
    return clock(started);
  }

  private String clock(long since) {
    long seconds = (clock.getAsLong() - since) / 1000;
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** What a call works on, e.g. {@code  src/Calc.java}; empty when nothing short says it. */
  static String subject(ToolCall call) {
    JsonNode arguments;
    try {
      arguments = JSON.readTree(call.arguments().isBlank() ? "{}" : call.arguments());
    } catch (java.io.IOException e) {
      return "";
    }
    for (String field : SUBJECT_FIELDS) {
      JsonNode value = arguments.path(field);
      if (value.isTextual() || value.isArray()) {
        String text = value.isTextual() ? value.asText() : join(value);
        String line = text.strip().replaceAll("\\s+", " ");
        return line.isEmpty() ? "" : " " + (line.length() > 70 ? line.substring(0, 69) + "…" : line);
      }
    }
    return "";
  }

  private static String join(JsonNode array) {
    StringBuilder text = new StringBuilder();
    array.forEach(item -> text.append(text.length() == 0 ? "" : " ").append(item.asText()));
    return text.toString();
  }
}
