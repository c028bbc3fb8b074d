package dev.fixer.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.BatchEntry.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchStateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOON = Instant.parse("2025-06-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);

  @TempDir
  Path temp;

  private Path file() {
    return temp.resolve("state/batch.json");
  }

  private BatchState open() {
    return BatchState.open(file(), "acme/widgets", "bug", CLOCK);
  }

  private static BatchEntry finishedEntry(Path runDir) {
    return new BatchEntry(12, "Crash | on \"empty\" input", Status.FIXED, Optional.of(runDir),
        Optional.of("https://github.com/acme/widgets/pull/40"), 17, 120_000, 80_000, 3_500, 0.4217, 185_250,
        OptionalInt.of(0), "the tests pass", Instant.parse("2025-06-01T11:59:30.123Z"));
  }

  @Test
  void anEntryReadsBackTheSameFromTheFile() {
    BatchEntry entry = finishedEntry(temp.resolve("runs/12"));
    try (BatchState state = open()) {
      state.put(entry);
    }

    try (BatchState state = open()) {
      assertThat(state.entries()).containsExactly(entry);
      assertThat(state.entry(12)).contains(entry);
      assertThat(state.entry(13)).isEmpty();
    }
  }

  @Test
  void reopeningAfterCloseKeepsEveryEntryInNumberOrder() {
    try (BatchState state = open()) {
      state.update(new Candidate(30, "Thirty"), entry -> entry.running(temp.resolve("runs/30")));
      state.update(new Candidate(4, "Four"), entry -> entry.ended(Status.FAILED, OptionalInt.of(3), "disk full"));
      state.update(new Candidate(17, "Seventeen"), entry -> entry);
    }

    try (BatchState state = open()) {
      assertThat(state.entries()).extracting(BatchEntry::number).containsExactly(4, 17, 30);
      assertThat(state.entry(30).orElseThrow().status()).isEqualTo(Status.RUNNING);
      assertThat(state.entry(30).orElseThrow().runDir()).contains(temp.resolve("runs/30"));
      assertThat(state.entry(4).orElseThrow().reason()).isEqualTo("disk full");
      assertThat(state.entry(17).orElseThrow().status()).isEqualTo(Status.PENDING);
    }
  }

  @Test
  void anUpdateIsStampedWithTheTimeAndKeepsTheTitle() {
    try (BatchState state = open()) {
      BatchEntry entry = state.update(new Candidate(5, "Five"), e -> e.withUsage(3, 100, 50, 20, 0.01, 900));

      assertThat(entry.updatedAt()).isEqualTo(NOON);
      assertThat(entry.title()).isEqualTo("Five");
      assertThat(state.update(5, e -> e.withPullRequest("https://github.com/acme/widgets/pull/6")).steps())
          .isEqualTo(3);
    }
  }

  @Test
  void theFileExistsAsSoonAsTheStateIsOpen() throws Exception {
    try (BatchState state = open()) {
      JsonNode root = JSON.readTree(file().toFile());

      assertThat(state.file()).isEqualTo(file());
      assertThat(root.get("repo").asText()).isEqualTo("acme/widgets");
      assertThat(root.get("label").asText()).isEqualTo("bug");
      assertThat(root.get("issues")).isEmpty();
    }
  }

  @Test
  void aSecondBatchCannotOpenTheFileWhileTheFirstHasIt() {
    try (BatchState first = open()) {
      assertThatThrownBy(this::open).isInstanceOfSatisfying(FixerException.class,
          e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
          .hasMessageContaining("another fixer batch uses the state file " + file());
    }
    try (BatchState again = open()) {
      assertThat(again.entries()).isEmpty();
    }
  }

  @Test
  void theFileOfAnotherRepositoryOrLabelIsAUsageErrorNamingBoth() {
    open().close();

    assertThatThrownBy(() -> BatchState.open(file(), "acme/gadgets", "bug")).isInstanceOf(FixerException.class)
        .hasMessageContaining(file().toString())
        .hasMessageContaining("is for acme/widgets label 'bug', not for acme/gadgets label 'bug'");
    assertThatThrownBy(() -> BatchState.open(file(), "acme/widgets", "help wanted"))
        .isInstanceOf(FixerException.class)
        .hasMessageContaining("is for acme/widgets label 'bug', not for acme/widgets label 'help wanted'");
    open().close();
  }

  @Test
  void aCorruptFileIsAUsageErrorThatNamesItAndSaysToMoveItAway() throws Exception {
    Files.createDirectories(file().getParent());
    Files.writeString(file(), "{\"version\": 1, \"repo\": \"acme/wid");

    assertThatThrownBy(this::open).isInstanceOfSatisfying(FixerException.class,
        e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageContaining("cannot read the batch state file " + file())
        .hasMessageEndingWith("move it away to start the batch afresh");
    Files.delete(file());
    open().close();
  }

  @Test
  void anEntryWithAnUnknownStatusMakesTheFileUnreadable() throws Exception {
    open().close();
    String text = Files.readString(file()).replace("\"issues\" : [ ]", "\"issues\" : [ "
        + EntryJson.encode(finishedEntry(temp)).put("status", "lost") + " ]");
    Files.writeString(file(), text);

    assertThatThrownBy(this::open).isInstanceOf(FixerException.class)
        .hasMessageContaining("cannot read the batch state file " + file() + " (unknown status 'lost')");
  }

  @Test
  void updatesFromEightThreadsAllLandAndTheFileAlwaysParses() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (BatchState state = open()) {
      Thread reader = new Thread(() -> {
        do {
          readIssues(failures);
        } while (writing.get());
      });
      reader.start();
      List<Thread> writers = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      for (int t = 0; t < 8; t++) {
        int first = t * 25 + 1;
        writers.add(new Thread(() -> write(state, go, first, failures)));
      }
      writers.forEach(Thread::start);
      go.countDown();
      for (Thread writer : writers) {
        writer.join();
      }
      writing.set(false);
      reader.join();
    }

    assertThat(failures).isEmpty();
    try (BatchState state = open()) {
      assertThat(state.entries()).hasSize(200).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(Status.NOT_FIXED));
    }
    assertThat(readIssues(failures)).isEqualTo(200);
  }

  private void write(BatchState state, CountDownLatch go, int first, List<Throwable> failures) {
    try {
      go.await();
      for (int number = first; number < first + 25; number++) {
        state.update(new Candidate(number, "Issue " + number), entry -> entry.running(temp.resolve("runs")));
        state.update(number, entry -> entry.ended(Status.NOT_FIXED, OptionalInt.of(1), "no change"));
      }
    } catch (Throwable e) {
      failures.add(e);
    }
  }

  private int readIssues(List<Throwable> failures) {
    try {
      return JSON.readTree(file().toFile()).get("issues").size();
    } catch (Exception e) {
      failures.add(e);
      return -1;
    }
  }

  @Test
  void anUpdateOfAnIssueWithoutAnEntryNeedsItsTitle() {
    try (BatchState state = open()) {
      assertThatThrownBy(() -> state.update(9, entry -> entry)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no issue 9");
      assertThat(state.entries()).isEmpty();
    }
  }

  @Test
  void aClosedStateTakesNoMoreChanges() {
    BatchState state = open();
    state.close();

    assertThatThrownBy(() -> state.put(finishedEntry(temp))).isInstanceOf(IllegalStateException.class);
  }
}
