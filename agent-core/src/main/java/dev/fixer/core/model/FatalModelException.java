package dev.fixer.core.model;

/**
 * A failure that sending the request again will not fix; the message says what the user must do.
 */
public final class FatalModelException extends ModelException {

  /** What went wrong, so that callers can choose an exit code without parsing text. */
  public enum Kind {
    /** 401: the key is wrong, or belongs to the other region. */
    AUTHENTICATION,
    /** The account is out of credit. */
    QUOTA,
    /** 403 for another reason. */
    PERMISSION,
    /** 404: wrong base URL or unknown model. */
    NOT_FOUND,
    /** The content filter refused the request. */
    CONTENT_FILTER,
    /** 400 or another 4xx: the API's own message says why. */
    BAD_REQUEST
  }

  private final Kind kind;
  private final int status;

  public FatalModelException(Kind kind, int status, String message) {
    super(message, null);
    this.kind = kind;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 200 when the error arrived inside a stream. */
  public int status() {
    return status;
  }
}
