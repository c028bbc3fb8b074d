package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a run, put together from its trajectory's events as they come: {@code model_request}
 * begins a step, {@code assistant} adds the reasoning and the calls, {@code usage} the tokens,
 * {@code tool_result} each call's output; {@code attempt} and {@code run_resumed} become the next
 * step's note; {@code run_finished} marks the end. Other events are left out.
 */
final class Timeline {

  private final Map<Integer, Draft> steps = new LinkedHashMap<>();
  private JsonNode started;
  private JsonNode finished;
  private String pendingNote = "";
  private long elapsedMs;

  void accept(TrajectoryFile.Line line) {
    JsonNode event = line.event();
    elapsedMs = Math.max(elapsedMs, event.path("elapsed_ms").asLong());
    switch (event.path("type").asText()) {
      case "run_started" -> started = event;
      case "attempt" -> {
        pendingNote = "attempt " + event.path("attempt").asInt() + ": " + event.path("reason").asText();
        finished = null;
      }
      case "run_resumed" -> pendingNote = "resumed after " + event.path("steps").asInt() + " steps";
      case "model_request" -> draft(event, line.number());
      case "assistant" -> draft(event, line.number()).reply(event.path("message"));
      case "usage" -> draft(event, line.number()).tokens = Tokens.of(event.path("usage"), event.get("cost_usd"));
      case "tool_call" -> draft(event, line.number()).call(event.path("call"));
      case "tool_result" -> draft(event, line.number()).result(event, line.number());
      case "run_finished" -> finished = event.path("result");
      default -> { }
    }
  }

  void acceptAll(List<TrajectoryFile.Line> lines) {
    lines.forEach(this::accept);
  }

  private Draft draft(JsonNode event, int line) {
    int number = event.path("step").asInt();
    return steps.computeIfAbsent(number, n -> {
      Draft draft = new Draft(n, pendingNote, event.path("elapsed_ms").asLong(), line);
      pendingNote = "";
      return draft;
    });
  }

  List<Step> steps() {
    return steps.values().stream().map(Draft::step).toList();
  }

  /** The run's active time at the last event. */
  long elapsedMs() {
    return elapsedMs;
  }

  /** The tokens of all steps; the cost is unknown when no step's is known. */
  Tokens totals() {
    List<Tokens> all = steps.values().stream().map(draft -> draft.tokens).toList();
    boolean priced = all.stream().anyMatch(tokens -> tokens.costUsd() != null);
    return new Tokens(all.stream().mapToLong(Tokens::prompt).sum(), all.stream().mapToLong(Tokens::cached).sum(),
        all.stream().mapToLong(Tokens::completion).sum(),
        priced ? all.stream().mapToDouble(t -> t.costUsd() == null ? 0 : t.costUsd()).sum() : null);
  }

  /** How many steps there are so far. */
  int size() {
    return steps.size();
  }

  /** The {@code run_started} event's model, when there is one. */
  Optional<String> model() {
    return Optional.ofNullable(started).map(node -> node.path("model").asText(null));
  }

  /** The result of the last {@code run_finished}; empty while the run goes on. */
  Optional<JsonNode> finished() {
    return Optional.ofNullable(finished);
  }

  /** Whether the run has finished and no attempt has begun since. */
  boolean over() {
    return finished != null;
  }

  /** A step as it is being put together. */
  private static final class Draft {
    private final int number;
    private final String note;
    private final long elapsedMs;
    private final int line;
    private final Map<String, Call> calls = new LinkedHashMap<>();
    private String reasoning = "";
    private String text = "";
    private Tokens tokens = Tokens.NONE;

    Draft(int number, String note, long elapsedMs, int line) {
      this.number = number;
      this.note = note;
      this.elapsedMs = elapsedMs;
      this.line = line;
    }

    void reply(JsonNode message) {
      reasoning = message.path("reasoning").asText("");
      text = message.path("content").asText("");
      message.path("tool_calls").forEach(this::call);
    }

    void call(JsonNode call) {
      String id = call.path("id").asText();
      calls.putIfAbsent(id, new Call(id, call.path("name").asText(), call.path("arguments").asText(), "", false, 0, 0));
    }

    void result(JsonNode event, int resultLine) {
      JsonNode message = event.path("message");
      String id = message.path("tool_call_id").asText();
      Call call = calls.getOrDefault(id, new Call(id, message.path("tool_name").asText(), "", "", false, 0, 0));
      calls.put(id, call.finished(message.path("content").asText(""), message.path("failed").asBoolean(),
          event.path("duration_ms").asLong(), resultLine));
    }

    Step step() {
      return new Step(number, note, reasoning, text, new ArrayList<>(calls.values()), tokens, elapsedMs, line);
    }
  }
}
