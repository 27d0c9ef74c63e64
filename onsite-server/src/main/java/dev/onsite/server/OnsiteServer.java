package dev.onsite.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Onsite web app: practice in the browser, accounts, submissions kept in a database and judged
 * by a bounded in-process queue.
 *
 * <p>{@code ./onsite serve} starts it through {@link #start}; every setting is a Spring property
 * ({@code --server.port=8080}, {@code --onsite.data-dir=DIR}, {@code
 * --spring.datasource.url=jdbc:postgresql://...}), see {@code docs/server.md}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OnsiteServer {

  /**
   * Start the web app with Spring Boot command-line arguments and return once it serves requests.
   *
   * @throws RuntimeException when it cannot start; Spring Boot has already logged why and what to
   *     do about it
   */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(OnsiteServer.class);
    return app.run(args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
