package dev.fixer.tools;

/** A path the model gave that a tool must not touch; the message says why, for the model. */
public final class RefusedPathException extends Exception {

  public RefusedPathException(String message) {
    super(message);
  }
}
