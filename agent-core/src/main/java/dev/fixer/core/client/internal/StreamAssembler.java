package dev.fixer.core.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one reply out of streamed chunks: content, reasoning ({@code reasoning_content} or
 * {@code reasoning}), tool calls accumulated by {@code index}, the last finish reason, and usage from
 * wherever it comes (the finish chunk's choice, its top level, or a chunk with no choices). Unknown
 * fields are ignored. Also reads a whole non-streamed completion, for servers that ignore
 * {@code stream}.
 */
public final class StreamAssembler {

  private final ModelListener listener;
  private StringBuilder content;
  private StringBuilder reasoning;
  private final TreeMap<Integer, PartialCall> calls = new TreeMap<>();
  private String finishReason;
  private Usage usage = Usage.ZERO;

  public StreamAssembler(ModelListener listener) {
    this.listener = listener;
  }

  /** Takes one {@code data:} chunk. */
  public void accept(JsonNode chunk) {
    readUsage(chunk.get("usage"));
    for (JsonNode choice : chunk.path("choices")) {
      readUsage(choice.get("usage"));
      JsonNode delta = choice.path("delta");
      String thought = text(delta, "reasoning_content", "reasoning");
      if (thought != null) {
        reasoning = append(reasoning, thought);
        if (!thought.isEmpty()) {
          listener.onReasoning(thought);
        }
      }
      String text = text(delta, "content");
      if (text != null) {
        content = append(content, text);
        if (!text.isEmpty()) {
          listener.onContent(text);
        }
      }
      for (JsonNode call : delta.path("tool_calls")) {
        acceptCall(call);
      }
      String finish = text(choice, "finish_reason");
      if (finish != null) {
        finishReason = finish;
      }
    }
  }

  /** Takes a whole non-streamed completion ({@code choices[0].message}). */
  public void acceptComplete(JsonNode completion) {
    readUsage(completion.get("usage"));
    JsonNode choice = completion.path("choices").path(0);
    JsonNode message = choice.path("message");
    String thought = text(message, "reasoning_content", "reasoning");
    if (thought != null) {
      reasoning = append(reasoning, thought);
    }
    String text = text(message, "content");
    if (text != null) {
      content = append(content, text);
    }
    int index = 0;
    for (JsonNode call : message.path("tool_calls")) {
      PartialCall partial = calls.computeIfAbsent(index++, i -> new PartialCall());
      partial.id = text(call, "id");
      partial.name = text(call.path("function"), "name");
      partial.arguments.append(argumentsText(call.path("function").get("arguments")));
    }
    finishReason = text(choice, "finish_reason");
  }

  public ModelReply reply() {
    List<ToolCall> toolCalls = new ArrayList<>();
    for (Map.Entry<Integer, PartialCall> entry : calls.entrySet()) {
      PartialCall call = entry.getValue();
      if (call.name == null || call.name.isEmpty()) {
        continue;
      }
      String id = call.id == null || call.id.isEmpty() ? "call_" + entry.getKey() : call.id;
      toolCalls.add(new ToolCall(id, call.name, call.arguments.toString()));
    }
    AssistantMessage message = new AssistantMessage(
        content == null ? null : content.toString(),
        reasoning == null ? null : reasoning.toString(),
        toolCalls);
    return new ModelReply(message, finishReason, usage);
  }

  private void acceptCall(JsonNode call) {
    int index = indexOf(call);
    PartialCall partial = calls.get(index);
    if (partial == null) {
      partial = new PartialCall();
      calls.put(index, partial);
    }
    String id = text(call, "id");
    if (id != null && !id.isEmpty() && partial.id == null) {
      partial.id = id;
    }
    JsonNode function = call.path("function");
    String name = text(function, "name");
    if (name != null && !name.isEmpty() && partial.name == null) {
      partial.name = name;
      listener.onToolCallStarted(index, name);
    }
    partial.arguments.append(argumentsText(function.get("arguments")));
  }

  private int indexOf(JsonNode call) {
    JsonNode index = call.get("index");
    if (index != null && index.canConvertToInt()) {
      return index.asInt();
    }
    boolean starts = text(call, "id") != null || text(call.path("function"), "name") != null;
    return starts || calls.isEmpty() ? calls.size() : calls.lastKey();
  }

  private void readUsage(JsonNode node) {
    if (node == null || !node.isObject()) {
      return;
    }
    long prompt = node.path("prompt_tokens").asLong(0);
    long completion = node.path("completion_tokens").asLong(0);
    long cached = node.path("cached_tokens").asLong(
        node.path("prompt_tokens_details").path("cached_tokens").asLong(
            node.path("prompt_cache_hit_tokens").asLong(0)));
    usage = new Usage(prompt, cached, completion);
  }

  private static String argumentsText(JsonNode arguments) {
    if (arguments == null || arguments.isNull()) {
      return "";
    }
    return arguments.isTextual() ? arguments.asText() : arguments.toString();
  }

  private static String text(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
    }
    return null;
  }

  private static StringBuilder append(StringBuilder builder, String text) {
    return (builder == null ? new StringBuilder() : builder).append(text);
  }

  private static final class PartialCall {
    String id;
    String name;
    final StringBuilder arguments = new StringBuilder();
  }
}
