package dev.fixer.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputCapTest {

  @Test
  void leavesShortTextAlone() {
    assertThat(OutputCap.headTail("short", 1000)).isEqualTo("short");
  }

  @Test
  void keepsHeadAndTailAndMarksTheCutWithItsSize() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      text.append("line ").append(i).append('\n');
    }

    String capped = OutputCap.headTail(text.toString(), 1000);

    assertThat(capped).startsWith("line 0\n").endsWith("line 999\n").contains(" lines) cut here ...]");
    assertThat(capped.length()).isLessThan(1100);
    String marker = capped.substring(capped.indexOf("[... ") + 5);
    int cut = Integer.parseInt(marker.substring(0, marker.indexOf(' ')));
    assertThat(capped.length() - ("\n[... " + cut).length()).isLessThan(text.length() - cut + 60);
  }

  @Test
  void cutsAtLineBoundariesSoThatEveryKeptLineIsWhole() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(String.format("line-%03d-abcdefghijklmnopqrstuvwxyz%n", i));
    }

    String capped = OutputCap.headTail(text.toString(), 400);

    String[] parts = capped.split("\\n\\[\\.\\.\\. .* cut here \\.\\.\\.\\]\\n");
    assertThat(parts).hasSize(2);
    assertThat((parts[0] + "\n" + parts[1]).lines().filter(line -> !line.isEmpty()))
        .isNotEmpty().allMatch(line -> line.matches("line-\\d{3}-abcdefghijklmnopqrstuvwxyz"));
  }

  @Test
  void cutsMidLineRatherThanLoseMostOfTheHead() {
    String text = "a".repeat(50) + "\n" + "b".repeat(5000) + "\n";

    String capped = OutputCap.headTail(text, 400);

    assertThat(capped.substring(0, capped.indexOf("\n[... "))).hasSizeGreaterThan(150);
  }

  @Test
  void refusesACapTooSmallToRead() {
    assertThatThrownBy(() -> OutputCap.headTail("x", 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
