package dev.fixer.core.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.client.Sampling;
import dev.fixer.core.client.Thinking;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.Message;
import dev.fixer.core.message.SystemMessage;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.ToolSpec;
import java.util.Map;

/**
 * Turns a {@link ModelRequest} into a chat-completions body the way Kimi demands it: reasoning kept
 * on assistant tool-call messages, empty content left out of them, no empty tool result, unique
 * tool-call ids, thinking and sampling fields only where they apply.
 */
public final class RequestEncoder {

  static final String EMPTY_TOOL_RESULT = "(no output)";
  static final String EMPTY_ASSISTANT_REPLY = "(empty reply)";

  private final ObjectMapper json;
  private final ModelSettings settings;

  public RequestEncoder(ObjectMapper json, ModelSettings settings) {
    this.json = json;
    this.settings = settings;
  }

  public ObjectNode encode(ModelRequest request) {
    ObjectNode body = json.createObjectNode();
    body.put("model", settings.model());
    body.set("messages", messages(request));
    if (!request.tools().isEmpty()) {
      body.set("tools", tools(request));
      body.put("tool_choice", "auto");
    }
    body.put("stream", true);
    body.putObject("stream_options").put("include_usage", true);
    body.put("max_completion_tokens", settings.maxCompletionTokens());
    reasoningFields(body);
    samplingFields(body, settings.sampling());
    boolean cacheKey = settings.promptCacheKey() != null ? settings.promptCacheKey() : settings.isMoonshot();
    if (cacheKey && request.sessionId() != null) {
      body.put("prompt_cache_key", request.sessionId());
    }
    for (Map.Entry<String, Object> extra : settings.extraBody().entrySet()) {
      body.set(extra.getKey(), json.valueToTree(extra.getValue()));
    }
    return body;
  }

  private ArrayNode messages(ModelRequest request) {
    ArrayNode out = json.createArrayNode();
    ToolCallIds ids = new ToolCallIds();
    for (Message message : request.messages()) {
      ObjectNode node = out.addObject();
      if (message instanceof SystemMessage system) {
        node.put("role", "system").put("content", system.content());
      } else if (message instanceof UserMessage user) {
        user(node, user);
      } else if (message instanceof AssistantMessage assistant) {
        assistant(node, assistant, ids);
      } else if (message instanceof ToolMessage tool) {
        node.put("role", "tool").put("tool_call_id", ids.toolAnswer(tool.toolCallId()));
        node.put("content", tool.content().isBlank() ? EMPTY_TOOL_RESULT : tool.content());
      }
    }
    return out;
  }

  private void user(ObjectNode node, UserMessage user) {
    node.put("role", "user");
    if (user.imageUrls().isEmpty()) {
      node.put("content", user.content());
      return;
    }
    ArrayNode parts = node.putArray("content");
    parts.addObject().put("type", "text").put("text", user.content());
    for (String url : user.imageUrls()) {
      parts.addObject().put("type", "image_url").putObject("image_url").put("url", url);
    }
  }

  private void assistant(ObjectNode node, AssistantMessage message, ToolCallIds ids) {
    node.put("role", "assistant");
    boolean calls = message.hasToolCalls();
    if (!message.text().isEmpty()) {
      node.put("content", message.text());
    } else if (!calls) {
      node.put("content", EMPTY_ASSISTANT_REPLY);
    }
    if (calls || settings.keepReasoning()) {
      if (message.reasoning() != null) {
        node.put("reasoning_content", message.reasoning());
      } else if (calls && settings.thinkingEnabled()) {
        node.put("reasoning_content", "");
      }
    }
    if (!calls) {
      return;
    }
    ids.startAssistantMessage();
    ArrayNode array = node.putArray("tool_calls");
    for (ToolCall call : message.toolCalls()) {
      ObjectNode item = array.addObject();
      item.put("id", ids.assistantCall(call.id())).put("type", "function");
      item.putObject("function")
          .put("name", call.name())
          .put("arguments", call.arguments().isBlank() ? "{}" : call.arguments());
    }
  }

  private ArrayNode tools(ModelRequest request) {
    ArrayNode out = json.createArrayNode();
    for (ToolSpec tool : request.tools()) {
      ObjectNode function = out.addObject().put("type", "function").putObject("function");
      function.put("name", tool.name()).put("description", tool.description());
      function.set("parameters", tool.parameters());
    }
    return out;
  }

  private void reasoningFields(ObjectNode body) {
    if (settings.usesReasoningEffort()) {
      String effort = settings.reasoningEffort();
      if (effort == null && settings.thinking() == Thinking.ENABLED) {
        effort = "high";
      }
      if (effort != null) {
        body.put("reasoning_effort", effort);
      }
      return;
    }
    if (settings.thinking() != Thinking.DEFAULT) {
      boolean on = settings.thinking() == Thinking.ENABLED;
      ObjectNode thinking = body.putObject("thinking").put("type", on ? "enabled" : "disabled");
      if (on && settings.keepReasoning()) {
        thinking.put("keep", "all");
      }
    } else if (settings.reasoningEffort() != null) {
      body.put("reasoning_effort", settings.reasoningEffort());
    }
  }

  private static void samplingFields(ObjectNode body, Sampling sampling) {
    if (sampling.temperature() != null) {
      body.put("temperature", sampling.temperature());
    }
    if (sampling.topP() != null) {
      body.put("top_p", sampling.topP());
    }
    if (sampling.presencePenalty() != null) {
      body.put("presence_penalty", sampling.presencePenalty());
    }
    if (sampling.frequencyPenalty() != null) {
      body.put("frequency_penalty", sampling.frequencyPenalty());
    }
  }
}
