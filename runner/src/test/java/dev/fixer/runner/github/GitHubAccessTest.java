package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitHubAccessTest {

  @Test
  void withoutSettingsItIsAnonymousAccessToGitHubCom() {
    GitHubAccess access = GitHubAccess.from(Map.of());

    assertThat(access.apiUrl()).isEqualTo("https://api.github.com").isEqualTo(GitHubAccess.DEFAULT_API_URL);
    assertThat(access.token()).isEmpty();
  }

  @Test
  void takesTheApiUrlWithoutItsTrailingSlashAndTheToken() {
    GitHubAccess access = GitHubAccess.from(Map.of(
        "GITHUB_API_URL", "https://ghe.example.com/api/v3/", "GITHUB_TOKEN", "ghp_one", "GH_TOKEN", "ghp_two"));

    assertThat(access).isEqualTo(new GitHubAccess("https://ghe.example.com/api/v3", Optional.of("ghp_one")));
  }

  @Test
  void fallsBackToGhTokenWhenGithubTokenIsMissingOrBlank() {
    assertThat(GitHubAccess.from(Map.of("GH_TOKEN", "ghp_two")).token()).contains("ghp_two");
    assertThat(GitHubAccess.from(Map.of("GITHUB_TOKEN", "  ", "GH_TOKEN", "ghp_two")).token()).contains("ghp_two");
    assertThat(GitHubAccess.from(Map.of("GITHUB_TOKEN", "", "GH_TOKEN", " ")).token()).isEmpty();
    assertThat(GitHubAccess.from(Map.of("GITHUB_API_URL", " ")).apiUrl()).isEqualTo(GitHubAccess.DEFAULT_API_URL);
  }

  @Test
  void anApiUrlThatIsNotHttpIsAUsageErrorShowingWhatItShouldLookLike() {
    List<String> bads = List.of("ghe.example.com", "ftp://ghe.example.com", "https://", "https://user:pw@ghe.example.com");
    for (String bad : bads) {
      assertThatThrownBy(() -> GitHubAccess.from(Map.of("GITHUB_API_URL", bad)))
          .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
          .hasMessage("GITHUB_API_URL is '" + bad + "', not an http(s) URL: set it to the API root of your GitHub, "
              + "e.g. https://api.github.com or https://ghe.example.com/api/v3");
    }
  }

  @Test
  void toStringHidesTheToken() {
    GitHubAccess access = new GitHubAccess("https://api.github.com", Optional.of("ghp_secret123"));

    assertThat(access.toString()).doesNotContain("ghp_secret123").contains("https://api.github.com").contains("hidden");
  }

  @Test
  void requireTokenGivesTheTokenOrSaysWhyItIsNeededAndHowToSetIt() {
    GitHubAccess withToken = new GitHubAccess("https://api.github.com", Optional.of("ghp_x"));
    assertThat(withToken.requireToken("comment")).isEqualTo("ghp_x");

    assertThatThrownBy(() -> GitHubAccess.from(Map.of()).requireToken("open a pull request"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageStartingWith("GITHUB_TOKEN is not set: fixer needs it to open a pull request; create a token ")
        .hasMessageContaining("(repo contents and pull requests: write, issues: write)")
        .hasMessageEndingWith("export GITHUB_TOKEN=<token>");
  }

  @Test
  void aBlankTokenOrAnApiUrlWithATrailingSlashIsABug() {
    assertThatThrownBy(() -> new GitHubAccess("https://api.github.com", Optional.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GitHubAccess("https://api.github.com/", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
