package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

class RemoteAccessTest {

  private static final String TOKEN = "ghp_remoteAccessTestToken42";

  private static RemoteAccess withToken(String url) {
    return new RemoteAccess(url, Optional.of(TOKEN));
  }

  @Test
  void aBlankTokenCountsAsNone() {
    assertThat(new RemoteAccess("https://github.com/o/r.git", Optional.of("  ")).token()).isEmpty();
  }

  @Test
  void aBlankUrlIsRejected() {
    assertThatThrownBy(() -> new RemoteAccess(" ", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anHttpsUrlGetsTheTokenAsPasswordOfUserXAccessToken() throws Exception {
    CredentialsProvider credentials = withToken("HTTPS://github.com/o/r.git").credentials();

    CredentialItem.Username user = new CredentialItem.Username();
    CredentialItem.Password password = new CredentialItem.Password();
    assertThat(credentials.get(new URIish("https://github.com/o/r.git"), user, password)).isTrue();
    assertThat(user.getValue()).isEqualTo("x-access-token");
    assertThat(new String(password.getValue())).isEqualTo(TOKEN);
  }

  @Test
  void noCredentialsWithoutATokenOrHttpsOrWhenTheUrlCarriesAUser() {
    assertThat(new RemoteAccess("https://github.com/o/r.git", Optional.empty()).credentials()).isNull();
    assertThat(withToken("http://github.com/o/r.git").credentials()).isNull();
    assertThat(withToken("git@github.com:o/r.git").credentials()).isNull();
    assertThat(withToken("ssh://git@github.com/o/r.git").credentials()).isNull();
    assertThat(withToken("/srv/git/r.git").credentials()).isNull();
    assertThat(withToken("file:///srv/git/r.git").credentials()).isNull();
    assertThat(withToken("https://someone:pw@github.com/o/r.git").credentials()).isNull();
  }

  @Test
  void displayUrlDropsTheUserinfoOfAUrl() {
    assertThat(withToken("https://user:secret@host/r.git").displayUrl()).isEqualTo("https://host/r.git");
    assertThat(withToken("https://ghp_inUser@host/r.git").displayUrl()).isEqualTo("https://host/r.git");
    assertThat(withToken("https://user:p@ss@host/r.git").displayUrl()).isEqualTo("https://host/r.git");
    assertThat(withToken("https://github.com/o/r.git").displayUrl()).isEqualTo("https://github.com/o/r.git");
    assertThat(withToken("/srv/a@b/r.git").displayUrl()).isEqualTo("/srv/a@b/r.git");
  }

  @Test
  void toStringShowsNeitherTheTokenNorAPasswordInTheUrl() {
    String text = withToken("https://user:secret@host/r.git").toString();

    assertThat(text).contains("https://host/r.git").doesNotContain("secret").doesNotContain(TOKEN);
  }

  @Test
  void redactMasksTheTokenAndTheUrlsCredentials() {
    RemoteAccess remote = withToken("https://user:secret@host/r.git");

    String text = remote.redact("https://user:secret@host/r.git: sent " + TOKEN + ", user@host said secret");

    assertThat(text).isEqualTo("https://host/r.git: sent ***, host said ***");
  }
}
