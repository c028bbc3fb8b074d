package dev.fixer.runner.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of an evaluation dataset, in SWE-bench's terms: an issue ({@code problemStatement}) on a
 * repository at {@code baseCommit}, the tests that must go from failing to passing and those that
 * must keep passing, and the test patch that adds or changes those tests.
 *
 * @param instanceId the dataset's id, e.g. {@code astropy__astropy-12907}; unique in a dataset
 * @param repo OWNER/NAME
 * @param baseCommit the commit the issue is fixed on, 40 hex digits or a shorter prefix
 * @param problemStatement the text, its first line usually the title
 * @param hintsText comments on the issue before the fix; empty when none
 * @param testPatch a unified diff adding or changing the tests; empty when none
 * @param failToPass test ids that fail at the base and must pass after the fix
 * @param passToPass test ids that pass at the base and must still pass
 * @param patch the dataset's own fix, the "gold" patch; empty when the dataset has none
 * @param environmentSetupCommit SWE-bench's commit whose environment the tests need; empty when none
 * @param version the dataset's version label; empty when none
 * @param language the repository's language as the dataset names it; empty when none
 * @param testCommand fixer's extra: the test command ({@code .fixer.yml test:}), empty for the detected build's
 * @param setup fixer's extra: the setup script ({@code .fixer.yml setup:}), empty for the detected build's
 * @param line the dataset line it was read from, 1-based
 */
public record Instance(String instanceId, String repo, String baseCommit, String problemStatement, String hintsText,
    String testPatch, List<String> failToPass, List<String> passToPass, String patch, String environmentSetupCommit,
    String version, String language, String testCommand, String setup, int line) {

  public Instance {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(baseCommit, "baseCommit");
    problemStatement = Objects.requireNonNullElse(problemStatement, "");
    hintsText = Objects.requireNonNullElse(hintsText, "");
    testPatch = Objects.requireNonNullElse(testPatch, "");
    failToPass = List.copyOf(failToPass);
    passToPass = List.copyOf(passToPass);
    patch = Objects.requireNonNullElse(patch, "");
    environmentSetupCommit = Objects.requireNonNullElse(environmentSetupCommit, "");
    version = Objects.requireNonNullElse(version, "");
    language = Objects.requireNonNullElse(language, "");
    testCommand = Objects.requireNonNullElse(testCommand, "");
    setup = Objects.requireNonNullElse(setup, "");
  }

  /** The configured test command, if the dataset gives one. */
  public Optional<String> testCommandGiven() {
    return testCommand.isBlank() ? Optional.empty() : Optional.of(testCommand);
  }

  /** The configured setup script, if the dataset gives one. */
  public Optional<String> setupGiven() {
    return setup.isBlank() ? Optional.empty() : Optional.of(setup);
  }
}
