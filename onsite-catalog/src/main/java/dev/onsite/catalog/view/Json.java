package dev.onsite.catalog.view;

import dev.onsite.catalog.source.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer the views share: pretty-printed, keys in insertion order. */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** A fresh object, so each view builds its JSON in contract key order. */
  static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** Add {@code source} and {@code date} of {@code source} to {@code json}. */
  static Map<String, Object> cite(Map<String, Object> json, Source source) {
    json.put("source", source.url());
    json.put("date", source.date());
    return json;
  }
}
