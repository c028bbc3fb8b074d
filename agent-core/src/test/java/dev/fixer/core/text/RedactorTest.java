package dev.fixer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void removesTheSecretValuesItWasGiven() {
    Redactor redactor = Redactor.of(List.of("my-moonshot-key-value", "tok_1234567890"));

    assertThat(redactor.redact("key=my-moonshot-key-value token=tok_1234567890"))
        .isEqualTo("key=[REDACTED] token=[REDACTED]");
  }

  @Test
  void removesTokensByTheirShape() {
    Redactor redactor = Redactor.NONE;

    assertThat(redactor.redact("sk-AbCdEfGhIjKlMnOpQrStUvWx and ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
        + " and github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz and Authorization: Bearer eyJhbGciOiJIUzI1NiJ9"))
        .isEqualTo("[REDACTED] and [REDACTED] and [REDACTED] and Authorization: Bearer [REDACTED]");
  }

  @Test
  void leavesOrdinaryTextAndShortValuesAlone() {
    Redactor redactor = Redactor.of(Arrays.asList("abc", null, " "));

    assertThat(redactor.redact("abc task-runner sk-short")).isEqualTo("abc task-runner sk-short");
  }
}
