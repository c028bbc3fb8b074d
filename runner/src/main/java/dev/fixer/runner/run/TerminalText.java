package dev.fixer.runner.run;

import java.util.regex.Pattern;

/** Command output made fit for one line of fixer's own: terminal escape codes and carriage returns removed. */
final class TerminalText {

  /** CSI sequences (colours, cursor moves), OSC sequences (titles, links) and two-byte escapes. */
  private static final Pattern ESCAPES =
      Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]");
  private static final Pattern CONTROLS = Pattern.compile("[\u0000-\u0008\u000B-\u001F\u007F]");

  private TerminalText() {}

  /** {@code text} without escape codes; a line that a carriage return rewrote keeps only its last version. */
  static String plain(String text) {
    String[] lines = ESCAPES.matcher(text).replaceAll("").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      lines[i] = CONTROLS.matcher(line.substring(line.lastIndexOf('\r') + 1)).replaceAll("");
    }
    return String.join("\n", lines);
  }
}
