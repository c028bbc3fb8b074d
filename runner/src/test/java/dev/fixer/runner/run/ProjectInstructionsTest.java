package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.prompt.RepoFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInstructionsTest {

  @TempDir
  Path repo;

  private void write(String path, String text) throws Exception {
    Files.createDirectories(repo.resolve(path).getParent());
    Files.writeString(repo.resolve(path), text);
  }

  @Test
  void readsTheAgentFilesEachUnderItsNameThenTheConfiguredOnes() throws Exception {
    write("AGENTS.md", "Run make lint before finishing.\n");
    write(".github/CONTRIBUTING.md", "Sign your commits.\n");
    write(".github/copilot-instructions.md", "Prefer records.\n");

    List<RepoFacts.Instructions> found = ProjectInstructions.read(repo, "Keep the public API.");

    assertThat(found).containsExactly(
        new RepoFacts.Instructions("AGENTS.md", "Run make lint before finishing.\n"),
        new RepoFacts.Instructions(".github/CONTRIBUTING.md", "Sign your commits.\n"),
        new RepoFacts.Instructions(".github/copilot-instructions.md", "Prefer records.\n"),
        new RepoFacts.Instructions(".fixer.yml instructions", "Keep the public API."));
  }

  @Test
  void takesOneContributingGuideTheRootOneFirstAndSkipsBinaryOrEmptyFiles() throws Exception {
    write("CONTRIBUTING.md", "Root guide.\n");
    write("docs/CONTRIBUTING.md", "Docs guide.\n");
    Files.write(repo.resolve("AGENTS.md"), new byte[] {'a', 0, 'b'});
    write(".github/copilot-instructions.md", "  \n");

    assertThat(ProjectInstructions.read(repo, null)).containsExactly(
        new RepoFacts.Instructions("CONTRIBUTING.md", "Root guide.\n"));
  }

  @Test
  void aRepositoryWithoutInstructionsHasNone() {
    assertThat(ProjectInstructions.read(repo, " ")).isEmpty();
  }
}
