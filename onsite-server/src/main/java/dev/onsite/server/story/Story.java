package dev.onsite.server.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A behavioral story in SAIL form, with the bank questions it answers and the company values it
 * shows.
 *
 * @param weak the person's own rating: not yet a strong answer
 */
record Story(
    long id,
    long accountId,
    String title,
    String situation,
    String action,
    String impact,
    String learning,
    boolean weak,
    Instant createdAt,
    Instant updatedAt,
    List<String> questions,
    List<ValueRef> values) {

  Story {
    Objects.requireNonNull(title, "title");
    questions = List.copyOf(questions);
    values = List.copyOf(values);
  }

  /** One company value a story shows. */
  record ValueRef(String companyId, String valueId) {

    /** {@code amazon:ownership}. */
    String key() {
      return companyId + ":" + valueId;
    }

    static ValueRef parse(String key) {
      int colon = key == null ? -1 : key.indexOf(':');
      if (colon <= 0 || colon == key.length() - 1) {
        throw new IllegalArgumentException(
            "a value is company:value, such as amazon:ownership; was '" + key + "'");
      }
      return new ValueRef(key.substring(0, colon), key.substring(colon + 1));
    }
  }
}
