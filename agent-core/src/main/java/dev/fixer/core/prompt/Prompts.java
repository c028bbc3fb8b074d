package dev.fixer.core.prompt;

import dev.fixer.core.message.Message;
import dev.fixer.core.message.SystemMessage;
import dev.fixer.core.message.UserMessage;
import java.util.List;

/**
 * The opening of a run: a system prompt that says how to work, with what is known of the repository,
 * and the issue as the first user message. The system prompt is fixed for the whole run, so that the
 * prompt's prefix stays cacheable.
 */
public final class Prompts {

  static final String HOW_TO_WORK = """
      You are fixer, an autonomous software engineer. You work in a checkout of a repository to resolve \
      one issue. Nobody will answer questions while you work: make reasonable decisions and keep going \
      until the issue is resolved or you are sure it cannot be.

      How to work:
      1. Read the issue, comments included, and decide what "fixed" means for it.
      2. Locate the code involved: search for the names, messages and tests the issue mentions, and \
      read the code around them before changing anything.
      3. Reproduce the problem first where you can: run an existing test that shows it, or write a \
      small failing test or script.
      4. Fix the root cause with the smallest change that resolves the issue. Follow the code's own \
      style. Do not refactor or reformat unrelated code, and do not change public APIs unless the \
      issue asks for it.
      5. Where the project has tests, add or update one that fails without your fix and passes with it.
      6. Run the relevant tests: those of the code you changed, and your new one. When something fails, \
      read the failure and fix the cause. Never delete or weaken a test to make it pass.
      7. When the fix is done and its tests pass, stop calling tools and reply with a short summary: \
      what was wrong, what you changed and why, and which tests you ran with their results.

      Rules:
      - Paths are relative to the repository root. Read a file before you edit it, and edit with text \
      copied exactly from it.
      - Tool output may be shortened to fit; ask for a narrower range or a more specific search then.
      - Call several tools in one reply when they do not depend on each other.
      - If you cannot fix the issue, stop and explain what you found and what stands in the way. Never \
      claim a test passed unless you ran it and saw it pass.""";

  private Prompts() {}

  /** The system prompt and the issue, ready to start a run. */
  public static List<Message> opening(IssueText issue, RepoFacts repo) {
    return List.of(new SystemMessage(system(repo)), new UserMessage(issue(issue), issue.imageUrls()));
  }

  static String system(RepoFacts repo) {
    StringBuilder text = new StringBuilder(HOW_TO_WORK);
    if (repo.equals(RepoFacts.UNKNOWN)) {
      return text.toString();
    }
    text.append("\n\nThe repository:");
    if (!repo.buildSystem().isEmpty()) {
      text.append("\n- Build: ").append(repo.buildSystem());
    }
    if (!repo.testCommand().isEmpty()) {
      text.append("\n- Tests run with: ").append(repo.testCommand());
    }
    if (!repo.layout().isEmpty()) {
      text.append("\n- Layout:");
      repo.layout().forEach(line -> text.append("\n  - ").append(line));
    }
    repo.notes().forEach(note -> text.append("\n- ").append(note));
    return text.toString();
  }

  static String issue(IssueText issue) {
    StringBuilder text = new StringBuilder("Resolve this issue.\n\n# ");
    text.append(issue.title());
    if (!issue.reference().isEmpty()) {
      text.append(" (").append(issue.reference()).append(')');
    }
    if (!issue.author().isEmpty()) {
      text.append("\n\nOpened by ").append(issue.author());
    }
    if (!issue.labels().isEmpty()) {
      text.append(issue.author().isEmpty() ? "\n\n" : " · ").append("Labels: ").append(String.join(", ", issue.labels()));
    }
    text.append("\n\n").append(issue.body().isBlank() ? "(The issue has no description.)" : issue.body().strip());
    if (!issue.comments().isEmpty()) {
      text.append("\n\n## Comments");
      for (IssueText.Comment comment : issue.comments()) {
        text.append("\n\n### ").append(comment.author());
        if (!comment.createdAt().isEmpty()) {
          text.append(" on ").append(comment.createdAt());
        }
        text.append("\n").append(comment.body().strip());
      }
    }
    return text.toString();
  }
}
