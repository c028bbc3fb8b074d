package dev.fixer.runner.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubReposTest {

  private static final Optional<String> ORIGIN = Optional.of("git@github.com:origin-org/origin.git");
  private static final Map<String, String> ENV = Map.of("GITHUB_REPOSITORY", "env-org/env-repo");

  @Test
  void theFlagComesFirst() {
    assertThat(GitHubRepos.resolve("flag-org/flag.repo", ENV, ORIGIN)).hasValue("flag-org/flag.repo");
  }

  @Test
  void theEnvironmentComesBeforeTheOrigin() {
    assertThat(GitHubRepos.resolve(null, ENV, ORIGIN)).hasValue("env-org/env-repo");
  }

  @Test
  void theOriginIsTheLastResort() {
    assertThat(GitHubRepos.resolve(null, Map.of("GITHUB_REPOSITORY", ""), ORIGIN))
        .hasValue("origin-org/origin");
  }

  @Test
  void nothingKnownIsEmpty() {
    assertThat(GitHubRepos.resolve(null, Map.of(), Optional.empty())).isEmpty();
    assertThat(GitHubRepos.resolve(null, Map.of(), Optional.of("/srv/git/repo.git"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"widgets", "octo-org/widgets/extra", "https://github.com/octo-org/widgets",
      "octo org/widgets", "octo-org/..", ""})
  void aFlagThatIsNotOwnerSlashNameIsAUsageError(String flag) {
    assertThatThrownBy(() -> GitHubRepos.resolve(flag, Map.of(), ORIGIN))
        .isInstanceOf(FixerException.class)
        .hasMessage("--github-repo must be OWNER/NAME, e.g. octo-org/widgets, got '" + flag + "'");
  }

  @Test
  void aMalformedGithubRepositoryVariableIsAUsageError() {
    assertThatThrownBy(() -> GitHubRepos.resolve(null, Map.of("GITHUB_REPOSITORY", "nope"), ORIGIN))
        .isInstanceOf(FixerException.class)
        .hasMessageStartingWith("GITHUB_REPOSITORY must be OWNER/NAME");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://github.com/o/n.git",
      "https://github.com/o/n",
      "https://github.com/o/n/",
      "http://ghe.example.com/o/n.git",
      "https://x-access-token:secret@github.com/o/n.git",
      "https://user@ghe.example.com:8443/o/n",
      "git@github.com:o/n.git",
      "git@github.com:o/n",
      "ssh://git@github.com/o/n.git",
      "ssh://git@ghe.example.com:2222/o/n"})
  void readsOwnerAndNameFromRemoteUrls(String url) {
    assertThat(GitHubRepos.fromRemoteUrl(url)).hasValue("o/n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/srv/git/o/n.git", "../o/n", "file:///srv/git/o/n.git", "C:/repos/o/n",
      "https://github.com/o", "https://host/scm/o/n.git", "git://github.com/o/n.git", "", "not a url"})
  void otherRemotesGiveNothing(String url) {
    assertThat(GitHubRepos.fromRemoteUrl(url)).isEmpty();
  }
}
