package dev.fixer.runner.eval;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Writing the files of an evaluation directory, each at once (see {@link TextFiles#writeAtomically}). */
final class EvalFiles {

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
}
