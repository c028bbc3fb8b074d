package dev.fixer.runner.issue;

import dev.fixer.runner.FixerException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Turns an {@link IssueRef} into an {@link Issue}. */
public final class Issues {

  private Issues() {}

  /**
   * Loads the issue {@code ref} names: a file is read with {@link IssueFiles#read}; a number is
   * looked up in the repository from the URL it came from, else the one {@link GitHubRepos#resolve}
   * finds.
   *
   * @param githubRepoFlag the --github-repo value, or null when not given
   * @throws FixerException a usage error when the file cannot be read, when no repository can be
   *     found for a number, or (in this version) whenever the issue is on GitHub
   */
  public static Issue load(IssueRef ref, String githubRepoFlag, Map<String, String> env,
      Optional<String> originUrl) {
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
    return fromGitHub(repo, number.number());
  }

  /** The one place that reads an issue from GitHub; until it does, it says how to pass a file. */
  private static Issue fromGitHub(String repo, int number) {
    throw FixerException.usage("issue #" + number + " of " + repo + " cannot be read from GitHub "
        + "yet: this version of fixer reads issues from Markdown files; save the issue as a file "
        + "whose first line is '# <title>' and pass --issue FILE");
  }
}
