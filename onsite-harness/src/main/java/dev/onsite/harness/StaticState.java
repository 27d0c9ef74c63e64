package dev.onsite.harness;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Collection;

/**
 * Whether a submission's classes can keep state from one test to the next once loaded.
 *
 * <p>Each test gets the candidate's classes afresh, in a class loader of its own, so that static
 * state set by one test is gone in the next. That costs every test the classes' definition,
 * verification and linking, and runs the candidate's code cold each time. Classes without static
 * state gain nothing from it: for them all tests of a run share one loader. A class keeps no state
 * between tests when it has no static field but compile-time constants (a {@code ConstantValue}
 * attribute), no static initializer, and is not an enum (whose constants are objects with state of
 * their own). Anything this reader does not understand counts as state.
 */
final class StaticState {

  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_ENUM = 0x4000;

  private StaticState() {}

  /** Whether none of {@code classes} (class files) can carry state from one test to the next. */
  static boolean absent(Collection<byte[]> classes) {
    for (byte[] bytes : classes) {
      try {
        if (!absent(bytes)) {
          return false;
        }
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    return true;
  }

  private static boolean absent(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      return false;
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    String[] utf8 = constantPool(in);
    int access = in.readUnsignedShort();
    if ((access & ACC_ENUM) != 0) {
      return false;
    }
    in.readUnsignedShort(); // this class
    in.readUnsignedShort(); // super class
    skip(in, 2 * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      int fieldAccess = in.readUnsignedShort();
      in.readUnsignedShort(); // name
      in.readUnsignedShort(); // descriptor
      boolean constant = false;
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String name = utf8[in.readUnsignedShort()];
        constant |= "ConstantValue".equals(name);
        skip(in, in.readInt());
      }
      if ((fieldAccess & ACC_STATIC) != 0 && !constant) {
        return false;
      }
    }
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort(); // access
      String name = utf8[in.readUnsignedShort()];
      in.readUnsignedShort(); // descriptor
      if ("<clinit>".equals(name)) {
        return false;
      }
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.readUnsignedShort();
        skip(in, in.readInt());
      }
    }
    return true;
  }

  /** Read the constant pool; the UTF-8 entries by index, null elsewhere. */
  private static String[] constantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> skip(in, 4);
        case 5, 6 -> {
          skip(in, 8);
          i++; // a long or double takes two entries
        }
        case 7, 8, 16, 19, 20 -> skip(in, 2);
        case 9, 10, 11, 12, 17, 18 -> skip(in, 4);
        case 15 -> skip(in, 3);
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skip(DataInputStream in, int bytes) throws IOException {
    if (bytes < 0 || in.skipBytes(bytes) != bytes) {
      throw new IOException("truncated class file");
    }
  }
}
