package dev.onsite.catalog.content;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers the line it was written on, so schema messages can point at it. */
sealed interface YamlNode {

  /** 1-based line where the value starts. */
  int line();

  /** What this is, for messages: "a mapping", "a list", "text", "a number". */
  String kind();

  record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping and its value. */
  record Entry(String key, int line, YamlNode value) {}

  record Sequence(int line, List<YamlNode> items) implements YamlNode {
    public String kind() {
      return "a list";
    }
  }

  /** Text, a number, a boolean or null. */
  record Scalar(int line, Object value) implements YamlNode {
    public String kind() {
      return switch (value) {
        case null -> "nothing (null)";
        case String s -> "text";
        case Boolean b -> "a boolean";
        default -> "a number";
      };
    }
  }
}
