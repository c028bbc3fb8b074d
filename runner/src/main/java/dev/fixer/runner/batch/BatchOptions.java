package dev.fixer.runner.batch;

import dev.fixer.runner.run.AgentSettings;
import dev.fixer.runner.run.BranchPrefix;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code fixer batch} was asked to do; {@code null} where an option was not given.
 *
 * @param repo OWNER/NAME
 * @param label the label that selects the issues
 * @param maxIssues how many issues to start at most
 * @param parallel runs at a time
 * @param shard which share of the issues this machine takes
 * @param stateFile the state file, or null for the default under FIXER_HOME
 * @param requestsPerMinute model requests all runs together may start per minute
 * @param agent the model, budget and sandbox flags each run gets
 * @param draft whether the pull requests open as drafts
 * @param branchPrefix what the branches of the fixes start with, {@code PREFIXissue-N}
 */
public record BatchOptions(String repo, String label, Integer maxIssues, int parallel, Shard shard, Path stateFile,
    int requestsPerMinute, AgentSettings agent, boolean draft, BranchPrefix branchPrefix) {

  public BatchOptions {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(branchPrefix, "branchPrefix");
  }
}
