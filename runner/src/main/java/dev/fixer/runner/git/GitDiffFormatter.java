package dev.fixer.runner.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jgit.diff.DiffDriver;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.patch.FileHeader;

/**
 * A {@link DiffFormatter} whose hunk headers end like git's: where no diff driver names the
 * function, the nearest line above the hunk that starts with a letter, {@code _} or {@code $}
 * (git's default {@code funcname} rule: at most 80 bytes, without splitting a character,
 * trailing blanks dropped).
 */
final class GitDiffFormatter extends DiffFormatter {

  private static final int MAX_FUNCNAME_BYTES = 80;

  private RawText before;

  GitDiffFormatter(OutputStream out) {
    super(out);
  }

  @Override
  public void format(FileHeader head, RawText a, RawText b, DiffDriver driver) throws IOException {
    before = a;
    super.format(head, a, b, driver);
  }

  @Override
  protected void writeHunkHeader(int aStartLine, int aEndLine, int bStartLine, int bEndLine, String funcName)
      throws IOException {
    String name = funcName;
    if ((name == null || name.isEmpty()) && before != null) {
      name = defaultFuncName(aStartLine - 1);
    }
    super.writeHunkHeader(aStartLine, aEndLine, bStartLine, bEndLine, name);
  }

  private String defaultFuncName(int start) {
    for (int line = start; line >= 0 && line < before.size(); line--) {
      byte[] text = before.getString(line).getBytes(StandardCharsets.UTF_8);
      if (text.length > 0 && startsAnIdentifier(text[0])) {
        int length = Math.min(text.length, MAX_FUNCNAME_BYTES);
        while (length > 0 && length < text.length && (text[length] & 0xC0) == 0x80) {
          length--;
        }
        while (length > 0 && isSpace(text[length - 1])) {
          length--;
        }
        return new String(Arrays.copyOf(text, length), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static boolean startsAnIdentifier(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
  }
}
