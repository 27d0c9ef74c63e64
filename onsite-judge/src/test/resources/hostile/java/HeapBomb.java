// Fill the heap.
import java.util.*;

public class HeapBomb {
  public static void main(String[] args) {
    List<long[]> keep = new ArrayList<>();
    while (true) {
      keep.add(new long[1 << 20]);
    }
  }
}
