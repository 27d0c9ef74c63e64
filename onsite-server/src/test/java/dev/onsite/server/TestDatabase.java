package dev.onsite.server;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh in-memory H2 database with Onsite's schema, for tests without Spring. */
public record TestDatabase(
    DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {

  public static TestDatabase h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new TestDatabase(
        dataSource,
        JdbcClient.create(dataSource),
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
  }

  /** Insert an account directly and return its id. */
  public long account(String username) {
    jdbc.sql("insert into accounts (username, password_hash, role, created_at) values (?, ?, ?, ?)")
        .params(
            username, "{noop}x", "candidate", dev.onsite.server.system.Clocks.sql(Instant.now()))
        .update();
    return jdbc.sql("select id from accounts where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
