package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What fixer writes on GitHub, made from a run's result ({@code result.json}): the pull request's
 * title and body, and the status comment on the issue in its three states.
 */
final class GitHubTexts {

  /** Identifies fixer's status comment on an issue, so that it is edited rather than repeated. */
  static final String STATUS_MARKER = "<!-- fixer:status -->";
  /** Identifies a pull request body written by fixer. */
  static final String PR_MARKER = "<!-- fixer:pr -->";
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private GitHubTexts() {}

  static String prTitle(JsonNode result) {
    String title = result.path("issue").path("title").asText();
    return title.length() > 200 ? title.substring(0, 199) + "…" : title;
  }

  static String prBody(JsonNode result, Optional<String> runUrl) {
    StringBuilder body = new StringBuilder();
    if (result.path("status").asText().equals("unverified")) {
      body.append("> [!WARNING]\n> **Unverified.** ").append(sentence(result.path("reason").asText()))
          .append(" fixer cannot show that this change fixes the issue; it is a draft for a person to check.\n\n");
    }
    issueNumber(result).ifPresent(number -> body.append("Fixes #").append(number).append("\n\n"));
    String summary = result.path("summary").asText("").strip();
    body.append(summary.isEmpty() ? "(The model gave no summary.)" : summary).append("\n\n");
    body.append("### What changed\n\n| File | Change | + | − |\n| --- | --- | ---: | ---: |\n");
    for (JsonNode file : result.path("changed_files")) {
      body.append("| `").append(file.path("path").asText()).append("` | ").append(file.path("change").asText())
          .append(" | ").append(file.path("added").asInt()).append(" | ").append(file.path("removed").asInt())
          .append(" |\n");
    }
    body.append("\n### Tests\n\n").append(tests(result)).append(command(result)).append("\n\n### The run\n\n").append(run(result, runUrl));
    body.append("\n\n<sub>Opened by fixer from ").append(result.path("status").asText().equals("fixed")
        ? "a verified change" : "an unverified change").append(". Review it like any other contribution; close it to"
        + " reject it.</sub>\n").append(PR_MARKER).append('\n');
    return body.toString();
  }

  static String working(String branch, String model, Optional<String> runUrl) {
    return STATUS_MARKER + "\n**fixer is working on this issue** on branch `" + branch + "` with " + model + "."
        + runUrl.map(url -> " [Follow the run](" + url + ").").orElse("")
        + "\n\nThis comment is updated when the run ends.";
  }

  static String fixed(JsonNode result, String prUrl, Optional<String> runUrl) {
    boolean verified = result.path("status").asText().equals("fixed");
    return STATUS_MARKER + "\n**fixer opened " + (verified ? "a pull request: " : "a draft pull request with an"
        + " unverified change: ") + prUrl + "**\n\n" + (verified ? "" : sentence(result.path("reason").asText())
        + "\n\n") + setup(result) + tests(result) + "\n\n" + run(result, runUrl);
  }

  /** The status after a follow-up on review feedback added a commit to the pull request, with its verdict. */
  static String followedUp(JsonNode result, String prUrl, Optional<String> runUrl) {
    return STATUS_MARKER + "\n**fixer added a commit to the pull request after review: " + prUrl + "**\n\n"
        + sentence(result.path("reason").asText()) + "\n\n" + setup(result) + tests(result) + "\n\n"
        + run(result, runUrl);
  }

  static String stopped(JsonNode result, Optional<String> runUrl) {
    StringBuilder text = new StringBuilder(STATUS_MARKER).append("\n**fixer could not fix this issue:** ")
        .append(result.path("reason").asText()).append("\n\n");
    text.append(setup(result));
    if (result.path("setup_failure").path("stopped_run").asBoolean()) {
      return text.append(run(result, runUrl)).append("\n\nFix the setup command in .fixer.yml, or set"
          + " on_setup_failure: continue there, and ask again to retry.").toString();
    }
    int files = result.path("changed_files").size();
    text.append(files == 0 ? "It changed no file." : "It changed " + files + (files == 1 ? " file" : " files")
        + " but did not open a pull request, because " + (result.path("status").asText().equals("unverified")
            ? "no test shows that the change fixes the issue (publish_unverified: draft in .fixer.yml opens a draft"
                + " pull request for such a change)." : "the change is not verified."));
    if (result.hasNonNull("tests")) {
      text.append("\n\n").append(tests(result));
    }
    text.append("\n\n").append(run(result, runUrl)).append("\n\nAdd detail to the issue and ask again to retry.");
    return text.toString();
  }

  /** How a run ended, in Markdown: a heading with the outcome, the reason, the tests and the run's numbers. */
  /** The status comment of a run whose fix was not pushed because {@code branch} moved meanwhile. */
  static String moved(String branch, JsonNode result, Optional<String> runUrl) {
    return STATUS_MARKER + "\n**fixer pushed nothing:** the branch moved while fixer worked (someone pushed to `"
        + branch + "`), and fixer never overwrites a branch. Ask again to run on the branch as it is now.\n\n"
        + run(result, runUrl);
  }

  /** The status comment of a run that did not start because {@code branch} is on origin without a pull request. */
  static String orphanBranch(String branch) {
    return STATUS_MARKER + "\n**fixer did not start:** branch `" + branch + "` is on origin without an open pull"
        + " request, and fixer never overwrites a branch. Delete the branch to start afresh, or reopen its pull"
        + " request, and ask again.";
  }

  static String summary(JsonNode result) {
    String status = result.path("status").asText("error");
    String issue = result.path("issue").path("reference").asText("");
    StringBuilder text = new StringBuilder("### fixer").append(issue.isEmpty() ? "" : " on " + issue).append(": ")
        .append(switch (status) {
          case "fixed" -> "fixed";
          case "unverified" -> "unverified";
          case "not_fixed" -> "not fixed";
          default -> "error";
        }).append("\n\n");
    if (status.equals("error")) {
      return text.append(result.path("error").asText()).append('\n').toString();
    }
    String reason = result.path("reason").asText();
    text.append(sentence(reason)).append("\n\n");
    if (result.hasNonNull("pr_url")) {
      text.append("Pull request: ").append(result.get("pr_url").asText()).append("\n\n");
    }
    return text.append(tests(result)).append("\n\n").append(run(result, Optional.empty())).append('\n').toString();
  }

  private static String tests(JsonNode result) {
    JsonNode tests = result.path("tests");
    if (!tests.isObject()) {
      return "No tests were run.";
    }
    String which = tests.path("requested").isEmpty() ? "the whole test suite"
        : String.join(", ", IssueJson.strings(tests.path("requested")));
    String counts = tests.has("run") ? tests.path("run").asInt() + " run, " + tests.path("failed").asInt()
        + " failed, " + tests.path("errors").asInt() + " errors, " + tests.path("skipped").asInt() + " skipped"
        : "no report";
    JsonNode verification = result.path("verification");
    if (!verification.isObject()) {
      return (tests.path("passed").asBoolean() ? "Tests pass: " : "Tests fail: ") + which + " (" + counts + ").";
    }
    StringBuilder text = new StringBuilder("Tests, compared with their outcomes before the change: ")
        .append(verification.path("scope").asText(which)).append(" (").append(counts).append(").\n");
    for (JsonNode line : verification.path("lines")) {
      text.append("\n- ").append(line.asText());
    }
    String note = verification.path("baseline").path("note").asText("");
    if (!note.isEmpty()) {
      text.append("\n- baseline: ").append(note);
    }
    return text.toString();
  }

  /** The failed setup command and the end of its output; empty when setup did not fail. */
  private static String setup(JsonNode result) {
    JsonNode failure = result.path("setup_failure");
    if (!failure.isObject()) {
      return "";
    }
    String tail = failure.path("output_tail").asText("");
    return "Setup failed (exit code " + failure.path("exit_code").asInt()
        + (failure.path("timed_out").asBoolean() ? ", timed out" : "") + ")"
        + (failure.path("stopped_run").asBoolean() ? "" : "; the agent started, told of the failure") + ":\n\n"
        + fenced(failure.path("command").asText()) + "\n\n" + (tail.isBlank() ? "It printed nothing."
            : "The end of its output:\n\n" + fenced(tail)) + "\n\n";
  }

  /** {@code text} as a code block whose fence no run of backticks in it can close. */
  private static String fenced(String text) {
    int longest = 0;
    for (Matcher run = BACKTICKS.matcher(text); run.find(); ) {
      longest = Math.max(longest, run.group().length());
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "\n" + text.stripTrailing() + "\n" + fence;
  }

  private static String command(JsonNode result) {
    JsonNode tests = result.path("tests");
    return tests.isObject() ? "\n\n<details><summary>The command</summary>\n\n```\n" + tests.path("command").asText()
        + "\n```\n</details>" : "";
  }

  private static String run(JsonNode result, Optional<String> runUrl) {
    JsonNode tokens = result.path("tokens");
    String cost = result.hasNonNull("cost_usd")
        ? String.format(Locale.ROOT, "$%.4f", result.get("cost_usd").asDouble()) : "cost unknown";
    return String.format(Locale.ROOT, "%d steps · %,d prompt tokens (%,d cached) · %,d completion tokens · %s · %s"
            + " · %s", result.path("steps").asInt(), tokens.path("prompt").asLong(), tokens.path("cached").asLong(),
        tokens.path("completion").asLong(), cost, minutes(result.path("elapsed_ms").asLong()),
        result.path("model").asText()) + runUrl.map(url -> " · [run](" + url + ")").orElse("");
  }

  private static Optional<Integer> issueNumber(JsonNode result) {
    JsonNode number = result.path("issue").path("number");
    return number.isInt() ? Optional.of(number.asInt()) : Optional.empty();
  }

  /** {@code text} with a capital first letter and a full stop, as a sentence on its own. */
  private static String sentence(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return ".!?…".indexOf(capital.charAt(capital.length() - 1)) >= 0 ? capital : capital + ".";
  }

  private static String minutes(long ms) {
    long s = ms / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
