package dev.onsite.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.server.TestDatabase;
import dev.onsite.server.system.OnsiteProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class AccountsTests {

  private final TestDatabase db = TestDatabase.h2();

  private static OnsiteProperties properties(boolean registration) {
    return new OnsiteProperties(
        Path.of("unused"),
        Path.of("problems"),
        Path.of("content"),
        new OnsiteProperties.Accounts(OnsiteProperties.AccountsMode.AUTO, registration, 20),
        new OnsiteProperties.Judging(
            1,
            0,
            5,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            "auto",
            false),
        new OnsiteProperties.Exam(90));
  }

  private Accounts accounts(boolean registration) {
    OnsiteProperties properties = properties(registration);
    return new Accounts(
        new AccountRepository(db.jdbc()),
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        Clock.systemUTC(),
        properties);
  }

  @Test
  void theFirstAccountIsAnAdminAndLaterOnesAreCandidates() {
    Accounts accounts = accounts(true);

    assertThat(accounts.register("Ada", "correct horse").role()).isEqualTo(Role.ADMIN);
    assertThat(accounts.register("grace", "battery staple").role()).isEqualTo(Role.CANDIDATE);
  }

  @Test
  void theLocalAccountDoesNotCountAsTheFirst() {
    Accounts accounts = accounts(true);
    accounts.local();

    assertThat(accounts.register("ada", "correct horse").role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void closedRegistrationStillLetsTheFirstAccountIn() {
    Accounts accounts = accounts(false);

    assertThat(accounts.registrationOpen()).isTrue();
    assertThat(accounts.register("ada", "correct horse").role()).isEqualTo(Role.ADMIN);
    assertThat(accounts.registrationOpen()).isFalse();
    assertThatThrownBy(() -> accounts.register("grace", "battery staple"))
        .isInstanceOf(RegistrationException.class)
        .hasMessageContaining("registration is closed");
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    Accounts accounts = accounts(true);
    accounts.register("ada", "correct horse");

    String hash = accounts.loadUserByUsername("ADA").getPassword();

    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
  }

  @Test
  void namesAreUniqueWhateverTheirCase() {
    Accounts accounts = accounts(true);
    accounts.register("ada", "correct horse");

    assertThatThrownBy(() -> accounts.register("ADA", "another one"))
        .isInstanceOf(RegistrationException.class)
        .hasMessageContaining("taken");
  }

  @Test
  void shortPasswordsAndOddNamesAreRefusedWithAReason() {
    Accounts accounts = accounts(true);

    assertThatThrownBy(() -> accounts.register("ada", "short"))
        .hasMessageContaining("at least 8 characters");
    assertThatThrownBy(() -> accounts.register("a b", "long enough"))
        .hasMessageContaining("user name");
    assertThatThrownBy(() -> accounts.register("you", "long enough"))
        .hasMessageContaining("reserved");
  }

  @Test
  void theLocalAccountCannotSignInWithAPassword() {
    Accounts accounts = accounts(true);
    accounts.local();

    assertThatThrownBy(() -> accounts.loadUserByUsername(Accounts.LOCAL_USERNAME))
        .isInstanceOf(
            org.springframework.security.core.userdetails.UsernameNotFoundException.class);
  }

  @Test
  void singleUserModeNeedsALoopbackAddress() {
    OnsiteProperties auto = properties(true);

    assertThat(AccessMode.of("127.0.0.1", auto).singleUser()).isTrue();
    assertThat(AccessMode.of("localhost", auto).singleUser()).isTrue();
    assertThat(AccessMode.of("::1", auto).singleUser()).isTrue();
    assertThat(AccessMode.of("0.0.0.0", auto).singleUser()).isFalse();
    assertThat(AccessMode.of("", auto).singleUser()).isFalse();
    assertThat(AccessMode.of(null, auto).singleUser()).isFalse();
  }
}
