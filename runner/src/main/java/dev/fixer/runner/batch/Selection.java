package dev.fixer.runner.batch;

import dev.fixer.runner.batch.BatchEntry.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Chooses what a batch does with each issue it listed. */
public final class Selection {

  private Selection() {}

  /**
   * The decisions for {@code listed}, lowest number first. Issues outside {@code shard} are left out
   * altogether. The rules, first match wins: an issue whose entry in {@code state} is finished is
   * skipped as finished earlier; one whose entry is RUNNING or FAILED with a run directory that still
   * exists is resumed, even with an open pull request (a batch killed while publishing leaves its own
   * pull request open, and the resumed run finishes publishing it); one in {@code withOpenPullRequest}
   * is skipped as having an open pull request; any other is started. {@code maxIssues} caps the starts and resumes together, taking the lowest
   * numbers; the issues beyond it are left out (not skipped, so that a later batch takes them), and
   * skips do not count. An issue listed twice counts once.
   *
   * @throws IllegalArgumentException if {@code maxIssues} is negative
   */
  public static List<Decision> choose(List<Candidate> listed, BatchState state, Set<Integer> withOpenPullRequest,
      Shard shard, OptionalInt maxIssues) {
    int room = maxIssues.orElse(Integer.MAX_VALUE);
    if (room < 0) {
      throw new IllegalArgumentException("--max-issues is not negative: " + room);
    }
    List<Candidate> ordered = new ArrayList<>(listed);
    ordered.sort(Comparator.comparingInt(Candidate::number));
    Set<Integer> seen = new HashSet<>();
    List<Decision> decisions = new ArrayList<>();
    for (Candidate issue : ordered) {
      if (!shard.includes(issue.number()) || !seen.add(issue.number())) {
        continue;
      }
      Decision decision = decide(issue, state.entry(issue.number()), withOpenPullRequest);
      if (decision instanceof Decision.Skip) {
        decisions.add(decision);
      } else if (room > 0) {
        decisions.add(decision);
        room--;
      }
    }
    return List.copyOf(decisions);
  }

  private static Decision decide(Candidate issue, Optional<BatchEntry> entry, Set<Integer> withOpenPullRequest) {
    if (entry.isPresent() && entry.get().status().finished()) {
      return new Decision.Skip(issue, "finished earlier: " + describe(entry.get()));
    }
    Optional<Path> left = entry.filter(Selection::interrupted).flatMap(BatchEntry::runDir).filter(Files::isDirectory);
    if (left.isPresent()) {
      return new Decision.Resume(issue, left.get());
    }
    return withOpenPullRequest.contains(issue.number()) ? new Decision.Skip(issue, "has an open pull request")
        : new Decision.Start(issue);
  }

  private static boolean interrupted(BatchEntry entry) {
    return entry.status() == Status.RUNNING || entry.status() == Status.FAILED;
  }

  private static String describe(BatchEntry entry) {
    String status = entry.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String detail = entry.prUrl().orElse(entry.reason());
    return detail.isBlank() ? status : status + " (" + detail + ")";
  }
}
