package dev.fixer.sandbox;

/**
 * The sandbox itself is broken: the jail cannot start, its program is missing, the workspace is
 * gone. Ends the run; the message names what is wrong and how to fix it.
 */
public class SandboxException extends RuntimeException {

  public SandboxException(String message) {
    super(message);
  }

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
