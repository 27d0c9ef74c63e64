package dev.onsite.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Make {@code onsite.data-dir} an absolute path ({@code ~} expanded) and create it, before the
 * database and the log file that live in it are set up.
 *
 * <p>H2 rejects relative file paths, and a person typing {@code --data data} means the directory
 * below the working directory.
 */
public final class DataDirectory implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "onsite.data-dir";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String configured = environment.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      return;
    }
    Path dir = resolve(configured);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the data directory "
              + dir
              + " ("
              + e.getMessage()
              + "); pass a writable one with --data DIR",
          e);
    }
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("onsiteDataDirectory", Map.of(PROPERTY, dir.toString())));
  }

  /** The absolute, normalized directory a person meant by {@code configured}. */
  static Path resolve(String configured) {
    String path = configured.strip();
    if (path.equals("~") || path.startsWith("~/")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    return Path.of(path).toAbsolutePath().normalize();
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
