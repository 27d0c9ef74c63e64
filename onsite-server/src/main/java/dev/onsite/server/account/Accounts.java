package dev.onsite.server.account;

import dev.onsite.server.system.OnsiteProperties;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Create and look up accounts. The first account that can sign in becomes an admin; later ones are
 * candidates. Registration can be closed with {@code onsite.accounts.registration=false}, except
 * for that first account.
 */
@Service
public class Accounts implements UserDetailsService {

  /** The name of single-user mode's account. */
  public static final String LOCAL_USERNAME = "you";

  private static final Logger log = LoggerFactory.getLogger(Accounts.class);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
  private static final int MIN_PASSWORD = 8;
  private static final int MAX_PASSWORD = 72;

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final boolean registrationOpen;

  Accounts(
      AccountRepository repository,
      PasswordEncoder passwords,
      Clock clock,
      OnsiteProperties properties) {
    this.repository = repository;
    this.passwords = passwords;
    this.clock = clock;
    this.registrationOpen = properties.accounts().registration();
  }

  /** Whether a new account may be created now: registration is open, or no account exists yet. */
  public boolean registrationOpen() {
    return registrationOpen || repository.countWithPassword() == 0;
  }

  /**
   * Create an account that signs in with {@code password}.
   *
   * @throws RegistrationException saying what to change: a taken or malformed name, a short
   *     password, or closed registration
   */
  public synchronized Account register(String username, String password) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(name).matches()) {
      throw new RegistrationException(
          "choose a user name of 3 to 32 letters, digits, '.', '_' or '-', starting with a letter"
              + " or digit");
    }
    if (name.equals(LOCAL_USERNAME)) {
      throw new RegistrationException("the user name '" + LOCAL_USERNAME + "' is reserved");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new RegistrationException(
          "choose a password of at least " + MIN_PASSWORD + " characters");
    }
    if (password.length() > MAX_PASSWORD) {
      throw new RegistrationException(
          "choose a password of at most " + MAX_PASSWORD + " characters");
    }
    boolean first = repository.countWithPassword() == 0;
    if (!first && !registrationOpen) {
      throw new RegistrationException(
          "registration is closed on this server; ask its admin for an account");
    }
    Role role = first ? Role.ADMIN : Role.CANDIDATE;
    try {
      long id = repository.insert(name, passwords.encode(password), role, clock.instant());
      log.atInfo()
          .addKeyValue("account", id)
          .addKeyValue("role", role.id())
          .log("account '{}' created", name);
      return repository.byId(id).orElseThrow();
    } catch (DuplicateKeyException e) {
      throw new RegistrationException("the user name '" + name + "' is taken; choose another");
    }
  }

  /** Single-user mode's account, created on first use; it has no password and is an admin. */
  public synchronized Account local() {
    return repository
        .byUsername(LOCAL_USERNAME)
        .map(AccountRepository.Row::account)
        .orElseGet(
            () ->
                repository
                    .byId(repository.insert(LOCAL_USERNAME, null, Role.ADMIN, clock.instant()))
                    .orElseThrow());
  }

  public Optional<Account> find(long id) {
    return repository.byId(id);
  }

  /** The account with this user name (matched as sign-in matches it), if there is one. */
  public Optional<Account> findByUsername(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return repository.byUsername(name).map(AccountRepository.Row::account);
  }

  public List<Account> all() {
    return repository.all();
  }

  /**
   * Give an account another role.
   *
   * @return false when there is no such account
   */
  public boolean changeRole(long id, Role role) {
    boolean changed = repository.updateRole(id, role);
    if (changed) {
      log.atInfo().addKeyValue("account", id).addKeyValue("role", role.id()).log("role changed");
    }
    return changed;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return repository
        .byUsername(name)
        .filter(row -> row.passwordHash() != null)
        .map(
            row ->
                new OnsiteUser(
                    row.account().id(),
                    row.account().username(),
                    row.account().role(),
                    false,
                    row.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException("no account '" + name + "'"));
  }
}
