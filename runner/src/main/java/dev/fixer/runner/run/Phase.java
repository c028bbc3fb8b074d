package dev.fixer.runner.run;

/** How far a run got; a resumed run goes on from the phase after. */
enum Phase {
  /** The work copy exists, on its branch. */
  CLONED,
  /** Setup ran and the network is closed. */
  SET_UP,
  /** The fix is verified and its branch is back in the user's repo, but not yet on GitHub; a resume publishes it. */
  FIXED,
  /**
   * The fix is verified and its branch is back in the user's repo (and, with --open-pr,
   * its pull request open); a run that ended otherwise can go on.
   */
  DONE
}
