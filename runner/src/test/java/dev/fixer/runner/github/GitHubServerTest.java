package dev.fixer.runner.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubServerTest {

  @Test
  void withoutSettingsTheServerIsGitHubCom() {
    assertThat(GitHubServer.url(Map.of())).isEqualTo("https://github.com");
    assertThat(GitHubServer.host(Map.of())).isEqualTo("github.com");
  }

  @Test
  void theServerUrlIsTakenAsSetWithoutItsTrailingSlash() {
    Map<String, String> env = Map.of("GITHUB_SERVER_URL", " https://GHE.example.com/ ",
        "GITHUB_API_URL", "https://api.github.com");

    assertThat(GitHubServer.url(env)).isEqualTo("https://GHE.example.com");
    assertThat(GitHubServer.host(env)).isEqualTo("ghe.example.com");
  }

  @ParameterizedTest
  @CsvSource({
      "https://api.github.com, https://github.com",
      "https://api.github.com/, https://github.com",
      "https://api.octocorp.ghe.com, https://octocorp.ghe.com",
      "https://ghe.example.com/api/v3, https://ghe.example.com",
      "http://127.0.0.1:8080, http://127.0.0.1:8080"})
  void withoutAServerUrlItComesFromTheApiUrl(String api, String server) {
    assertThat(GitHubServer.url(Map.of("GITHUB_API_URL", api))).isEqualTo(server);
  }

  @Test
  void pointingAtGitHubComSetsItsApi() {
    Map<String, String> env = GitHubServer.pointedAt(Map.of("GITHUB_API_URL", "https://ghe.example.com/api/v3",
        "GITHUB_TOKEN", "t"), "https://github.com/");

    assertThat(env).containsEntry("GITHUB_SERVER_URL", "https://github.com")
        .containsEntry("GITHUB_API_URL", "https://api.github.com").containsEntry("GITHUB_TOKEN", "t");
  }

  @Test
  void pointingAtAnEnterpriseServerSetsItsApiV3() {
    Map<String, String> env = GitHubServer.pointedAt(Map.of(), "https://ghe.example.com");

    assertThat(env).containsEntry("GITHUB_SERVER_URL", "https://ghe.example.com")
        .containsEntry("GITHUB_API_URL", "https://ghe.example.com/api/v3");
    assertThat(GitHubServer.host(env)).isEqualTo("ghe.example.com");
  }

  @Test
  void pointingAtSomethingThatIsNotAnHttpUrlIsAUsageError() {
    assertThatThrownBy(() -> GitHubServer.pointedAt(Map.of(), "ghe.example.com")).isInstanceOf(FixerException.class)
        .hasMessage("--github-url is 'ghe.example.com', not an http(s) URL: pass the web address of your GitHub,"
            + " e.g. https://ghe.example.com");
  }
}
