package dev.onsite.harness;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read and write the JSON of the harness protocol.
 *
 * <p>The harness runs inside the sandbox with nothing but the JDK on its class path, so that the
 * sandboxed JVM starts fast; this small codec replaces a JSON library there. Numbers read as {@link
 * Long} when integral and in range, else {@link Double}; {@code NaN}, {@code Infinity} and {@code
 * -Infinity} are accepted and written as bare tokens, as Python's json module does.
 */
final class Json {

  private final String text;
  // The parser reads an array, not the String: each character is then one array load instead of
  // a call, which matters while the parser still runs interpreted (the job is the first large
  // thing a pre-started harness parses for real).
  private final char[] chars;
  private int pos;

  private Json(String text) {
    this.text = text;
    this.chars = text.toCharArray();
  }

  static Object parse(String text) {
    Json json = new Json(text);
    json.skipSpace();
    Object value = json.value();
    json.skipSpace();
    if (json.pos != json.chars.length) {
      throw json.error("trailing characters");
    }
    return value;
  }

  private Object value() {
    if (pos >= chars.length) {
      throw error("unexpected end");
    }
    char c = chars[pos];
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        expect("true");
        return Boolean.TRUE;
      case 'f':
        expect("false");
        return Boolean.FALSE;
      case 'n':
        expect("null");
        return null;
      case 'N':
        expect("NaN");
        return Double.NaN;
      case 'I':
        expect("Infinity");
        return Double.POSITIVE_INFINITY;
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      if (peek() != ':') {
        throw error("expected ':'");
      }
      pos++;
      skipSpace();
      map.put(key, value());
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value());
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    if (peek() != '"') {
      throw error("expected a string");
    }
    pos++;
    // Most strings have no escape: they are copied in one piece, up to the closing quote.
    int end = pos;
    while (end < chars.length) {
      char c = chars[end];
      if (c == '"') {
        String plain = new String(chars, pos, end - pos);
        pos = end + 1;
        return plain;
      }
      if (c == '\\') {
        break;
      }
      end++;
    }
    StringBuilder sb = new StringBuilder(end - pos + 16).append(chars, pos, end - pos);
    pos = end;
    while (true) {
      if (pos >= chars.length) {
        throw error("unterminated string");
      }
      char c = chars[pos++];
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= chars.length) {
        throw error("unterminated string");
      }
      char e = chars[pos++];
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> sb.append(e);
      }
    }
  }

  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
      if (text.startsWith("Infinity", pos)) {
        pos += "Infinity".length();
        return Double.NEGATIVE_INFINITY;
      }
    }
    boolean integral = true;
    while (pos < chars.length) {
      char c = chars[pos];
      if (c >= '0' && c <= '9') {
        pos++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        integral = false;
        pos++;
      } else {
        break;
      }
    }
    int digits = pos - start;
    if (digits == 0 || (digits == 1 && chars[start] == '-')) {
      throw error("unexpected character");
    }
    // Every integer a long holds is a long, 19 digits included (times in nanoseconds, ids); only
    // beyond its range does an integer become a double.
    if (integral && digits <= 20) {
      try {
        return Long.parseLong(text, start, pos, 10);
      } catch (NumberFormatException beyondLong) {
        // a double below
      }
    }
    return Double.parseDouble(text.substring(start, pos));
  }

  private void expect(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
  }

  private char peek() {
    if (pos >= chars.length) {
      throw error("unexpected end");
    }
    return chars[pos];
  }

  /** JSON's whitespace: space, tab, line feed and carriage return. */
  private void skipSpace() {
    while (pos < chars.length) {
      char c = chars[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("bad JSON at offset " + pos + ": " + what);
  }

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  static void write(Object value, StringBuilder sb) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      quote(s, sb);
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        sb.append("NaN");
      } else if (Double.isInfinite(d)) {
        sb.append(d > 0 ? "Infinity" : "-Infinity");
      } else {
        sb.append(Double.toString(d));
      }
    } else if (value instanceof Number n) {
      sb.append(n.toString());
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> entry = it.next();
        quote(String.valueOf(entry.getKey()), sb);
        sb.append(':');
        write(entry.getValue(), sb);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(list.get(i), sb);
      }
      sb.append(']');
    } else {
      quote(value.toString(), sb);
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
