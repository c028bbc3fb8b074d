package dev.fixer.runner.eval;

import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.config.SandboxChoice;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code fixer eval score} was asked to do.
 *
 * @param dataset the JSONL dataset
 * @param predictions a predictions file, or null for {@code gold} or {@code empty} ({@link #source})
 * @param source {@code gold}, {@code empty}, or the predictions file as given
 * @param output the evaluation directory the scores and the report go to
 * @param repoCache clones or mirrors named OWNER/NAME or OWNER__NAME; null for none
 * @param serverUrl where repositories missing from the cache are cloned from
 * @param parallel instances scored at a time
 * @param shard which share of the instances this machine scores
 * @param skipInvalid whether invalid dataset lines are skipped (and listed) rather than refused
 * @param sandbox where the tests run
 */
public record ScoreOptions(Path dataset, Path predictions, String source, Path output, Path repoCache,
    String serverUrl, int parallel, Shard shard, boolean skipInvalid, SandboxChoice sandbox) {

  public static final String GOLD = "gold";
  public static final String EMPTY = "empty";

  public ScoreOptions {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(sandbox, "sandbox");
    if (predictions == null && !source.equals(GOLD) && !source.equals(EMPTY)) {
      throw new IllegalArgumentException("a predictions file, gold or empty, not " + source);
    }
  }
}
