package dev.onsite.server.account;

/** A registration that cannot be done as asked; the message says what to change. */
public final class RegistrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RegistrationException(String message) {
    super(message);
  }
}
