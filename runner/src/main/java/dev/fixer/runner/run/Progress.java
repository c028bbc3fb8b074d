package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.AgentListener;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.model.Usage;
import dev.fixer.core.text.Redactor;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Shows a run as it goes: a line per tool call (step, tool, what it was called on, how it went,
 * elapsed time, tokens and cost so far), and on a terminal a status line below them that is redrawn
 * as the model streams. Everything shown is redacted.
 */
final class Progress implements AgentListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SUBJECT_FIELDS = {"path", "pattern", "command", "tests", "query", "old_str"};
  private static final long REDRAW_MS = 100;

  private final PrintWriter out;
  private final boolean terminal;
  private final Redactor redactor;
  private final LongSupplier clock;
  private final long started;
  private final Map<String, String> subjects = new HashMap<>();
  private Usage usage = Usage.ZERO;
  private Double costUsd;
  private String activity = "starting";
  private int step;
  private long lastDraw;
  private boolean statusShown;

  Progress(PrintWriter out, boolean terminal, Redactor redactor, LongSupplier clock) {
    this.out = out;
    this.terminal = terminal;
    this.redactor = redactor;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /** A line of its own, e.g. a phase starting. */
  synchronized void line(String text) {
    clearStatus();
    out.println(redactor.redact(text));
    out.flush();
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
      status(e.step(), e.call().name());
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
      line("resuming after step " + e.steps() + (e.pendingToolCalls().isEmpty() ? ""
          : "; finishing " + e.pendingToolCalls().size() + " tool calls first"));
    } else if (event instanceof AgentEvent.RunFinished) {
      clearStatus();
    }
  }

  /** Tokens and cost so far, e.g. {@code 12.3k tokens · $0.0123}. */
  String spent() {
    long tokens = usage.promptTokens() + usage.completionTokens();
    String count = tokens >= 1000 ? String.format(Locale.ROOT, "%.1fk", tokens / 1000.0) : Long.toString(tokens);
    return count + " tokens · " + (costUsd == null ? "cost unknown" : String.format(Locale.ROOT, "$%.4f", costUsd));
  }

  /** Redraws the status line, so that its elapsed time moves during a long model call or tool. */
  synchronized void tick() {
    if (statusShown) {
      draw();
    }
  }

  private void status(int currentStep, String what) {
    step = currentStep;
    activity = what;
    if (terminal && clock.getAsLong() - lastDraw >= REDRAW_MS) {
      draw();
    }
  }

  private void draw() {
    lastDraw = clock.getAsLong();
    out.print("\r\033[K" + redactor.redact(String.format(Locale.ROOT, "step %d · %s · %s · %s",
        step, activity, elapsed(), spent())));
    out.flush();
    statusShown = true;
  }

  private void clearStatus() {
    if (statusShown) {
      out.print("\r\033[K");
      statusShown = false;
      lastDraw = 0;
    }
  }

  private String elapsed() {
    long seconds = (clock.getAsLong() - started) / 1000;
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
