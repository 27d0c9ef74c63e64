package dev.onsite.catalog.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parse YAML with Jackson's streaming parser into {@link YamlNode}s that keep their line numbers.
 */
final class YamlTree {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private YamlTree() {}

  /**
   * Thrown for text that is not YAML, or YAML we do not accept (duplicate keys, several documents).
   */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    SyntaxError(int line, String message) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  /**
   * Parse one YAML document.
   *
   * @return the document's root, or null for an empty document
   * @throws SyntaxError with the line of the first problem
   */
  static YamlNode parse(String text) throws SyntaxError {
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        return null;
      }
      YamlNode root = read(parser);
      if (parser.nextToken() != null) {
        throw new SyntaxError(
            line(parser), "more than one YAML document; write one document per file");
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String message =
          e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      throw new SyntaxError(
          at == null ? 0 : Math.max(0, at.getLineNr()), "YAML syntax: " + firstLine(message));
    }
  }

  private static YamlNode read(JsonParser parser) throws SyntaxError {
    int line = line(parser);
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = parser.currentName();
          int keyLine = line(parser);
          parser.nextToken();
          YamlNode value = read(parser);
          if (entries.putIfAbsent(key, new YamlNode.Entry(key, keyLine, value)) != null) {
            throw new SyntaxError(
                keyLine,
                "duplicate key '" + key + "' (first on line " + entries.get(key).line() + ")");
          }
        }
        yield new YamlNode.Mapping(line, entries);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser));
        }
        yield new YamlNode.Sequence(line, items);
      }
      case VALUE_STRING -> new YamlNode.Scalar(line, parser.getString());
      case VALUE_NUMBER_INT -> new YamlNode.Scalar(line, parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(line, parser.getDoubleValue());
      case VALUE_TRUE -> new YamlNode.Scalar(line, Boolean.TRUE);
      case VALUE_FALSE -> new YamlNode.Scalar(line, Boolean.FALSE);
      case VALUE_NULL -> new YamlNode.Scalar(line, null);
      default -> throw new SyntaxError(line, "unsupported YAML value (" + token + ")");
    };
  }

  private static int line(JsonParser parser) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
