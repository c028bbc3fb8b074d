package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLinesTest {

  private final List<String> seen = new ArrayList<>();

  private void write(CappedOutput output, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    output.write(bytes, 0, bytes.length);
  }

  @Test
  void aListenerSeesEachLineOnceItEndsAcrossWrites() {
    CappedOutput output = new CappedOutput(1024, seen::add);

    write(output, "[INFO] Down");
    assertThat(seen).isEmpty();
    write(output, "loading a.jar\nTests run: 4\r\n12%\r50%\rdone é\n");

    assertThat(seen).containsExactly("[INFO] Downloading a.jar", "Tests run: 4", "12%", "50%", "done é");
    assertThat(output.text()).isEqualTo("[INFO] Downloading a.jar\nTests run: 4\r\n12%\r50%\rdone é\n");
  }

  @Test
  void aVeryLongLineIsPassedOnInPartsAndAFailingListenerIsIgnored() {
    CappedOutput output = new CappedOutput(1024, line -> {
      seen.add(line);
      throw new IllegalStateException("listener broke");
    });

    write(output, "x".repeat(OutputLines.MAX_LINE_BYTES + 10) + "\n");

    assertThat(seen).extracting(String::length).containsExactly(OutputLines.MAX_LINE_BYTES, 10);
    assertThat(output.total()).isEqualTo(OutputLines.MAX_LINE_BYTES + 11);
  }
}
