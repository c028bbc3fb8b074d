package dev.fixer.core.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.model.RetryableModelException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

  private final ErrorClassifier classifier = new ErrorClassifier(new ObjectMapper(), "http://proxy/v1", "kimi-k2.6");

  @Test
  void aPlain429IsARateLimitThatHonoursRetryAfter() {
    for (String body : new String[] {"", "{\"error\":{\"message\":\"Rate limit exceeded\",\"code\":429}}"}) {
      assertThat(classifier.fromHttp(429, "3", null, body)).as("body %s", body)
          .isInstanceOfSatisfying(RetryableModelException.class, e -> {
            assertThat(e.kind()).isEqualTo(RetryableModelException.Kind.RATE_LIMITED);
            assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
          });
    }
  }

  @Test
  void readsTryAgainAfterInTheUnitsServersUse() {
    assertThat(ErrorClassifier.tryAgainAfter("please try again after 1 seconds")).isEqualTo(Duration.ofSeconds(1));
    assertThat(ErrorClassifier.tryAgainAfter("Please try again in 2.5s.")).isEqualTo(Duration.ofMillis(2500));
    assertThat(ErrorClassifier.tryAgainAfter("try again after 2 minutes")).isEqualTo(Duration.ofMinutes(2));
    assertThat(ErrorClassifier.tryAgainAfter("try again in 300ms")).isEqualTo(Duration.ofMillis(300));
    assertThat(ErrorClassifier.tryAgainAfter("request reached project TPM rate limit")).isNull();
  }

  @Test
  void readsRetryAfterAsSecondsMillisecondsOrADate() {
    assertThat(ErrorClassifier.retryAfter("12", null)).isEqualTo(Duration.ofSeconds(12));
    assertThat(ErrorClassifier.retryAfter("12", "1500")).isEqualTo(Duration.ofMillis(1500));
    String inAMinute = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60).format(DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(ErrorClassifier.retryAfter(inAMinute, null)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
    assertThat(ErrorClassifier.retryAfter("soon", null)).isNull();
    assertThat(ErrorClassifier.retryAfter(null, null)).isNull();
  }
}
