package dev.fixer.tools.build;

import java.util.Objects;

/**
 * A test run to start.
 *
 * @param script the {@code bash -c} script
 * @param note what the model should know about the selection, e.g. the modules it ran in; may be
 *     empty
 */
public record TestCommand(String script, String note) {

  public TestCommand {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(note, "note");
  }

  static TestCommand of(String script) {
    return new TestCommand(script, "");
  }
}
