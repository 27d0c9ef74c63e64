// Allocate and touch memory outside the heap, where -Xmx does not reach.
import java.lang.reflect.Field;

public class OffHeapBomb {
  public static void main(String[] args) throws Exception {
    Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
    field.setAccessible(true);
    sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
    long chunk = 32L << 20;
    while (true) {
      long address = unsafe.allocateMemory(chunk);
      unsafe.setMemory(address, chunk, (byte) 1);
    }
  }
}
