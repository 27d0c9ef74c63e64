package dev.onsite.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server as {@code ./onsite serve} runs it: single-user mode on 127.0.0.1, on an
 * in-memory H2 database and a random port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "onsite.data-dir=${java.io.tmpdir}/onsite-tests/single-${random.uuid}",
      "onsite.problems-dir=src/test/resources/problems",
      "onsite.content-dir=src/test/resources/content",
      "onsite.reviews-dir=src/test/resources/reviews",
      "onsite.judge.workers=2",
      "onsite.judge.max-pending-per-user=50",
      "onsite.judge.shutdown-grace=2s",
      "spring.datasource.url=jdbc:h2:mem:single-user-server;DB_CLOSE_DELAY=-1",
      "spring.lifecycle.timeout-per-shutdown-phase=5s"
    })
public @interface SingleUserServer {}
