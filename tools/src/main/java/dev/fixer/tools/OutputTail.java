package dev.fixer.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The end of a command's output, where builds print what matters. */
final class OutputTail {

  /** Frames of a stack trace kept before the rest of it is folded into one line. */
  static final int KEPT_FRAMES = 3;

  private static final Pattern FRAME = Pattern.compile("\\s+(at [\\w$.@/<>-]+\\(.*\\)|\\.\\.\\. \\d+ more)\\s*");

  private OutputTail() {}

  /**
   * The last {@code lines} lines of {@code text}, trailing blank lines dropped, with each Java stack
   * trace folded to its first frames, so that the exception and its message, printed above the
   * frames, stay in view: "java.net.UnknownHostException: services.gradle.org" rather than 20 frames.
   */
  static String lastLines(String text, int lines) {
    List<String> all = foldStacks(text.stripTrailing().split("\\R", -1));
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static List<String> foldStacks(String[] lines) {
    List<String> kept = new ArrayList<>(lines.length);
    int frames = 0;
    for (String line : lines) {
      frames = FRAME.matcher(line).matches() ? frames + 1 : 0;
      if (frames <= KEPT_FRAMES) {
        kept.add(line);
      } else if (frames == KEPT_FRAMES + 1) {
        kept.add("\t... 1 more frame (folded)");
      } else {
        kept.set(kept.size() - 1, "\t... " + (frames - KEPT_FRAMES) + " more frames (folded)");
      }
    }
    return kept;
  }
}
