package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.agent.AgentEvent.ContextElided;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.tool.ToolResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContextElisionTest {

  /** A small window: elision starts at 5,000 estimated tokens and aims for 3,000. */
  private static final ContextPolicy SMALL = new ContextPolicy(10_000, 0.5, 1_000, 1);
  private static final String BIG = "x".repeat(6_000);

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();
  private final ScriptedTool read = new ScriptedTool("read_file",
      "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}",
      args -> ToolResult.success(args.get("path").asText() + ":" + BIG));


  private AgentConfig config(ContextPolicy policy) {
    return AgentConfig.DEFAULT.withSyncEachStep(false).withContext(policy);
  }

  private static List<String> toolContents(JsonNode body) {
    List<String> contents = new ArrayList<>();
    for (JsonNode message : body.get("messages")) {
      if ("tool".equals(message.get("role").asText())) {
        contents.add(message.get("content").asText());
      }
    }
    return contents;
  }

  @Test
  void elidesTheOldestToolOutputsWhenThePromptNearsTheWindow() {
    for (String file : List.of("A", "B", "C", "D")) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"" + file + "\"}"));
    }
    harness.server.reply(SseReply.text("done"));

    RunResult result = harness.run(config(SMALL), read);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    List<JsonNode> bodies = harness.server.bodies();
    List<String> beforeElision = toolContents(bodies.get(2));
    assertThat(beforeElision).allSatisfy(content -> assertThat(content).endsWith(BIG));
    List<String> afterElision = toolContents(bodies.get(3));
    assertThat(afterElision.get(0)).startsWith("[output elided to save context: it was 6002 characters");
    assertThat(afterElision.get(1)).startsWith("[output elided");
    assertThat(afterElision.get(2)).isEqualTo("C:" + BIG);
    assertThat(harness.listener.events(ContextElided.class)).first()
        .satisfies(e -> {
          assertThat(e.indices()).containsExactly(3, 5);
          assertThat(e.estimatedTokensAfter()).isLessThan(e.estimatedTokensBefore());
        });
  }

  @Test
  void keepsTheFrontOfThePromptStableAndOnceElidedStaysElided() {
    for (String file : List.of("A", "B", "C", "D")) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"" + file + "\"}"));
    }
    harness.server.reply(SseReply.text("done"));

    harness.run(config(SMALL), read);

    List<JsonNode> bodies = harness.server.bodies();
    JsonNode first = bodies.get(0).get("messages");
    for (JsonNode body : bodies) {
      assertThat(body.get("messages").get(0)).isEqualTo(first.get(0));
      assertThat(body.get("messages").get(1)).isEqualTo(first.get(1));
    }
    JsonNode third = bodies.get(3).get("messages");
    JsonNode fourth = bodies.get(4).get("messages");
    for (int i = 0; i < third.size(); i++) {
      assertThat(fourth.get(i)).isEqualTo(third.get(i));
    }
  }

  @Test
  void sendsFewerTokensWithElisionThanWithout() {
    for (String file : List.of("A", "B", "C", "D")) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"" + file + "\"}"));
    }
    harness.server.reply(SseReply.text("done"));

    harness.run(config(SMALL), read);

    long lastSize = harness.server.requests().get(4).getBodySize();
    assertThat(lastSize).isLessThan(4 * BIG.length());
  }

  @Test
  void elidesAndRetriesWhenTheApiSaysThePromptIsTooLong() {
    ContextPolicy roomy = new ContextPolicy(262_144, 0.75, 32_768, 1);
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}"));
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"B\"}"));
    harness.server.enqueue(ScriptedModelServer.error(400, "invalid_request_error",
        "Invalid request: Your request exceeded model token limit: 262144 (requested: 269030)"));
    harness.server.reply(SseReply.text("done"));

    RunResult result = harness.run(config(roomy), read);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.steps()).isEqualTo(3);
    List<JsonNode> bodies = harness.server.bodies();
    assertThat(bodies).hasSize(4);
    assertThat(toolContents(bodies.get(2))).containsExactly("A:" + BIG, "B:" + BIG);
    assertThat(toolContents(bodies.get(3)).get(0)).startsWith("[output elided");
    assertThat(toolContents(bodies.get(3)).get(1)).isEqualTo("B:" + BIG);
    assertThat(harness.listener.events(ContextElided.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("too long"));
  }

  @Test
  void endsTheRunWhenNothingIsLeftToElide() {
    harness.server.enqueue(ScriptedModelServer.error(400, "invalid_request_error",
        "Invalid request: Your request exceeded model token limit: 262144 (requested: 300000)"));

    RunResult result = harness.run(config(SMALL), read);

    assertThat(result.status()).isEqualTo(RunStatus.CONTEXT_EXHAUSTED);
    assertThat(result.detail()).contains("exceeded model token limit").contains("no old tool output is left");
  }

  @Test
  void calibratesItsEstimateOnTheTokensTheApiCounted() {
    // The API says each request is far larger than characters suggest: elision starts earlier.
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}").usage(100, 0, 5));
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"B\"}").usage(9_000, 0, 5));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(SMALL), read);

    assertThat(toolContents(harness.server.bodies().get(2)).get(0)).startsWith("[output elided");
  }
}
