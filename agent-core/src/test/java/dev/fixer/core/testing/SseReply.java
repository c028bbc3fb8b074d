package dev.fixer.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a streamed chat-completions reply in the shapes Kimi sends (see the captured streams this
 * was modelled on): a role chunk, reasoning deltas before content and tool calls, tool-call fragments
 * with {@code index, id, type, function.name, arguments: ""} first and argument text after, a finish
 * chunk with usage, then {@code data: [DONE]}.
 */
public final class SseReply {

  /** Where the usage goes: the three places servers put it. */
  public enum UsagePlace { CHOICE, TOP_LEVEL, TRAILING_CHUNK }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<ObjectNode> chunks = new ArrayList<>();
  private String finishReason = "stop";
  private ObjectNode usage;
  private UsagePlace usagePlace = UsagePlace.CHOICE;
  private boolean done = true;

  private SseReply() {
    chunks.add(delta().put("role", "assistant"));
  }

  public static SseReply reply() {
    return new SseReply();
  }

  /** A whole reply that says {@code text} and stops. */
  public static SseReply text(String text) {
    return reply().content(text);
  }

  /** A whole reply that calls one tool. */
  public static SseReply call(String id, String name, String arguments) {
    return reply().toolCall(0, id, name, arguments, 1);
  }

  public SseReply reasoning(String... pieces) {
    for (String piece : pieces) {
      chunks.add(delta().put("reasoning_content", piece));
    }
    return this;
  }

  /** Reasoning under the field name vLLM and SGLang use. */
  public SseReply reasoningField(String field, String... pieces) {
    for (String piece : pieces) {
      chunks.add(delta().put(field, piece));
    }
    return this;
  }

  public SseReply content(String... pieces) {
    for (String piece : pieces) {
      chunks.add(delta().put("content", piece));
    }
    return this;
  }

  /** One tool call, its arguments split over {@code fragments} chunks. */
  public SseReply toolCall(int index, String id, String name, String arguments, int fragments) {
    ObjectNode first = delta();
    ObjectNode call = first.putArray("tool_calls").addObject().put("index", index).put("id", id).put("type", "function");
    call.putObject("function").put("name", name).put("arguments", "");
    chunks.add(first);
    for (String piece : split(arguments, fragments)) {
      chunks.add(argumentsDelta(index, piece));
    }
    finishReason = "tool_calls";
    return this;
  }

  /** A fragment of arguments for the call at {@code index}, for interleaving parallel calls. */
  public SseReply toolCallStart(int index, String id, String name) {
    ObjectNode first = delta();
    ObjectNode call = first.putArray("tool_calls").addObject().put("index", index).put("id", id).put("type", "function");
    call.putObject("function").put("name", name).put("arguments", "");
    chunks.add(first);
    finishReason = "tool_calls";
    return this;
  }

  public SseReply toolCallArguments(int index, String piece) {
    chunks.add(argumentsDelta(index, piece));
    return this;
  }

  /** A raw chunk, for shapes the other methods do not make. */
  public SseReply chunk(String json) {
    try {
      chunks.add((ObjectNode) JSON.readTree(json));
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
    return this;
  }

  public SseReply finish(String reason) {
    finishReason = reason;
    return this;
  }

  public SseReply usage(long prompt, long cached, long completion) {
    return usage(prompt, cached, completion, UsagePlace.CHOICE, false);
  }

  /** Usage at {@code place}; cached tokens as {@code prompt_tokens_details.cached_tokens} if {@code detailed}. */
  public SseReply usage(long prompt, long cached, long completion, UsagePlace place, boolean detailed) {
    usage = JSON.createObjectNode().put("prompt_tokens", prompt).put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    if (detailed) {
      usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
    } else {
      usage.put("cached_tokens", cached);
    }
    usagePlace = place;
    return this;
  }

  /** Leaves out {@code data: [DONE]}, as an interrupted stream does. */
  public SseReply withoutDone() {
    done = false;
    return this;
  }

  public String body() {
    StringBuilder out = new StringBuilder();
    for (ObjectNode chunk : chunks) {
      out.append("data: ").append(envelope(chunk, null)).append("\n\n");
    }
    ObjectNode finish = envelope(JSON.createObjectNode(), finishReason);
    if (usage != null && usagePlace == UsagePlace.CHOICE) {
      ((ObjectNode) finish.get("choices").get(0)).set("usage", usage);
    } else if (usage != null && usagePlace == UsagePlace.TOP_LEVEL) {
      finish.set("usage", usage);
    }
    out.append("data: ").append(finish).append("\n\n");
    if (usage != null && usagePlace == UsagePlace.TRAILING_CHUNK) {
      ObjectNode trailing = envelope(JSON.createObjectNode(), null);
      trailing.putArray("choices");
      trailing.set("usage", usage);
      out.append("data: ").append(trailing).append("\n\n");
    }
    if (done) {
      out.append("data: [DONE]\n\n");
    }
    return out.toString();
  }

  private static ObjectNode envelope(ObjectNode deltaOrChunk, String finish) {
    if (deltaOrChunk.has("choices")) {
      return deltaOrChunk;
    }
    ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion.chunk")
        .put("created", 1_760_000_000L).put("model", "kimi-k2.6");
    ArrayNode choices = chunk.putArray("choices");
    ObjectNode choice = choices.addObject().put("index", 0);
    choice.set("delta", deltaOrChunk);
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    chunk.put("system_fingerprint", "fpv0_test");
    return chunk;
  }

  private ObjectNode argumentsDelta(int index, String piece) {
    ObjectNode fragment = delta();
    fragment.putArray("tool_calls").addObject().put("index", index).putObject("function").put("arguments", piece);
    return fragment;
  }

  private static ObjectNode delta() {
    return JSON.createObjectNode();
  }

  private static List<String> split(String text, int parts) {
    List<String> pieces = new ArrayList<>();
    int size = Math.max(1, (int) Math.ceil(text.length() / (double) Math.max(1, parts)));
    for (int i = 0; i < text.length(); i += size) {
      pieces.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return pieces;
  }
}
