package dev.onsite.harness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact form of a Java harness's job: the same tree as the JSON form, in fewer bytes, read
 * with fewer steps per value.
 *
 * <p>A pre-started harness reads its job while its code is still interpreted, and a large job (a
 * test with an array of 280,000 numbers, a multi-level problem with 1,500 calls) took 20-55 ms to
 * parse as JSON, one character at a time. Here a value is a tag byte and a payload; a string is
 * sent once and then by its index; an array of integers is a count and its numbers, with no tag
 * each. The judge writes it ({@code dev.onsite.judge.run.JobEncoding}); the harness tells it from
 * JSON by its first byte, which JSON text never has.
 *
 * <p>Layout: {@code 0x00 'O' 1}, then one value. Integers are zigzag varints. Tags: {@code 0} null,
 * {@code 1} false, {@code 2} true, {@code 3} integer, {@code 4} double (8 bytes, big-endian IEEE
 * 754), {@code 5} string (varint length, UTF-8; it takes the next index of the string table),
 * {@code 6} a string already sent (varint index), {@code 7} list (varint count, values), {@code 8}
 * object (varint count, then each key as a string value and its value), {@code 9} list of integers
 * (varint count, integers), {@code 10} list of doubles (varint count, 8 bytes each). Values read as
 * {@link Json} reads them: {@link Long}, {@link Double}, {@link String}, {@link Boolean}, {@code
 * null}, lists and insertion-ordered maps.
 */
final class BinaryJob {

  static final byte[] MAGIC = {0, 'O', 1};

  static final int NULL = 0;
  static final int FALSE = 1;
  static final int TRUE = 2;
  static final int LONG = 3;
  static final int DOUBLE = 4;
  static final int STRING = 5;
  static final int STRING_REF = 6;
  static final int LIST = 7;
  static final int MAP = 8;
  static final int LONGS = 9;
  static final int DOUBLES = 10;

  private final byte[] bytes;
  private int pos;
  private final List<String> strings = new ArrayList<>();

  private BinaryJob(byte[] bytes, int pos) {
    this.bytes = bytes;
    this.pos = pos;
  }

  /** Whether {@code bytes} are a job in this form (and not JSON). */
  static boolean is(byte[] bytes) {
    return bytes.length >= MAGIC.length
        && bytes[0] == MAGIC[0]
        && bytes[1] == MAGIC[1]
        && bytes[2] == MAGIC[2];
  }

  static Object decode(byte[] bytes) {
    if (!is(bytes)) {
      throw new IllegalArgumentException("not a binary job");
    }
    BinaryJob in = new BinaryJob(bytes, MAGIC.length);
    try {
      Object value = in.value();
      if (in.pos != bytes.length) {
        throw new IllegalArgumentException("binary job: trailing bytes at " + in.pos);
      }
      return value;
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("binary job: truncated", e);
    }
  }

  private Object value() {
    int tag = bytes[pos++];
    switch (tag) {
      case NULL:
        return null;
      case FALSE:
        return Boolean.FALSE;
      case TRUE:
        return Boolean.TRUE;
      case LONG:
        return integer();
      case DOUBLE:
        return real();
      case STRING:
      case STRING_REF:
        return string(tag);
      case LIST:
        {
          int n = count();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            list.add(value());
          }
          return list;
        }
      case MAP:
        {
          int n = count();
          Map<String, Object> map = new LinkedHashMap<>(Math.max(4, n * 2));
          for (int i = 0; i < n; i++) {
            String key = string(bytes[pos++]);
            map.put(key, value());
          }
          return map;
        }
      case LONGS:
        {
          int n = count();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            list.add(integer());
          }
          return list;
        }
      case DOUBLES:
        {
          int n = count();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            list.add(real());
          }
          return list;
        }
      default:
        throw new IllegalArgumentException("binary job: unknown tag " + tag + " at " + (pos - 1));
    }
  }

  private String string(int tag) {
    if (tag == STRING_REF) {
      return strings.get(count());
    }
    if (tag != STRING) {
      throw new IllegalArgumentException("binary job: a string expected at " + (pos - 1));
    }
    int length = count();
    String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
    pos += length;
    strings.add(s);
    return s;
  }

  private int count() {
    long n = varint();
    if (n < 0 || n > bytes.length) {
      throw new IllegalArgumentException("binary job: bad count " + n + " at " + pos);
    }
    return (int) n;
  }

  private Long integer() {
    long zigzag = varint();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  private long varint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = bytes[pos++];
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("binary job: varint too long at " + pos);
  }

  private Double real() {
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (bytes[pos++] & 0xff);
    }
    return Double.longBitsToDouble(bits);
  }

  /**
   * Write {@code value} (a tree as {@link #decode} returns it) in this form. The judge has its own
   * writer for its JSON trees; this one serves the harness's warm-up and tests.
   */
  static byte[] encode(Object value) {
    Writer out = new Writer();
    out.bytes.write(MAGIC, 0, MAGIC.length);
    out.value(value);
    return out.bytes.toByteArray();
  }

  private static final class Writer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
    final Map<String, Integer> strings = new HashMap<>();

    void value(Object value) {
      switch (value) {
        case null -> bytes.write(NULL);
        case Boolean b -> bytes.write(b ? TRUE : FALSE);
        case Long l -> integer(LONG, l);
        case Integer i -> integer(LONG, i);
        case Number n -> real(DOUBLE, n.doubleValue());
        case String s -> string(s);
        case Map<?, ?> map -> {
          bytes.write(MAP);
          varint(map.size());
          for (Map.Entry<?, ?> e : map.entrySet()) {
            string((String) e.getKey());
            value(e.getValue());
          }
        }
        case List<?> list -> list(list);
        default -> throw new IllegalArgumentException("cannot encode " + value.getClass());
      }
    }

    void list(List<?> list) {
      boolean longs = !list.isEmpty();
      boolean doubles = !list.isEmpty();
      for (Object item : list) {
        longs &= item instanceof Long;
        doubles &= item instanceof Double;
      }
      if (longs || doubles) {
        bytes.write(longs ? LONGS : DOUBLES);
        varint(list.size());
        for (Object item : list) {
          if (longs) {
            varint(zigzag((Long) item));
          } else {
            real(-1, (Double) item);
          }
        }
        return;
      }
      bytes.write(LIST);
      varint(list.size());
      for (Object item : list) {
        value(item);
      }
    }

    void string(String s) {
      Integer index = strings.get(s);
      if (index != null) {
        bytes.write(STRING_REF);
        varint(index);
        return;
      }
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      bytes.write(STRING);
      varint(utf8.length);
      bytes.write(utf8, 0, utf8.length);
    }

    void integer(int tag, long value) {
      bytes.write(tag);
      varint(zigzag(value));
    }

    void real(int tag, double value) {
      if (tag >= 0) {
        bytes.write(tag);
      }
      long bits = Double.doubleToRawLongBits(value);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes.write((int) (bits >>> shift));
      }
    }

    void varint(long value) {
      while ((value & ~0x7fL) != 0) {
        bytes.write((int) ((value & 0x7f) | 0x80));
        value >>>= 7;
      }
      bytes.write((int) value);
    }

    static long zigzag(long value) {
      return (value << 1) ^ (value >> 63);
    }
  }
}
