package dev.fixer.runner.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepliesTest {

  @Test
  void theReplyMentionsThePersonAndSaysWhoCanStartFixer() {
    String reply = Replies.unauthorised("drive-by", "needs-fix");

    assertThat(reply).startsWith("@drive-by thanks — only people with write access to this repository can "
        + "start fixer; a maintainer can add the `needs-fix` label or comment /fixer.");
  }

  @Test
  void theReplyCarriesTheHiddenMarker() {
    assertThat(Replies.UNAUTHORISED_MARKER).startsWith("<!--").endsWith("-->");
    assertThat(Replies.unauthorised("drive-by", "fixer")).endsWith("\n\n" + Replies.UNAUTHORISED_MARKER);
  }

  @Test
  void aPersonAlreadyRepliedToIsAnsweredOnce() {
    List<String> comments = List.of("Same here.", Replies.unauthorised("Drive-By", "fixer"), "/fixer");

    assertThat(Replies.alreadyAnswered(comments, "drive-by")).isTrue();
    assertThat(Replies.alreadyAnswered(comments, "DRIVE-BY")).isTrue();
  }

  @Test
  void anotherPersonOrAnUnmarkedMentionIsNotAnAnswer() {
    List<String> comments = List.of(Replies.unauthorised("drive-by", "fixer"), "@newcomer have a look",
        Replies.unauthorised("newcomer-2", "fixer"));

    assertThat(Replies.alreadyAnswered(comments, "newcomer")).isFalse();
    assertThat(Replies.alreadyAnswered(comments, "drive")).isFalse();
    assertThat(Replies.alreadyAnswered(List.of(), "drive-by")).isFalse();
  }

  @Test
  void aLoginGitHubWouldNotGiveIsABug() {
    assertThatThrownBy(() -> Replies.unauthorised("two words", "fixer"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Replies.alreadyAnswered(List.of(), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
