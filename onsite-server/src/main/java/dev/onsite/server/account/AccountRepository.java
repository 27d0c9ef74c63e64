package dev.onsite.server.account;

import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts in the {@code accounts} table. */
@Repository
class AccountRepository {

  /** An account row with its password hash, which never leaves this package. */
  record Row(Account account, String passwordHash) {}

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String username, String passwordHash, Role role, Instant createdAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into accounts (username, password_hash, role, created_at) values (?, ?, ?, ?)")
        .params(username, passwordHash, role.id(), Clocks.sql(createdAt))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  Optional<Row> byUsername(String username) {
    return jdbc.sql("select * from accounts where username = ?")
        .param(username)
        .query(AccountRepository::row)
        .optional();
  }

  Optional<Account> byId(long id) {
    return jdbc.sql("select * from accounts where id = ?")
        .param(id)
        .query(AccountRepository::row)
        .optional()
        .map(Row::account);
  }

  /** Accounts that can sign in: every account but single-user mode's local one. */
  long countWithPassword() {
    return jdbc.sql("select count(*) from accounts where password_hash is not null")
        .query(Long.class)
        .single();
  }

  List<Account> all() {
    return jdbc
        .sql("select * from accounts order by id")
        .query(AccountRepository::row)
        .list()
        .stream()
        .map(Row::account)
        .toList();
  }

  boolean updateRole(long id, Role role) {
    return jdbc.sql("update accounts set role = ? where id = ?").params(role.id(), id).update()
        == 1;
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    String hash = rs.getString("password_hash");
    Account account =
        new Account(
            rs.getLong("id"),
            rs.getString("username"),
            Role.byId(rs.getString("role")).orElse(Role.CANDIDATE),
            hash == null,
            rs.getObject("created_at", OffsetDateTime.class).toInstant());
    return new Row(account, hash);
  }
}
