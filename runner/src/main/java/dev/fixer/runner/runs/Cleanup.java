package dev.fixer.runner.runs;

import java.util.List;

/**
 * What {@code fixer clean} removed (or, on a dry run, would remove), what it kept and why, and what
 * it could not remove.
 */
public record Cleanup(boolean dryRun, List<RunEntry> removed, List<Kept> kept, List<Failed> failed) {

  public Cleanup {
    removed = List.copyOf(removed);
    kept = List.copyOf(kept);
    failed = List.copyOf(failed);
  }

  /** The bytes the removed runs took. */
  public long freedBytes() {
    return removed.stream().mapToLong(RunEntry::bytes).sum();
  }

  /** A run old enough to go that stays, and why: it may be running, or it holds an unpublished fix. */
  public record Kept(RunEntry run, String reason) {}

  /** A run that could not be removed, and the error; what of it could be removed is gone. */
  public record Failed(RunEntry run, String error) {}
}
