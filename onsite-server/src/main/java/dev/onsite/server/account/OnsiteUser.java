package dev.onsite.server.account;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as controllers receive it with {@code @AuthenticationPrincipal}: the
 * account id that owns their submissions, their name and role.
 */
public final class OnsiteUser implements UserDetails, CredentialsContainer {

  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String username;
  private final Role role;
  private final boolean local;
  private String passwordHash;

  OnsiteUser(long accountId, String username, Role role, boolean local, String passwordHash) {
    this.accountId = accountId;
    this.username = Objects.requireNonNull(username, "username");
    this.role = Objects.requireNonNull(role, "role");
    this.local = local;
    this.passwordHash = passwordHash;
  }

  /** The user of an account, without its password hash: for tests and for single-user mode. */
  public static OnsiteUser of(Account account) {
    return new OnsiteUser(account.id(), account.username(), account.role(), account.local(), null);
  }

  public long accountId() {
    return accountId;
  }

  public Role role() {
    return role;
  }

  /** Whether this is single-user mode's account, signed in without a password. */
  public boolean local() {
    return local;
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  /** Forget the password hash once signed in: the session (stored in the database) needs none. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OnsiteUser user && user.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }

  @Override
  public String toString() {
    return "OnsiteUser[" + accountId + ", " + username + ", " + role.id() + "]";
  }
}
