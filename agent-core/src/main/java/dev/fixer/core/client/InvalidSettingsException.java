package dev.fixer.core.client;

/** Model settings that cannot work, with a message naming the setting and how to fix it. */
public final class InvalidSettingsException extends RuntimeException {

  public InvalidSettingsException(String message) {
    super(message);
  }
}
