package dev.onsite.server.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who uses the server.
 *
 * @param id the database id
 * @param username lowercase, unique
 * @param role what the account may do
 * @param local whether this is the single-user mode's account, which has no password
 * @param createdAt when it was created
 */
public record Account(long id, String username, Role role, boolean local, Instant createdAt) {

  public Account {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
