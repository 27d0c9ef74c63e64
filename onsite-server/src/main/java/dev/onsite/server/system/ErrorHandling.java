package dev.onsite.server.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turn the errors our code raises on purpose ({@link ResponseStatusException}, whose reason is
 * written for the user) into an RFC 9457 problem for the JSON API and into the error page for
 * pages. Anything else is a 500 without details.
 */
final class ErrorHandling {

  private ErrorHandling() {}

  @RestControllerAdvice(annotations = RestController.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static final class Api {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
      ProblemDetail body = ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
      return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(body);
    }
  }

  @ControllerAdvice(annotations = Controller.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  static final class Pages {

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
      ModelAndView page = new ModelAndView("error", e.getStatusCode());
      HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
      page.addObject("status", e.getStatusCode().value());
      page.addObject("error", status == null ? "Error" : status.getReasonPhrase());
      page.addObject("message", e.getReason());
      return page;
    }
  }
}
