package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellFramesTest {

  private static final String MARKER = "#fixer-0123456789abcdef#";

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final List<String> frames = new ArrayList<>();
  private final ShellFrames stream = new ShellFrames(MARKER, new ShellFrames.Sink() {
    @Override
    public void output(byte[] bytes, int offset, int length) {
      output.write(bytes, offset, length);
    }

    @Override
    public void frame(String body) {
      frames.add(body);
    }
  });

  private void write(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    stream.write(bytes, 0, bytes.length);
  }

  @Test
  void findsAFrameSplitAcrossWritesAfterOutputWithoutALineEnd() {
    write("abc#fixer-0123");
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
    write("456789abcdef#E 3");
    write(" 0\nrest");

    assertThat(frames).containsExactly("E 3 0");
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("abcrest");
  }

  @Test
  void passesOnWhatOnlyLooksLikeAMarkerAtOnce() {
    write("#fixer-#E 1 0\n#fixer-0123x\n");

    assertThat(frames).isEmpty();
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("#fixer-#E 1 0\n#fixer-0123x\n");
  }

  @Test
  void treatsAMarkerWithoutALineEndSoonAfterAsOutput() {
    String noLineEnd = "x".repeat(200);
    write(MARKER + noLineEnd);

    assertThat(frames).isEmpty();
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo(MARKER + noLineEnd);
  }

  @Test
  void handsBackWhatItHeldWhenTheStreamEnds() {
    write("tail#fix");

    assertThat(new String(stream.rest(), StandardCharsets.UTF_8)).isEqualTo("#fix");
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("tail");
  }
}
