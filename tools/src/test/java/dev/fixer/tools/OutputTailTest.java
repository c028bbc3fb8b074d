package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputTailTest {

  @Test
  void keepsTheLastLinesWithoutTrailingBlankOnes() {
    assertThat(OutputTail.lastLines("one\ntwo\r\nthree\nfour\n\n\n", 2)).isEqualTo("three\nfour");
    assertThat(OutputTail.lastLines("only\n", 5)).isEqualTo("only");
  }

  @Test
  void foldsAStackTraceSoThatItsExceptionStaysInView() {
    StringBuilder output = new StringBuilder("Downloading https://services.gradle.org/distributions/gradle-8.5-bin.zip\n")
        .append("Exception in thread \"main\" java.net.UnknownHostException: services.gradle.org\n");
    for (int i = 0; i < 25; i++) {
      output.append("\tat org.gradle.wrapper.Frame").append(i).append(".call(Frame.java:").append(i).append(")\n");
    }
    output.append("fixer setup: ./gradlew failed (exit 1)\n");

    assertThat(OutputTail.lastLines(output.toString(), 6)).isEqualTo(
        "Exception in thread \"main\" java.net.UnknownHostException: services.gradle.org\n"
            + "\tat org.gradle.wrapper.Frame0.call(Frame.java:0)\n"
            + "\tat org.gradle.wrapper.Frame1.call(Frame.java:1)\n"
            + "\tat org.gradle.wrapper.Frame2.call(Frame.java:2)\n"
            + "\t... 22 more frames (folded)\n"
            + "fixer setup: ./gradlew failed (exit 1)");
  }

  @Test
  void foldsEachTraceOfAChainApartAndKeepsShortOnes() {
    String output = "java.lang.IllegalStateException: outer\n"
        + "    at a.A.f(A.java:1)\n"
        + "    at a.A.g(A.java:2)\n"
        + "Caused by: java.io.IOException: inner\n"
        + "    at b.B.f(B.java:1)\n"
        + "    at b.B.g(B.java:2)\n"
        + "    at b.B.h(B.java:3)\n"
        + "    at b.B.i(B.java:4)\n"
        + "    ... 7 more\n";

    assertThat(OutputTail.lastLines(output, 20)).isEqualTo("java.lang.IllegalStateException: outer\n"
        + "    at a.A.f(A.java:1)\n"
        + "    at a.A.g(A.java:2)\n"
        + "Caused by: java.io.IOException: inner\n"
        + "    at b.B.f(B.java:1)\n"
        + "    at b.B.g(B.java:2)\n"
        + "    at b.B.h(B.java:3)\n"
        + "\t... 2 more frames (folded)");
  }

  @Test
  void leavesLinesThatOnlyLookIndentedAlone() {
    String output = "  at last it passed\n  at least once\n  at all (times)\n  at the end (2 ms)\n   at\nTests: 3 passed";

    assertThat(OutputTail.lastLines(output, 10)).isEqualTo(output);
  }
}
