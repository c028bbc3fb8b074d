package dev.fixer.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.batch.BatchEntry.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionTest {

  @TempDir
  Path temp;

  private BatchState state;

  @BeforeEach
  void open() {
    state = BatchState.open(temp.resolve("batch.json"), "acme/widgets", "bug");
  }

  @AfterEach
  void close() {
    state.close();
  }

  private static Candidate issue(int number) {
    return new Candidate(number, "Issue " + number);
  }

  private List<Decision> choose(List<Candidate> listed, Set<Integer> withOpenPullRequest, Shard shard,
      OptionalInt maxIssues) {
    return Selection.choose(listed, state, withOpenPullRequest, shard, maxIssues);
  }

  private List<Decision> choose(Candidate... listed) {
    return choose(List.of(listed), Set.of(), Shard.ALL, OptionalInt.empty());
  }

  @Test
  void anIssueWithNoEntryOrAPendingOneIsStarted() {
    state.update(issue(2), entry -> entry);

    assertThat(choose(issue(1), issue(2))).containsExactly(new Decision.Start(issue(1)), new Decision.Start(issue(2)));
  }

  @Test
  void anIssueFinishedEarlierIsSkippedSayingHowItEnded() {
    state.update(issue(1), entry -> entry.ended(Status.FIXED, OptionalInt.of(0), "the tests pass")
        .withPullRequest("https://github.com/acme/widgets/pull/9"));
    state.update(issue(2), entry -> entry.ended(Status.NOT_FIXED, OptionalInt.of(1), "the tests still fail"));
    state.update(issue(3), entry -> entry.ended(Status.SKIPPED, OptionalInt.empty(), ""));

    assertThat(choose(issue(1), issue(2), issue(3))).containsExactly(
        new Decision.Skip(issue(1), "finished earlier: fixed (https://github.com/acme/widgets/pull/9)"),
        new Decision.Skip(issue(2), "finished earlier: not fixed (the tests still fail)"),
        new Decision.Skip(issue(3), "finished earlier: skipped"));
  }

  @Test
  void anIssueWithAnOpenPullRequestIsSkipped() {
    state.update(issue(4), entry -> entry.ended(Status.FIXED, OptionalInt.of(0), "fixed"));

    assertThat(choose(List.of(issue(3), issue(4), issue(5)), Set.of(3, 4), Shard.ALL, OptionalInt.empty()))
        .containsExactly(new Decision.Skip(issue(3), "has an open pull request"),
            new Decision.Skip(issue(4), "finished earlier: fixed (fixed)"), new Decision.Start(issue(5)));
  }

  @Test
  void aRunLeftRunningOrFailedIsResumedInItsDirectoryWhileThatExists() throws Exception {
    Path kept = Files.createDirectories(temp.resolve("runs/6"));
    Path failed = Files.createDirectories(temp.resolve("runs/7"));
    state.update(issue(6), entry -> entry.running(kept));
    state.update(issue(7), entry -> entry.running(failed).ended(Status.FAILED, OptionalInt.of(3), "docker died"));
    state.update(issue(8), entry -> entry.running(temp.resolve("runs/8-gone")));
    state.update(issue(9), entry -> entry.ended(Status.FAILED, OptionalInt.of(3), "no run directory"));

    assertThat(choose(issue(6), issue(7), issue(8), issue(9))).containsExactly(new Decision.Resume(issue(6), kept),
        new Decision.Resume(issue(7), failed), new Decision.Start(issue(8)), new Decision.Start(issue(9)));
  }

  @Test
  void aRunLeftRunningOrFailedIsResumedEvenWithAnOpenPullRequestSinceItMayBeItsOwn() throws Exception {
    Path killed = Files.createDirectories(temp.resolve("runs/6"));
    Path failed = Files.createDirectories(temp.resolve("runs/7"));
    state.update(issue(6), entry -> entry.running(killed));
    state.update(issue(7), entry -> entry.running(failed).ended(Status.FAILED, OptionalInt.of(3), "GitHub failed"));
    state.update(issue(8), entry -> entry.running(temp.resolve("runs/8-gone")));

    assertThat(choose(List.of(issue(6), issue(7), issue(8)), Set.of(6, 7, 8), Shard.ALL, OptionalInt.empty()))
        .containsExactly(new Decision.Resume(issue(6), killed), new Decision.Resume(issue(7), failed),
            new Decision.Skip(issue(8), "has an open pull request"));
  }

  @Test
  void maxIssuesCapsStartsAndResumesByLowestNumberAndSkipsDoNotCount() throws Exception {
    Path kept = Files.createDirectories(temp.resolve("runs/5"));
    state.update(issue(5), entry -> entry.running(kept));
    List<Candidate> listed = List.of(issue(9), issue(2), issue(7), issue(5), issue(3), issue(1));

    List<Decision> decisions = choose(listed, Set.of(1, 3), Shard.ALL, OptionalInt.of(2));

    assertThat(decisions).containsExactly(new Decision.Skip(issue(1), "has an open pull request"),
        new Decision.Start(issue(2)), new Decision.Skip(issue(3), "has an open pull request"),
        new Decision.Resume(issue(5), kept));
  }

  @Test
  void issuesOutsideTheShardAreLeftOutEvenWhenTheyWouldBeSkipped() {
    List<Candidate> listed = List.of(issue(1), issue(2), issue(3), issue(4), issue(5), issue(6));

    List<Decision> decisions = choose(listed, Set.of(4), Shard.parse("2/2"), OptionalInt.empty());

    assertThat(decisions).containsExactly(new Decision.Start(issue(2)),
        new Decision.Skip(issue(4), "has an open pull request"), new Decision.Start(issue(6)));
  }

  @Test
  void anIssueListedTwiceIsDecidedOnce() {
    assertThat(choose(issue(3), issue(3))).containsExactly(new Decision.Start(issue(3)));
  }
}
