package dev.onsite.server.submission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What a submission is judged on. */
public enum Mode {
  /** "Run visible tests": only the visible tests of the levels the person can see. */
  RUN,
  /** "Submit": every test of every level; this is what solves a problem and unlocks levels. */
  SUBMIT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Mode> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
  }

  /**
   * The mode a request names; {@code submit} when it names none.
   *
   * @throws ResponseStatusException 400 for any other word
   */
  public static Mode ofRequest(String id) {
    return byId(id == null ? "submit" : id)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "unknown mode '" + id + "'; use run or submit"));
  }
}
