package dev.onsite.server.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account may do. */
public enum Role {
  /** Practises: solves problems, sees their own submissions. */
  CANDIDATE,
  /** Coaches: also sees the progress of the accounts that shared theirs with them. */
  COACH,
  /** Writes problems: also reloads the problem packages from disk. */
  AUTHOR,
  /** Runs the server: also manages accounts and roles. The first account is an admin. */
  ADMIN;

  /** The lowercase id used in the API and in the database ({@code candidate}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Spring Security authority ({@code ROLE_ADMIN}). */
  public String authority() {
    return "ROLE_" + name();
  }

  public static Optional<Role> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }
}
