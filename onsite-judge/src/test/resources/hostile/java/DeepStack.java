// Recurse without end on a thread with a huge stack.
public class DeepStack {
  static long down(long n) {
    return down(n + 1) + 1;
  }

  public static void main(String[] args) throws Exception {
    Thread t = new Thread(null, () -> down(0), "deep", 1L << 31);
    t.start();
    t.join();
    System.out.println("survived");
  }
}
