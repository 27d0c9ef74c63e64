// Write forever to the real standard output, past the harness's capture, without a newline.
import java.io.*;

public class RawStdoutFlood {
  public static void main(String[] args) throws IOException {
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    byte[] chunk = new byte[65536];
    java.util.Arrays.fill(chunk, (byte) 'x');
    while (true) {
      out.write(chunk);
    }
  }
}
