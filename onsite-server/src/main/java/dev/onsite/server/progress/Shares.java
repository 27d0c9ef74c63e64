package dev.onsite.server.progress;

import dev.onsite.server.account.Account;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.Role;
import dev.onsite.server.system.Clocks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Progress shared with coaches: a person names a coach (an account with the coach or admin role),
 * who then sees their progress page until the person stops sharing.
 */
@Service
public class Shares {

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final Clock clock;

  Shares(JdbcClient jdbc, Accounts accounts, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Share the account's progress with the coach named {@code coach}.
   *
   * @throws ResponseStatusException 400 when no coach has that name, or it is the account itself
   */
  public Account share(long accountId, String coach) {
    Account found =
        accounts
            .findByUsername(coach)
            .filter(a -> a.role() == Role.COACH || a.role() == Role.ADMIN)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "no coach named '"
                            + (coach == null ? "" : coach.strip())
                            + "': ask your coach for their user name (an admin gives accounts"
                            + " the coach role)"));
    if (found.id() == accountId) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "you see your own progress already: name another coach");
    }
    jdbc.sql(
            "insert into progress_shares (account_id, coach_id, created_at)"
                + " select ?, ?, ? where not exists (select 1 from progress_shares"
                + " where account_id = ? and coach_id = ?)")
        .params(accountId, found.id(), Clocks.sql(clock.instant()), accountId, found.id())
        .update();
    return found;
  }

  /** Stop sharing with the coach named {@code coach}; whether the account shared with them. */
  public boolean unshare(long accountId, String coach) {
    Optional<Account> found = accounts.findByUsername(coach);
    return found.isPresent()
        && jdbc.sql("delete from progress_shares where account_id = ? and coach_id = ?")
                .params(accountId, found.get().id())
                .update()
            == 1;
  }

  /** The user names of the coaches the account shares with. */
  public List<String> coaches(long accountId) {
    return jdbc.sql(
            "select a.username from progress_shares s join accounts a on a.id = s.coach_id"
                + " where s.account_id = ? order by a.username")
        .param(accountId)
        .query(String.class)
        .list();
  }

  /** The user names of the accounts that share their progress with the coach. */
  public List<String> students(long coachId) {
    return jdbc.sql(
            "select a.username from progress_shares s join accounts a on a.id = s.account_id"
                + " where s.coach_id = ? order by a.username")
        .param(coachId)
        .query(String.class)
        .list();
  }

  /**
   * The account named {@code username}, if it shares its progress with the coach.
   *
   * @throws ResponseStatusException 404 otherwise, the same whether or not the name exists
   */
  public Account sharedWith(long coachId, String username) {
    return accounts
        .findByUsername(username)
        .filter(
            a ->
                jdbc.sql(
                            "select count(*) from progress_shares where account_id = ? and coach_id = ?")
                        .params(a.id(), coachId)
                        .query(Integer.class)
                        .single()
                    > 0)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no one named '" + username + "' shares their progress with you"));
  }
}
