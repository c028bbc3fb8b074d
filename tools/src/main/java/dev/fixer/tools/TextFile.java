package dev.fixer.tools;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A text file's content and how it is stored: its charset (UTF-8, or ISO-8859-1 for bytes that are
 * not valid UTF-8), a UTF-8 byte order mark, and its line ending. {@code text} has {@code \n} line
 * endings when the file uses CRLF throughout; a file that mixes them keeps its {@code \r} as is.
 * Encoding gives back the same bytes for unchanged text.
 */
record TextFile(String text, Charset charset, boolean bom, String lineEnding) {

  /** Larger files are not read whole. */
  static final long MAX_BYTES = 32L << 20;

  private static final int SNIFF_BYTES = 8192;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A new file's content: UTF-8 without a byte order mark, {@code \n} line endings. */
  static TextFile create(String text) {
    return new TextFile(text, StandardCharsets.UTF_8, false, "\n");
  }

  /** The file's text, or empty if the bytes look binary (a NUL byte, or mostly control characters). */
  static Optional<TextFile> decode(byte[] bytes) {
    if (looksBinary(bytes)) {
      return Optional.empty();
    }
    boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
    ByteBuffer body = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
    String text;
    Charset charset = StandardCharsets.UTF_8;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(body)
          .toString();
    } catch (CharacterCodingException e) {
      charset = StandardCharsets.ISO_8859_1;
      text = new String(bytes, StandardCharsets.ISO_8859_1);
      bom = false;
    }
    boolean crlf = text.contains("\r\n") && text.replace("\r\n", "").indexOf('\n') < 0;
    return Optional.of(crlf
        ? new TextFile(text.replace("\r\n", "\n"), charset, bom, "\r\n")
        : new TextFile(text, charset, bom, "\n"));
  }

  private static boolean looksBinary(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
        control++;
      }
    }
    return control > length / 10;
  }

  /** Whether the bytes were not valid UTF-8 and were read as ISO-8859-1. */
  boolean latin1() {
    return charset.equals(StandardCharsets.ISO_8859_1);
  }

  boolean finalNewline() {
    return text.endsWith("\n");
  }

  /** The lines, without their line endings; a final newline does not start another line. */
  List<String> lines() {
    return Lines.of(text);
  }

  /** The model's text as it must appear in {@link #text}: its CRLF become LF unless the file mixes both. */
  String normalize(String modelText) {
    return lineEnding.equals("\r\n") || text.indexOf('\r') < 0 ? modelText.replace("\r\n", "\n") : modelText;
  }

  /** The same file with {@code newText}, ending in a newline if and only if this one did. */
  TextFile withText(String newText) {
    String adjusted = newText;
    if (!text.isEmpty() && !newText.isEmpty()) {
      if (finalNewline() && !newText.endsWith("\n")) {
        adjusted = newText + "\n";
      } else if (!finalNewline() && newText.endsWith("\n")) {
        adjusted = newText.substring(0, newText.length() - 1);
      }
    }
    return new TextFile(adjusted, charset, bom, lineEnding);
  }

  /** Whether the charset can hold every character of the text. */
  boolean encodable() {
    return charset.newEncoder().canEncode(text);
  }

  byte[] encode() {
    byte[] body = (lineEnding.equals("\n") ? text : text.replace("\n", lineEnding)).getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] bytes = Arrays.copyOf(UTF8_BOM, 3 + body.length);
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }
}
