package dev.onsite.server.submission;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, tell every server and worker sharing the database that a submission was queued,
 * the moment it is stored: {@code NOTIFY onsite_queue} after the insert, and a thread per process
 * that {@code LISTEN}s and wakes its idle workers. A remote worker then starts a submission within
 * milliseconds instead of at its next poll. When a submission is judged, {@code NOTIFY onsite_done}
 * with its id lets the server whose page watches it send the stored verdict and end the page's
 * stream (the tests' rows of a remote judgement arrive with that verdict, not one by one). Polling
 * ({@code onsite.judge.poll-interval}) stays, as the fallback for a lost connection; on H2 (one
 * process) nothing of this runs.
 */
@Component
class QueueNotifications implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QueueNotifications.class);

  static final String CHANNEL = "onsite_queue";

  static final String DONE_CHANNEL = "onsite_done";

  private static final Duration RECONNECT = Duration.ofSeconds(2);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JudgingQueue queue;
  private final VerdictStream stream;
  private final SubmissionRepository repository;
  private final boolean postgres;
  private volatile boolean running;
  private Thread listener;

  QueueNotifications(
      DataSource dataSource,
      JdbcClient jdbc,
      JudgingQueue queue,
      VerdictStream stream,
      SubmissionRepository repository) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.queue = queue;
    this.stream = stream;
    this.repository = repository;
    this.postgres = isPostgres(dataSource);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isWrapperFor(PGConnection.class);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Announce a queued submission to every process listening; nothing on H2. */
  void announce() {
    if (postgres) {
      try {
        jdbc.sql("select pg_notify('" + CHANNEL + "', '')").query().singleRow();
      } catch (RuntimeException e) {
        // The others still find it at their next poll.
        log.debug("cannot notify the other workers: {}", e.getMessage());
      }
    }
  }

  /** Announce a judged submission to every process listening; nothing on H2. */
  void announceDone(long id) {
    if (postgres) {
      try {
        jdbc.sql("select pg_notify('" + DONE_CHANNEL + "', '" + id + "')").query().singleRow();
      } catch (RuntimeException e) {
        // A page watching it elsewhere asks for the submission when its stream times out.
        log.debug("cannot announce judged submission {}: {}", id, e.getMessage());
      }
    }
  }

  /** A submission judged by some process: end the streams of pages watching it here. */
  private void judgedElsewhere(String parameter) {
    long id;
    try {
      id = Long.parseLong(parameter);
    } catch (NumberFormatException e) {
      return;
    }
    if (!stream.watching(id)) {
      return;
    }
    try {
      repository
          .byId(id)
          .filter(Submission::done)
          .ifPresent(
              done ->
                  stream.publish(
                      id,
                      "done",
                      SubmissionView.of(
                          done, repository.tests(id), repository.levels(id), 0, false)));
    } catch (RuntimeException e) {
      log.debug("cannot read judged submission {}: {}", id, e.getMessage());
    }
    stream.end(id);
  }

  @Override
  public synchronized void start() {
    if (!postgres || running) {
      return;
    }
    running = true;
    stream.relayCompletions(this::announceDone);
    listener = Thread.ofPlatform().name("onsite-queue-listener").daemon(true).start(this::listen);
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
      listener = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("listen " + CHANNEL);
          statement.execute("listen " + DONE_CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        log.debug("listening for queued submissions on PostgreSQL");
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null) {
            boolean queued = false;
            for (PGNotification notification : notifications) {
              if (DONE_CHANNEL.equals(notification.getName())) {
                judgedElsewhere(notification.getParameter());
              } else {
                queued = true;
              }
            }
            if (queued) {
              queue.wake();
            }
          }
        }
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        log.warn(
            "lost the PostgreSQL connection that announces queued submissions ({}); polling until"
                + " it is back",
            e.getMessage());
        try {
          Thread.sleep(RECONNECT);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }
}
