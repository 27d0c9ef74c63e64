// Sleep past any limit.
public class SleepForever {
  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
  }
}
