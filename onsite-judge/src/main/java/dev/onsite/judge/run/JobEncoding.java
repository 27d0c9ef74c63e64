package dev.onsite.judge.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Write a Java harness's job in its compact form: the harness's {@code BinaryJob} documents the
 * layout and reads it. A string is sent once and then by its index (method names, keys, the ids a
 * multi-level test repeats); an array of integers or of doubles is a count and its numbers. Values
 * arrive as the harness's JSON reader would give them: an integer a long holds is a long, any other
 * number a double.
 */
final class JobEncoding {

  private static final byte[] MAGIC = {0, 'O', 1};
  private static final int NULL = 0;
  private static final int FALSE = 1;
  private static final int TRUE = 2;
  private static final int LONG = 3;
  private static final int DOUBLE = 4;
  private static final int STRING = 5;
  private static final int STRING_REF = 6;
  private static final int LIST = 7;
  private static final int MAP = 8;
  private static final int LONGS = 9;
  private static final int DOUBLES = 10;

  /** Longer strings (sources, class files, standard input) are sent as they come, never shared. */
  private static final int SHARED_STRING_MAX = 64;

  private final ByteArrayOutputStream out;
  private final Map<String, Integer> shared = new HashMap<>();
  private int strings;

  private JobEncoding(int sizeHint) {
    out = new ByteArrayOutputStream(sizeHint);
  }

  static byte[] encode(JsonNode job) {
    JobEncoding encoding = new JobEncoding(1 << 16);
    encoding.out.write(MAGIC, 0, MAGIC.length);
    encoding.value(job);
    return encoding.out.toByteArray();
  }

  private void value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.write(NULL);
    } else if (node.isBoolean()) {
      out.write(node.booleanValue() ? TRUE : FALSE);
    } else if (node.isNumber()) {
      if (isLong(node)) {
        out.write(LONG);
        varint(zigzag(node.longValue()));
      } else {
        out.write(DOUBLE);
        real(node.doubleValue());
      }
    } else if (node.isString()) {
      string(node.stringValue());
    } else if (node.isArray()) {
      array(node);
    } else if (node.isObject()) {
      out.write(MAP);
      varint(node.size());
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        string(property.getKey());
        value(property.getValue());
      }
    } else {
      throw new IllegalArgumentException("a job holds no " + node.getNodeType() + " values");
    }
  }

  private void array(JsonNode array) {
    boolean longs = !array.isEmpty();
    boolean doubles = !array.isEmpty();
    for (JsonNode item : array) {
      longs &= item.isNumber() && isLong(item);
      doubles &= item.isNumber() && !isLong(item);
    }
    out.write(longs ? LONGS : doubles ? DOUBLES : LIST);
    varint(array.size());
    for (JsonNode item : array) {
      if (longs) {
        varint(zigzag(item.longValue()));
      } else if (doubles) {
        real(item.doubleValue());
      } else {
        value(item);
      }
    }
  }

  /** Whether the harness reads this number as a long: an integer in a long's range. */
  private static boolean isLong(JsonNode number) {
    return number.isIntegralNumber() && number.canConvertToLong();
  }

  private void string(String s) {
    Integer index = shared.get(s);
    if (index != null) {
      out.write(STRING_REF);
      varint(index);
      return;
    }
    if (s.length() <= SHARED_STRING_MAX) {
      shared.put(s, strings);
    }
    strings++;
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.write(STRING);
    varint(utf8.length);
    out.write(utf8, 0, utf8.length);
  }

  private void real(double value) {
    long bits = Double.doubleToRawLongBits(value);
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (bits >>> shift));
    }
  }

  private void varint(long value) {
    while ((value & ~0x7fL) != 0) {
      out.write((int) ((value & 0x7f) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }

  private static long zigzag(long value) {
    return (value << 1) ^ (value >> 63);
  }
}
