package dev.fixer.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {

  @Test
  void kimiK2IsKnownWhateverTheProviderPrefix() {
    assertThat(ModelSettings.builder().model("kimi-k2.6").build().isKimiK2()).isTrue();
    assertThat(ModelSettings.builder().model("moonshotai/Kimi-K2-Instruct").build().isKimiK2()).isTrue();
    assertThat(ModelSettings.builder().model("kimi-k3").build().isKimiK2()).isFalse();
    assertThat(ModelSettings.builder().model("qwen3-coder").build().isKimiK2()).isFalse();
  }

  @Test
  void knowsWhichModelsReadImages() {
    assertThat(ModelSettings.builder().model("kimi-k2.6").build().takesImages()).isTrue();
    assertThat(ModelSettings.builder().model("moonshotai/kimi-k2.5").build().takesImages()).isTrue();
    assertThat(ModelSettings.builder().model("Qwen2.5-VL-72B").build().takesImages()).isTrue();
    assertThat(ModelSettings.builder().model("kimi-k2-0905-preview").build().takesImages()).isFalse();
    assertThat(ModelSettings.builder().model("gpt-oss-120b").build().takesImages()).isFalse();
  }

  @Test
  void defaultsToKimiK26OnMoonshotsGlobalApi() {
    ModelSettings settings = ModelSettings.builder().apiKey("k").build();

    assertThat(settings.baseUrl()).isEqualTo("https://api.moonshot.ai/v1");
    assertThat(settings.model()).isEqualTo("kimi-k2.6");
    assertThat(settings.maxCompletionTokens()).isEqualTo(32768);
    assertThat(settings.thinking()).isEqualTo(Thinking.DEFAULT);
    assertThat(settings.isMoonshot()).isTrue();
  }

  @Test
  void readsTheBaseUrlAndKeyFromTheEnvironment() {
    ModelSettings settings = ModelSettings.fromEnvironment(
        Map.of("KIMI_BASE_URL", "http://localhost:11434/v1/", "KIMI_API_KEY", " key ")).build();

    assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434/v1");
    assertThat(settings.apiKey()).isEqualTo("key");
    assertThat(settings.isMoonshot()).isFalse();
  }

  @Test
  void resolvesTheThinkingAlias() {
    ModelSettings settings = ModelSettings.builder().model("kimi-k2.6-thinking").thinking(Thinking.DISABLED).build();

    assertThat(settings.model()).isEqualTo("kimi-k2.6");
    assertThat(settings.thinking()).isEqualTo(Thinking.ENABLED);
    assertThat(ModelSettings.builder().model("kimi-k2-thinking").build().model()).isEqualTo("kimi-k2-thinking");
  }

  @Test
  void asksForAKeyOnlyWhereMoonshotNeedsOne() {
    assertThatThrownBy(() -> ModelSettings.builder().build().requireUsable())
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("KIMI_API_KEY is not set").hasMessageContaining("KIMI_BASE_URL");
    assertThat(ModelSettings.builder().baseUrl("http://localhost:8000/v1").build().requireUsable()).isNotNull();
  }

  @Test
  void explainsABaseUrlItCannotUse() {
    assertThatThrownBy(() -> ModelSettings.builder().baseUrl("api.moonshot.ai").build())
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("must be an http(s) URL");
    assertThatThrownBy(() -> ModelSettings.builder().baseUrl("https://api.moonshot.ai/v1/chat/completions").build())
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("use https://api.moonshot.ai/v1");
  }

  @Test
  void neverShowsTheKey() {
    assertThat(ModelSettings.builder().apiKey("sk-very-secret-value").build().toString())
        .doesNotContain("sk-very-secret-value").contains("apiKey=***");
  }

  @Test
  void refusesANonPositiveOutputLimit() {
    assertThatThrownBy(() -> ModelSettings.builder().maxCompletionTokens(0).build())
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("max_completion_tokens");
  }
}
