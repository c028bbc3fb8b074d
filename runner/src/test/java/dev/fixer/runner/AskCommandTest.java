package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AskCommandTest {

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void stop() {
    server.close();
  }

  private int fixer(Map<String, String> env, String... args) {
    return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private Map<String, String> env() {
    return Map.of("KIMI_BASE_URL", server.baseUrl(), "KIMI_API_KEY", "sk-ask-test-0123456789abcdef");
  }

  @Test
  void streamsTheAnswerToStdoutAndReasoningTokensAndCostToStderr() {
    server.reply(SseReply.reply().reasoning("A greeting.").content("Hello", "!").usage(1000, 200, 100));

    int code = fixer(env(), "ask", "--thinking", "Say", "hello");

    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo("Hello!" + System.lineSeparator());
    assertThat(err.toString()).contains("A greeting.")
        .contains("kimi-k2.6 · 1000 prompt tokens (200 cached), 100 completion tokens · $0.001192");
    assertThat(server.lastBody().at("/messages/0/content").asText()).isEqualTo("Say hello");
    assertThat(server.lastBody().at("/thinking/type").asText()).isEqualTo("enabled");
  }

  @Test
  void saysHowToSetAKeyWhenThereIsNone() {
    int code = fixer(Map.of(), "ask", "hi");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("fixer: KIMI_API_KEY is not set").contains("export KIMI_API_KEY=");
  }

  @Test
  void aRejectedKeyIsAConfigurationError() {
    server.enqueue(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));

    assertThat(fixer(env(), "ask", "hi")).isEqualTo(2);
    assertThat(err.toString()).contains("rejected the API key");
  }

  @Test
  void anExhaustedQuotaIsAConfigurationError() {
    server.enqueue(ScriptedModelServer.error(429, "exceeded_current_quota_error", "exceeded current quota"));

    assertThat(fixer(env(), "ask", "hi")).isEqualTo(2);
    assertThat(err.toString()).contains("add credit");
  }

  @Test
  void aBadBaseUrlIsAConfigurationError() {
    assertThat(fixer(env(), "ask", "--base-url", "localhost:8000", "hi")).isEqualTo(2);
    assertThat(err.toString()).contains("must be an http(s) URL");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(fixer(env(), "ask", "--bogus", "hi")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("fixer ask --help");
  }
}
