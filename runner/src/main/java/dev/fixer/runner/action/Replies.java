package dev.fixer.runner.action;

import java.util.List;
import java.util.regex.Pattern;

/** What fixer says on an issue when someone without write access asks it to work. */
public final class Replies {

  /** A hidden marker that identifies this reply. */
  public static final String UNAUTHORISED_MARKER = "<!-- fixer:unauthorised -->";

  private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(?:\\[bot\\])?");

  private Replies() {}

  /**
   * A short polite reply mentioning {@code login}, naming the trigger label, with
   * {@link #UNAUTHORISED_MARKER} at its end.
   *
   * @throws IllegalArgumentException for a login GitHub would not give, e.g. blank or with spaces
   */
  public static String unauthorised(String login, String triggerLabel) {
    return "@" + checked(login) + " thanks — only people with write access to this repository can start fixer;"
        + " a maintainer can add the " + codeSpan(triggerLabel.strip()) + " label or comment /fixer.\n\n"
        + UNAUTHORISED_MARKER;
  }

  /**
   * Whether fixer already answered {@code login} on this issue, given the bodies of the issue's
   * comments: one of them carries {@link #UNAUTHORISED_MARKER} and mentions {@code @login} (logins
   * compare ignoring case). fixer answers once per person per issue.
   */
  public static boolean alreadyAnswered(List<String> commentBodies, String login) {
    Pattern mention = Pattern.compile("(?<![A-Za-z0-9_-])@" + Pattern.quote(checked(login)) + "(?![A-Za-z0-9_-])",
        Pattern.CASE_INSENSITIVE);
    return commentBodies.stream()
        .anyMatch(body -> body.contains(UNAUTHORISED_MARKER) && mention.matcher(body).find());
  }

  private static String checked(String login) {
    if (!LOGIN.matcher(login).matches()) {
      throw new IllegalArgumentException("not a GitHub login: '" + login + "'");
    }
    return login;
  }

  private static String codeSpan(String text) {
    return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
  }
}
