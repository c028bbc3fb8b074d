package dev.fixer.runner.batch;

import java.nio.file.Path;
import java.util.Objects;

/** What a batch does with one listed issue: start a run, resume the one it left, or skip the issue. */
public sealed interface Decision permits Decision.Start, Decision.Resume, Decision.Skip {

  Candidate issue();

  /** A new run for {@code issue}. */
  record Start(Candidate issue) implements Decision {

    public Start {
      Objects.requireNonNull(issue, "issue");
    }
  }

  /** Continues the run in {@code runDir}, which a batch that stopped halfway left. */
  record Resume(Candidate issue, Path runDir) implements Decision {

    public Resume {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(runDir, "runDir");
    }
  }

  /** Leaves {@code issue} alone, for {@code reason}, e.g. {@code has an open pull request}. */
  record Skip(Candidate issue, String reason) implements Decision {

    public Skip {
      Objects.requireNonNull(issue, "issue");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a skip of issue " + issue.number() + " needs a reason");
      }
    }
  }
}
