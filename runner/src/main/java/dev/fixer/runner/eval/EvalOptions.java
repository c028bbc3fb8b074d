package dev.fixer.runner.eval;

import dev.fixer.runner.batch.Shard;
import dev.fixer.runner.run.AgentSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code fixer eval run} was asked to do; {@code null} where an option was not given.
 *
 * @param dataset the JSONL dataset
 * @param output the evaluation directory
 * @param repoCache a directory of clones or mirrors named OWNER/NAME or OWNER__NAME; null for none
 * @param serverUrl where repositories missing from the cache are cloned from, e.g. https://github.com
 * @param hints whether the dataset's hints go into the issue text
 * @param parallel instances at a time
 * @param shard which share of the instances this machine takes
 * @param requestsPerMinute model requests all runs together may start per minute
 * @param skipInvalid whether invalid dataset lines are skipped (and listed) rather than refused
 * @param agent the model, budget and sandbox flags each run gets
 */
public record EvalOptions(Path dataset, Path output, Path repoCache, String serverUrl, boolean hints, int parallel,
    Shard shard, int requestsPerMinute, boolean skipInvalid, AgentSettings agent) {

  public EvalOptions {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(agent, "agent");
    if (parallel < 1 || requestsPerMinute < 1) {
      throw new IllegalArgumentException("parallel and requestsPerMinute must be at least 1");
    }
  }
}
