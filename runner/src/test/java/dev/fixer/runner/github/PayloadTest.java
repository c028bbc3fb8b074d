package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PayloadTest {

  private final Payload payload = new Payload(read("{\"action\":\"created\",\"issue\":{\"number\":7,"
      + "\"pull_request\":null,\"title\":\"T\"},\"comment\":{\"id\":1234567890123,\"user\":{\"login\":\"octo\"},"
      + "\"line\":\"12\"},\"pull_request\":{\"number\":0}}"));

  @Test
  void readsTextNumbersAndIdsByDottedPath() {
    assertThat(payload.text("comment.user.login")).isEqualTo("octo");
    assertThat(payload.number("issue.number")).isEqualTo(7);
    assertThat(payload.id("comment.id")).isEqualTo(1234567890123L);
    assertThat(payload.field("comment.user").path("login").asText()).isEqualTo("octo");
    assertThat(payload.field("comment.nothing.here").isMissingNode()).isTrue();
  }

  @Test
  void aMissingFieldOrOneOfTheWrongTypeIsMalformedNamingItsPath() {
    assertThatThrownBy(() -> payload.text("comment.body")).isInstanceOf(Payload.Malformed.class)
        .satisfies(e -> assertThat(((Payload.Malformed) e).path()).isEqualTo("comment.body"));
    assertThatThrownBy(() -> payload.number("comment.line")).hasMessage("comment.line");
    assertThatThrownBy(() -> payload.number("pull_request.number")).hasMessage("pull_request.number");
    assertThatThrownBy(() -> payload.number("comment.id")).hasMessage("comment.id");
    assertThatThrownBy(() -> payload.id("comment.user")).hasMessage("comment.user");
  }

  @Test
  void aJsonNullCountsAsAbsent() {
    assertThat(payload.has("issue.pull_request")).isFalse();
    assertThat(payload.has("issue.title")).isTrue();
    assertThat(payload.has("issue.labels")).isFalse();
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
