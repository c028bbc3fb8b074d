package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.git.UserRepo;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.runner.github.GitHubAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * Putting a verified fix on GitHub, and reporting a run that has none: on the first run, and again
 * on a resume when the first attempt to publish failed (the run then stays in {@link Phase#FIXED}).
 */
final class PublishPhase {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PublishPhase() {}

  /**
   * After delivery: a committed change (a verified fix, or an unverified one for a draft) is published
   * (the run is in {@link Phase#FIXED} until it is); anything else is reported on the issue.
   */
  static void afterDelivery(Publication publication, boolean committed, ObjectNode result, RunDirectory run,
      RunRecord record, WorkCopy copy, Redactor redactor, Progress progress) {
    if (committed) {
      run.save(record.at(Phase.FIXED));
      publish(publication, result, run, record, copy, redactor, progress);
    } else {
      reportStopped(publication, result, progress);
    }
  }

  /** Publishes the fix of a run in {@link Phase#FIXED} from its {@code result.json} and work copy. */
  static Finished resume(RunDirectory run, RunRecord record, Map<String, String> env, Redactor redactor,
      Progress progress) {
    ObjectNode result = readResult(run);
    progress.line("resume: the change in " + run.dir() + " is committed; publishing it");
    try (UserRepo user = UserRepo.open(record.repo()); WorkCopy copy = WorkCopy.open(run.work())) {
      Publication publication = Publication.connect(record.publishing().orElseThrow(),
          record.issueNumber().getAsInt(), GitHubAccess.from(env), user.originPushUrl(), redactor);
      publish(publication, result, run, record, copy, redactor, progress);
    }
    run.save(record.at(Phase.DONE));
    boolean fixed = result.path("status").asText().equals("fixed");
    return new Finished(fixed ? ExitCodes.DONE : ExitCodes.NOT_DONE, (fixed ? "Fixed: " : "Unverified: ")
        + result.path("reason").asText() + "\nBranch: " + record.branch() + " in " + record.repo() + "\n", result);
  }

  /**
   * Pushes and opens or updates the pull request; adds its URL to {@code result} and {@code result.json}.
   * When the branch moved on origin meanwhile, nothing is pushed, the run is done (a resume would meet
   * the same branch) and it ends with a usage error that says to run again.
   */
  private static void publish(Publication publication, ObjectNode result, RunDirectory run, RunRecord record,
      WorkCopy copy, Redactor redactor, Progress progress) {
    int issue = result.path("issue").path("number").asInt();
    String remote = record.publishing().orElseThrow().branchOn(issue);
    progress.line("publishing: pushing " + record.branch() + " to origin as " + remote + " and opening its pull"
        + " request");
    Optional<String> url;
    try {
      url = publication.published(result, copy, record.branch());
    } catch (FixerException e) {
      throw e.explained(e.getMessage() + "; the change is on branch " + record.branch() + "; publish it with fixer"
          + " run --resume " + run.dir());
    }
    if (url.isEmpty()) {
      run.save(record.at(Phase.DONE));
      throw FixerException.usage("branch " + remote + " moved on origin while fixer worked (someone pushed to it);"
          + " nothing was pushed; run again to work on the branch as it is now (this run's change is on branch "
          + record.branch() + " of " + record.repo() + ")");
    }
    result.put("pr_url", url.get());
    RunDirectory.write(run.result(), redactor.redact(result.toPrettyString()));
    progress.line("publishing: " + url.get());
  }

  /** Says on the issue why the run ended without a fix; a failure to say so is a warning, not the run's end. */
  private static void reportStopped(Publication publication, ObjectNode result, Progress progress) {
    try {
      publication.stopped(result);
    } catch (FixerException e) {
      progress.line("warning: could not report on the issue: " + e.getMessage());
    }
  }

  private static ObjectNode readResult(RunDirectory run) {
    try {
      return (ObjectNode) JSON.readTree(Files.readString(run.result()));
    } catch (IOException | ClassCastException e) {
      throw FixerException.usage("cannot read " + run.result() + ", the result of the verified fix: "
          + e.getMessage() + "; start a new run with --issue", e);
    }
  }
}
