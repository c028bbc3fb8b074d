package dev.fixer.runner.report;

import dev.fixer.runner.FixerException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a directory given to {@code fixer show} or {@code fixer report} holds, by the file that marks it. */
enum Kind {
  RUN, BATCH, EVAL;

  static final String EXPECTED = "expected a run directory (with run.json), a batch directory (with state.json)"
      + " or an evaluation directory (with eval.json)";

  /**
   * @throws FixerException a usage error naming what was expected when {@code path} is none of them
   */
  static Kind of(Path path) {
    if (!Files.exists(path)) {
      throw FixerException.usage(path + " does not exist: " + EXPECTED);
    }
    if (Files.isRegularFile(path.resolve(RunFiles.RECORD))) {
      return RUN;
    }
    if (Files.isRegularFile(path.resolve("eval.json"))) {
      return EVAL;
    }
    if (Files.isRegularFile(path.resolve(BatchIndex.STATE)) || Files.isRegularFile(path)
        && path.getFileName().toString().endsWith(".json")) {
      return BATCH;
    }
    throw FixerException.usage(path + " is not a fixer run, batch or evaluation: " + EXPECTED);
  }
}
