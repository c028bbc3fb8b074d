package dev.fixer.runner.run;

import java.util.Map;
import java.util.Optional;

/** The page of the GitHub Actions run fixer is part of, when it runs in one. */
final class ActionsRun {

  private ActionsRun() {}

  /** {@code GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID} when all three are set. */
  static Optional<String> url(Map<String, String> env) {
    String server = env.getOrDefault("GITHUB_SERVER_URL", "");
    String repo = env.getOrDefault("GITHUB_REPOSITORY", "");
    String id = env.getOrDefault("GITHUB_RUN_ID", "");
    if (server.isBlank() || repo.isBlank() || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(server.strip().replaceAll("/+$", "") + "/" + repo.strip() + "/actions/runs/" + id.strip());
  }
}
