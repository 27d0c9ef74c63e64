package dev.onsite.catalog.content;

import dev.onsite.catalog.company.Minutes;
import dev.onsite.catalog.source.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Read the keys of one YAML mapping against a schema, reporting every mismatch with its line
 * instead of stopping at the first. Readers return null for a value that is missing or wrong; the
 * caller checks {@link Problems#any()} before building records.
 */
final class Fields {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final YamlNode.Mapping map;
  private final String what;
  private final Problems problems;

  private Fields(YamlNode.Mapping map, String what, Problems problems) {
    this.map = map;
    this.what = what;
    this.problems = problems;
  }

  /** Read {@code node} as the mapping {@code what}; anything else is reported and read as empty. */
  static Fields of(YamlNode node, String what, Problems problems) {
    if (node instanceof YamlNode.Mapping mapping) {
      return new Fields(mapping, what, problems);
    }
    problems.at(node.line(), what + " must be a mapping of keys to values, found " + node.kind());
    return new Fields(new YamlNode.Mapping(node.line(), Map.of()), what, problems);
  }

  int line() {
    return map.line();
  }

  /** The mapping these fields read. */
  YamlNode node() {
    return map;
  }

  /** What the mapping is, for messages: "card 'momentum-why'". */
  String what() {
    return what;
  }

  Problems problems() {
    return problems;
  }

  /** The line of {@code key}, or of the mapping when the key is absent. */
  int line(String key) {
    YamlNode.Entry entry = map.entries().get(key);
    return entry == null ? map.line() : entry.line();
  }

  boolean has(String key) {
    YamlNode.Entry entry = map.entries().get(key);
    return entry != null && !(entry.value() instanceof YamlNode.Scalar s && s.value() == null);
  }

  /** Report every key that is not one of {@code allowed}. */
  void allowOnly(String... allowed) {
    List<String> keys = Arrays.asList(allowed);
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!keys.contains(entry.key())) {
        problems.at(
            entry.line(),
            "unknown key '"
                + entry.key()
                + "' in "
                + what
                + " (allowed: "
                + String.join(", ", keys)
                + ")");
      }
    }
  }

  /** A required text value. */
  String text(String key) {
    if (!has(key)) {
      problems.at(map.line(), "missing required key '" + key + "' in " + what);
      return null;
    }
    return optionalText(key);
  }

  /** An optional text value; numbers are read as their text. */
  String optionalText(String key) {
    if (!has(key)) {
      return null;
    }
    YamlNode.Entry entry = map.entries().get(key);
    if (entry.value() instanceof YamlNode.Scalar scalar && !(scalar.value() instanceof Boolean)) {
      String text = String.valueOf(scalar.value()).strip();
      if (text.isEmpty()) {
        problems.at(entry.line(), "'" + key + "' in " + what + " must not be empty");
        return null;
      }
      return text;
    }
    problems.at(
        entry.line(), "'" + key + "' in " + what + " must be text, found " + entry.value().kind());
    return null;
  }

  /** The file's {@code id}, which must match its file name {@code expectedId}.yaml. */
  String fileId(String expectedId) {
    String id = slug("id");
    if (id != null && !id.equals(expectedId)) {
      problems.at(
          line("id"),
          "id '"
              + id
              + "' does not match the file name; rename the file to "
              + id
              + ".yaml or the id to "
              + expectedId);
    }
    return id;
  }

  /** A required lowercase id such as {@code openai} or {@code swe-refactoring}. */
  String slug(String key) {
    String id = text(key);
    if (id != null && !SLUG.matcher(id).matches()) {
      problems.at(
          line(key),
          "'"
              + key
              + "' in "
              + what
              + " must be lowercase letters and digits joined by '-', was '"
              + id
              + "'");
      return null;
    }
    return id;
  }

  /** An optional list of texts; a single text is read as a list of one. */
  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (YamlNode item : items(key)) {
      if (item instanceof YamlNode.Scalar scalar
          && scalar.value() != null
          && !(scalar.value() instanceof Boolean)
          && !String.valueOf(scalar.value()).isBlank()) {
        out.add(String.valueOf(scalar.value()).strip());
      } else {
        problems.at(
            item.line(),
            "each item of '" + key + "' in " + what + " must be text, found " + item.kind());
      }
    }
    return out;
  }

  /** The items of an optional list; a single value is read as a list of one. */
  List<YamlNode> items(String key) {
    if (!has(key)) {
      return List.of();
    }
    YamlNode value = map.entries().get(key).value();
    return value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value);
  }

  /** The items of an optional list, each read as a mapping named {@code each}. */
  List<Fields> mappings(String key, String each) {
    if (!has(key)) {
      return List.of();
    }
    YamlNode value = map.entries().get(key).value();
    if (!(value instanceof YamlNode.Sequence sequence)) {
      problems.at(line(key), "'" + key + "' in " + what + " must be a list, found " + value.kind());
      return List.of();
    }
    List<Fields> out = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      out.add(of(item, each, problems));
    }
    return out;
  }

  /** The node under {@code key}, or null. */
  YamlNode node(String key) {
    return has(key) ? map.entries().get(key).value() : null;
  }

  /**
   * A value from a closed set, such as a round id.
   *
   * @param noun what the value is, for messages: "round id"
   * @param known every allowed id, for messages
   */
  <E> E oneOf(
      String key,
      boolean required,
      String noun,
      Function<String, Optional<E>> byId,
      List<String> known) {
    String id = required ? text(key) : optionalText(key);
    if (id == null) {
      return null;
    }
    Optional<E> value = byId.apply(id);
    if (value.isEmpty()) {
      problems.at(
          line(key), "unknown " + noun + " '" + id + "' (known: " + String.join(", ", known) + ")");
      return null;
    }
    return value.get();
  }

  /** An optional source URL, checked to be an absolute http(s) URL. */
  String url(String key) {
    String url = optionalText(key);
    if (url == null) {
      return null;
    }
    String problem = Source.urlProblem(url);
    if (problem != null) {
      problems.at(line(key), problem + " in " + what);
      return null;
    }
    return url;
  }

  /** An optional date: {@code 2025}, {@code 2025-09} or {@code 2025-09-14}. */
  String date(String key) {
    String date = optionalText(key);
    if (date == null) {
      return null;
    }
    String problem = Source.dateProblem(date);
    if (problem != null) {
      problems.at(line(key), problem + " in " + what);
      return null;
    }
    return date;
  }

  /**
   * A source from {@code source} and {@code date}, falling back to {@code inherited} when this
   * mapping names none; reports a missing source when there is nothing to inherit.
   */
  Source source(Source inherited) {
    String url = url("source");
    String date = date("date");
    if (url != null) {
      return new Source(url, date);
    }
    if (has("source")) {
      return null;
    }
    if (inherited == null) {
      problems.at(
          map.line(),
          "missing required key 'source' in " + what + " (every fact needs the URL it comes from)");
      return null;
    }
    return date == null ? inherited : new Source(inherited.url(), date);
  }

  /** An optional length in minutes: {@code 45}, {@code [45, 60]} or {@code 45-60}. */
  Minutes minutes(String key) {
    if (!has(key)) {
      return null;
    }
    YamlNode value = node(key);
    String hint = "'" + key + "' in " + what + " must be minutes: 45, [45, 60] or 45-60";
    try {
      if (value instanceof YamlNode.Scalar scalar && scalar.value() instanceof Long minutes) {
        return Minutes.of(Math.toIntExact(minutes));
      }
      if (value instanceof YamlNode.Scalar scalar
          && scalar.value() instanceof String text
          && text.matches("\\d+\\s*-\\s*\\d+")) {
        String[] parts = text.split("-");
        return new Minutes(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
      if (value instanceof YamlNode.Sequence sequence
          && sequence.items().size() == 2
          && sequence.items().get(0) instanceof YamlNode.Scalar a
          && a.value() instanceof Long min
          && sequence.items().get(1) instanceof YamlNode.Scalar b
          && b.value() instanceof Long max) {
        return new Minutes(Math.toIntExact(min), Math.toIntExact(max));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.at(line(key), hint + " (" + e.getMessage() + ")");
      return null;
    }
    problems.at(line(key), hint + ", found " + value.kind());
    return null;
  }

  /** An optional mapping of names to numbers, such as {@code {median_steps: 4, max_steps: 7}}. */
  Map<String, Double> figures(String key) {
    Map<String, Double> out = new LinkedHashMap<>();
    YamlNode value = node(key);
    if (value == null) {
      return out;
    }
    if (!(value instanceof YamlNode.Mapping mapping)) {
      problems.at(
          line(key),
          "'" + key + "' in " + what + " must map names to numbers, found " + value.kind());
      return out;
    }
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (entry.value() instanceof YamlNode.Scalar scalar
          && scalar.value() instanceof Number number) {
        if (!SLUG.matcher(entry.key().replace('_', '-')).matches()) {
          problems.at(
              entry.line(),
              "figure name '"
                  + entry.key()
                  + "' in "
                  + what
                  + " must be lowercase words joined by '_'");
        }
        out.put(entry.key(), number.doubleValue());
      } else {
        problems.at(
            entry.line(),
            "figure '"
                + entry.key()
                + "' in "
                + what
                + " must be a number, found "
                + entry.value().kind());
      }
    }
    return out;
  }

  /** Ids of practice items: each must look like a package id. */
  List<String> practiceIds(String key) {
    List<String> ids = new ArrayList<>();
    for (YamlNode item : items(key)) {
      if (item instanceof YamlNode.Scalar scalar
          && scalar.value() instanceof String id
          && SLUG.matcher(id.strip()).matches()) {
        ids.add(id.strip());
      } else {
        String found =
            item instanceof YamlNode.Scalar scalar ? "'" + scalar.value() + "'" : item.kind();
        problems.at(
            item.line(),
            "practice id "
                + found
                + " in "
                + what
                + " must be a package id such as in-memory-database");
      }
    }
    return ids;
  }
}
