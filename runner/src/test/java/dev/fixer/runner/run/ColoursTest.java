package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColoursTest {

  @Test
  void theVerdictIsColouredOnATerminal() {
    assertThat(Colours.verdict("Fixed: 1 test fails before\n", true)).isEqualTo("\u001b[32mFixed:\u001b[0m 1 test fails before\n");
    assertThat(Colours.verdict("Not fixed: no change\n", true)).startsWith("\u001b[31mNot fixed:\u001b[0m");
    assertThat(Colours.verdict("Unverified: no test\n", true)).startsWith("\u001b[33mUnverified:\u001b[0m");
  }

  @Test
  void noColourOffATerminalOrWithNoColorSet() {
    assertThat(Colours.wanted(false, Map.of())).isFalse();
    assertThat(Colours.wanted(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(Colours.wanted(true, Map.of("NO_COLOR", ""))).isTrue();
    assertThat(Colours.wanted(true, Map.of())).isTrue();
    assertThat(Colours.verdict("Fixed: x", false)).isEqualTo("Fixed: x");
  }
}
