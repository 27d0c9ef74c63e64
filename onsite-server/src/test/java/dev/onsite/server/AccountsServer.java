package dev.onsite.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole server with accounts required, on an in-memory H2 database and a random port; every
 * test class with this annotation shares one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "onsite.accounts.mode=required",
      "onsite.data-dir=${java.io.tmpdir}/onsite-tests/accounts-${random.uuid}",
      "onsite.problems-dir=src/test/resources/problems",
      "onsite.content-dir=src/test/resources/content",
      "onsite.reviews-dir=src/test/resources/reviews",
      "onsite.judge.workers=2",
      "onsite.judge.max-pending-per-user=50",
      "onsite.judge.shutdown-grace=2s",
      "spring.datasource.url=jdbc:h2:mem:accounts-server;DB_CLOSE_DELAY=-1",
      "spring.lifecycle.timeout-per-shutdown-phase=5s"
    })
@AutoConfigureMockMvc
public @interface AccountsServer {}
