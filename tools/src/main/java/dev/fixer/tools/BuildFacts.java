package dev.fixer.tools;

import java.util.Objects;

/**
 * What the model is told about the repository's build before it starts.
 *
 * @param description the build found, e.g. {@code Maven (multi-module: core, app)}, or a sentence
 *     saying none was found
 * @param testCommand the script {@code run_tests} runs for the whole suite; empty when there is none
 */
public record BuildFacts(String description, String testCommand) {

  public BuildFacts {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(testCommand, "testCommand");
  }

  /** A short paragraph for the model's first message. */
  public String forModel() {
    if (testCommand.isEmpty()) {
      return "Build: " + description + ". The run_tests tool cannot run tests here.";
    }
    return "Build: " + description + ". The run_tests tool runs the tests with: " + testCommand;
  }
}
