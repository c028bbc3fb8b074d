package dev.fixer.tools.build;

/** A test the model named that the build does not have; the message names it and similar ones. */
public final class UnknownTestException extends Exception {

  public UnknownTestException(String message) {
    super(message);
  }
}
