package dev.fixer.runner.issue;

import dev.fixer.runner.FixerException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns an {@link IssueRef} into an {@link Issue}. */
public final class Issues {

  private Issues() {}

  /**
   * Loads the issue {@code ref} names: a file is read with {@link IssueFiles#read}; a number is
   * looked up in the repository from the URL it came from, else the one {@link GitHubRepos#resolve}
   * finds.
   *
   * @param githubRepoFlag the --github-repo value, or null when not given
   * @param images whether to fetch the images of a GitHub issue, for a model that reads them
   * @param notes where to say what was skipped (an image that could not be fetched, a closed issue)
   * @throws FixerException a usage error when the file cannot be read, when no repository can be
   *     found for a number, or when GitHub does not have the issue; infrastructure when GitHub
   *     cannot be reached
   */
  public static Issue load(IssueRef ref, String githubRepoFlag, Map<String, String> env,
      Optional<String> originUrl, boolean images, Consumer<String> notes) {
    return load(ref, githubRepoFlag, env, originUrl, images, false, notes);
  }

  /** As {@link #load(IssueRef, String, Map, Optional, boolean, Consumer)}; {@code pullRequest} reads a pull request as the issue. */
  public static Issue load(IssueRef ref, String githubRepoFlag, Map<String, String> env,
      Optional<String> originUrl, boolean images, boolean pullRequest, Consumer<String> notes) {
    Objects.requireNonNull(ref, "ref");
    if (ref instanceof IssueRef.File file) {
      return IssueFiles.read(file.path());
    }
    IssueRef.Number number = (IssueRef.Number) ref;
    String repo = number.repo()
        .or(() -> GitHubRepos.resolve(githubRepoFlag, env, originUrl))
        .orElseThrow(() -> FixerException.usage("cannot tell which GitHub repository issue #"
            + number.number() + " is in: pass --github-repo OWNER/NAME, set GITHUB_REPOSITORY, "
            + "or add an origin remote"));
    return GitHubIssues.read(repo, number.number(), env, images, pullRequest, notes);
  }
}
