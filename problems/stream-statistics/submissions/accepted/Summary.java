import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

public class Summary {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = (int) readLong(in);
        long[] xs = new long[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            xs[i] = readLong(in);
            sum += xs[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (long x : xs) {
            squares += (x - mean) * (x - mean);
        }
        Arrays.sort(xs);
        long p50 = xs[(int) Math.ceil(50.0 * n / 100) - 1];
        long p99 = xs[(int) Math.ceil(99.0 * n / 100) - 1];
        System.out.printf("%.9f %.9f %d %d%n", mean, Math.sqrt(squares / n), p50, p99);
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') {
            c = in.read();
        }
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return value;
    }
}
