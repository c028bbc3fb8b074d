package dev.fixer.runner;

import dev.fixer.core.model.FatalModelException;

/** The process exit codes of every fixer command. */
public final class ExitCodes {

  public static final int DONE = 0;
  public static final int NOT_DONE = 1;
  public static final int USAGE = 2;
  public static final int INFRASTRUCTURE = 3;
  /** Stopped by Ctrl-C (SIGINT), as shells expect: 128 + 2. A run is saved and goes on with --resume. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}

  /** A refusal the user fixes in their settings (key, credit, URL) is a configuration error. */
  public static int of(FatalModelException e) {
    return switch (e.kind()) {
      case AUTHENTICATION, QUOTA, NOT_FOUND, PERMISSION -> USAGE;
      case CONTENT_FILTER, BAD_REQUEST -> INFRASTRUCTURE;
    };
  }
}
