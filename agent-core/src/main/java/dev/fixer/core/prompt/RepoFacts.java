package dev.fixer.core.prompt;

import java.util.List;
import java.util.Objects;

/**
 * What the runner knows of the repository before the agent starts.
 *
 * @param buildSystem e.g. "Maven (multi-module)"; empty if unknown
 * @param testCommand how tests are run, if known; empty otherwise
 * @param layout top-level entries or modules, one short line each
 * @param notes anything else worth saying (setup done, network off)
 * @param instructions what the repository's maintainers wrote for agents and contributors, in the
 *     order the model should read it; see {@link Prompts} for how much of it the prompt holds
 */
public record RepoFacts(String buildSystem, String testCommand, List<String> layout, List<String> notes,
    List<Instructions> instructions) {

  public static final RepoFacts UNKNOWN = new RepoFacts("", "", List.of(), List.of());

  /**
   * Instructions from the repository, e.g. its {@code AGENTS.md}. They guide style and workflow; the
   * system prompt says they never override fixer's own rules.
   *
   * @param source where they come from, as the model may look for it: a path such as
   *     {@code AGENTS.md} or {@code .github/copilot-instructions.md}, or e.g.
   *     {@code .fixer.yml instructions}
   * @param text the instructions; blank ones are left out of the prompt
   */
  public record Instructions(String source, String text) {
    public Instructions {
      Objects.requireNonNull(source, "source");
      if (source.isBlank()) {
        throw new IllegalArgumentException("instructions need a source, e.g. AGENTS.md");
      }
      source = source.strip();
      text = text == null ? "" : text;
    }
  }

  public RepoFacts {
    buildSystem = buildSystem == null ? "" : buildSystem;
    testCommand = testCommand == null ? "" : testCommand;
    layout = layout == null ? List.of() : List.copyOf(layout);
    notes = notes == null ? List.of() : List.copyOf(notes);
    instructions = instructions == null ? List.of() : List.copyOf(instructions);
  }

  /** Facts without instructions. */
  public RepoFacts(String buildSystem, String testCommand, List<String> layout, List<String> notes) {
    this(buildSystem, testCommand, layout, notes, List.of());
  }
}
