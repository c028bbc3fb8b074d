package dev.fixer.core.client;

/** Whether to ask the model to think before it answers. */
public enum Thinking {
  /** Send nothing; the server's default applies. */
  DEFAULT,
  ENABLED,
  DISABLED
}
