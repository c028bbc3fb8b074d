package dev.fixer.core.prompt;

import java.util.List;

/**
 * What the runner knows of the repository before the agent starts.
 *
 * @param buildSystem e.g. "Maven (multi-module)"; empty if unknown
 * @param testCommand how tests are run, if known; empty otherwise
 * @param layout top-level entries or modules, one short line each
 * @param notes anything else worth saying (setup done, network off)
 */
public record RepoFacts(String buildSystem, String testCommand, List<String> layout, List<String> notes) {

  public static final RepoFacts UNKNOWN = new RepoFacts("", "", List.of(), List.of());

  public RepoFacts {
    buildSystem = buildSystem == null ? "" : buildSystem;
    testCommand = testCommand == null ? "" : testCommand;
    layout = layout == null ? List.of() : List.copyOf(layout);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
