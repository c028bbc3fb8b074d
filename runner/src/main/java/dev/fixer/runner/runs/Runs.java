package dev.fixer.runner.runs;

import dev.fixer.runner.run.FixerHome;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runs fixer keeps under {@code $FIXER_HOME}: those of {@code fixer run} in {@code runs/}, and
 * those of {@code fixer batch} in {@code batches/NAME/issue-N/run}. Lists them, and removes old ones.
 */
public final class Runs {

  private final FixerHome home;
  private final Clock clock;

  public Runs(FixerHome home, Clock clock) {
    this.home = home;
    this.clock = clock;
  }

  /** Every run directory (one with a run.json), newest first. */
  public List<RunEntry> list() {
    Instant now = clock.instant();
    List<Path> dirs = new ArrayList<>(children(home.runs()));
    children(home.batches()).forEach(batch -> children(batch).stream()
        .filter(dir -> dir.getFileName().toString().startsWith("issue-")).map(dir -> dir.resolve("run"))
        .forEach(dirs::add));
    return dirs.stream().filter(RunReader::isRun).map(dir -> RunReader.read(dir, now))
        .sorted(Comparator.comparing(RunEntry::started).reversed()).toList();
  }

  /**
   * Removes the runs that have not changed for longer than {@code olderThan}, except, unless
   * {@code force}, those that changed within the last hour (they may be running) and those with an
   * unpublished fix. With {@code dryRun} nothing is removed: the result says what would be.
   */
  public Cleanup clean(Duration olderThan, boolean force, boolean dryRun) {
    Instant now = clock.instant();
    List<RunEntry> removed = new ArrayList<>();
    List<Cleanup.Kept> kept = new ArrayList<>();
    List<Cleanup.Failed> failed = new ArrayList<>();
    for (RunEntry run : list()) {
      if (Duration.between(run.lastChange(), now).compareTo(olderThan) <= 0) {
        continue;
      }
      String reason = force ? null : keptBecause(run, now);
      if (reason != null) {
        kept.add(new Cleanup.Kept(run, reason));
        continue;
      }
      try {
        if (!dryRun) {
          delete(run.dir());
        }
        removed.add(run);
      } catch (IOException e) {
        failed.add(new Cleanup.Failed(run, e.toString()));
      }
    }
    return new Cleanup(dryRun, removed, kept, failed);
  }

  private static String keptBecause(RunEntry run, Instant now) {
    if (Duration.between(run.lastChange(), now).compareTo(RunReader.ACTIVE) < 0) {
      return "changed in the last hour, so it may be running";
    }
    if (run.unpublishedFix()) {
      return "holds a " + run.outcome().words() + " change that is on no pull request";
    }
    return null;
  }

  private static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Removes a tree; symbolic links are removed, never followed. */
  private static void delete(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
