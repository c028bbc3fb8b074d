package dev.fixer.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @Test
  void readsSingleUnits() {
    assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void readsCombinedUnitsInAnyCase() {
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("2h15m10s")).isEqualTo(Duration.ofSeconds(2 * 3600 + 15 * 60 + 10));
    assertThat(Durations.parse(" 1H5M ")).isEqualTo(Duration.ofMinutes(65));
  }

  @Test
  void readsDaysOfTwentyFourHours() {
    assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(Durations.parse("1d12h")).isEqualTo(Duration.ofHours(36));
  }

  @Test
  void readsIsoDurations() {
    assertThat(Durations.parse("PT30M")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.parse("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aBareNumberAsksForAUnit() {
    assertThatThrownBy(() -> Durations.parse("45"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration '45' has no unit: add a unit, e.g. 45m");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0", "0h0m", "-5m", "PT0S", "PT-5M", "-PT5M"})
  void zeroAndNegativeDurationsAreRejected(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration '" + text + "' must be longer than zero, e.g. 30m");
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "", "1.5h", "30 minutes", "1h 30m", "m", "P1Y", "30m1h", "-soon"})
  void anythingElseIsRejectedWithExamples(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown duration '" + text + "': write it like 90s, 30m, 1h, 1h30m or PT30M");
  }

  @Test
  void aDurationTooLongToHoldIsRejected() {
    assertThatThrownBy(() -> Durations.parse("99999999999999999999h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("duration '99999999999999999999h' is too long");
  }

  @Test
  void formatsWithTheLargestUnitsFirstAndSkipsZeroParts() {
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(Durations.format(Duration.ofSeconds(125))).isEqualTo("2m5s");
    assertThat(Durations.format(Duration.ofHours(2).plusSeconds(1))).isEqualTo("2h1s");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void formatDropsFractionsOfASecond() {
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s");
  }

  @Test
  void formatRejectsNegativeDurations() {
    assertThatThrownBy(() -> Durations.format(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whatFormatWritesParseReadsBack() {
    for (Duration duration : new Duration[] {Duration.ofSeconds(1), Duration.ofMinutes(61),
        Duration.ofHours(25).plusSeconds(59)}) {
      assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }
  }
}
