package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LastPushTest {

  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void aStatusCommentWithTheMarkerGivesBackTheCommit() {
    String body = GitHubTexts.STATUS_MARKER + "\n**fixer opened a pull request**" + LastPush.marker(SHA);

    assertThat(LastPush.in(body)).contains(SHA);
  }

  @Test
  void aCommentWithoutTheMarkerOrWithAShortShaGivesNothing() {
    assertThat(LastPush.in(GitHubTexts.STATUS_MARKER + "\nworking")).isEmpty();
    assertThat(LastPush.in("<!-- fixer:pushed 0123456 -->")).isEmpty();
    assertThat(LastPush.in(null)).isEmpty();
  }

  @Test
  void aMarkerNeedsAFullSha() {
    assertThatThrownBy(() -> LastPush.marker("0123456")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0123456");
  }
}
