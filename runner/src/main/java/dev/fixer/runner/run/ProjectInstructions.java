package dev.fixer.runner.run;

import dev.fixer.core.prompt.RepoFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The maintainers' instructions for coding agents, from the repository at the commit being fixed:
 * {@code AGENTS.md}, {@code CONTRIBUTING.md} (at the root, in {@code .github/} or {@code docs/}),
 * {@code .github/copilot-instructions.md}, and {@code instructions:} in {@code .fixer.yml}. Each is named,
 * and the prompt bounds their size.
 */
final class ProjectInstructions {

  static final List<String> FILES = List.of("AGENTS.md", "CONTRIBUTING.md", ".github/CONTRIBUTING.md",
      "docs/CONTRIBUTING.md", ".github/copilot-instructions.md");
  /** More than the prompt keeps of one file, so that the prompt can say where it cut. */
  private static final int READ_BYTES = 64 * 1024;

  private ProjectInstructions() {}

  /** The instructions found under {@code root}, then the configured ones; binary files are skipped. */
  static List<RepoFacts.Instructions> read(Path root, String configured) {
    List<RepoFacts.Instructions> found = new ArrayList<>();
    boolean contributing = false;
    for (String name : FILES) {
      if (name.endsWith("CONTRIBUTING.md") && contributing) {
        continue;
      }
      Path file = root.resolve(name);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(READ_BYTES);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isBlank() && text.indexOf('\0') < 0) {
          found.add(new RepoFacts.Instructions(name, text));
          contributing |= name.endsWith("CONTRIBUTING.md");
        }
      } catch (IOException e) {
        // unreadable: the agent can still read it with its tools if it is there
      }
    }
    if (configured != null && !configured.isBlank()) {
      found.add(new RepoFacts.Instructions(".fixer.yml instructions", configured));
    }
    return found;
  }
}
