package dev.fixer.sandbox;

/**
 * Sees a command's output while it runs, a line at a time: e.g. to show the last line in a status
 * line. Called on the thread that reads the output, so it must return quickly; what it throws is
 * ignored. The lines are as printed (escape codes included), without their line ends; a line cut by
 * a carriage return counts as one.
 */
@FunctionalInterface
public interface OutputListener {

  /** Listens to nothing. */
  OutputListener NONE = line -> { };

  void line(String line);
}
