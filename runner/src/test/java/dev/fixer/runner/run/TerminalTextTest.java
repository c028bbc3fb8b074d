package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void colourAndCursorCodesGoAndARewrittenLineKeepsItsLastVersion() {
    assertThat(TerminalText.plain("\u001B[1;31m[ERROR]\u001B[m BUILD FAILURE\r\n"
        + "Progress 10%\rProgress 90%\n\u001B]0;title\u0007tab\there\u0008\n"))
        .isEqualTo("[ERROR] BUILD FAILURE\nProgress 90%\ntab\there\n");
  }

  @Test
  void aSetupFailuresTailIsItsLastTwentyLinesWithoutEscapeCodes() {
    StringBuilder output = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      output.append("\u001B[33mline ").append(i).append("\u001B[0m\n");
    }

    String tail = SetupFailure.tailOf(output + "\n\n");

    assertThat(tail.lines()).hasSize(SetupFailure.TAIL_LINES).first().isEqualTo("line 11");
    assertThat(tail).endsWith("line 30");
  }
}
