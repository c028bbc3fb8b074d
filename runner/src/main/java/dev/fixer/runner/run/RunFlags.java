package dev.fixer.runner.run;

import dev.fixer.runner.config.SandboxChoice;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the user gave on the command line for {@code fixer run}; {@code null} where a flag was not
 * given.
 *
 * @param openPr whether to report on the GitHub issue and open a pull request for a verified fix
 * @param draft whether that pull request is a draft
 */
public record RunFlags(Path repo, String issue, String githubRepo, String model, Boolean thinking,
    String baseUrl, Integer maxTokens, Integer maxSteps, Double maxCost, Duration timeout,
    SandboxChoice sandbox, Path trajectory, Path resume, Path workDir, boolean allowDirty, boolean json,
    boolean openPr, boolean draft) {}
