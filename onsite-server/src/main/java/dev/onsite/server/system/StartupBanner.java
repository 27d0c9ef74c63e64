package dev.onsite.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Say where the app is once it serves requests, or, for a worker, which database it judges for: the
 * one line a person needs.
 */
@Component
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      log.info(
          "Onsite worker is judging submissions queued in {}",
          environment.getProperty("spring.datasource.url", "").replaceAll("\\?.*", ""));
      return;
    }
    if (web.getWebServer() == null) {
      return;
    }
    String address = environment.getProperty("server.address", "");
    String host =
        address.isEmpty() || address.equals("0.0.0.0") || address.equals("::")
            ? "localhost"
            : address.contains(":") ? "[" + address + "]" : address;
    log.info(
        "Onsite is running at http://{}:{}/ (data in {})",
        host,
        web.getWebServer().getPort(),
        environment.getProperty("onsite.data-dir"));
  }
}
