package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file work of an evaluation directory: each file written at once (see
 * {@link TextFiles#writeAtomically}); a failure for the whole evaluation is a {@link FixerException},
 * one for a single instance an {@link InstanceError}, each naming the file.
 */
final class EvalFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalFiles() {}

  /**
   * @param what what the file is, for the error message
   * @throws FixerException an infrastructure error naming the file
   */
  static void write(Path file, String text, String what) {
    try {
      TextFiles.writeAtomically(file, text);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write the " + what + " file " + file + ": " + TextFiles.reason(e), e);
    }
  }

  /** Writes one instance's file, its directories made first. */
  static void writeForInstance(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      TextFiles.writeAtomically(file, text);
    } catch (IOException e) {
      throw new InstanceError("cannot write " + file + ": " + TextFiles.reason(e), e);
    }
  }

  static void deleteTree(Path dir) {
    try {
      TextFiles.deleteTree(dir);
    } catch (IOException e) {
      throw new InstanceError("cannot remove " + dir + ": " + TextFiles.reason(e), e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new InstanceError("cannot read " + file + ": " + TextFiles.reason(e), e);
    }
  }

  /** The JSON in {@code file}; an empty object when it cannot be read or parsed. */
  static JsonNode json(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
