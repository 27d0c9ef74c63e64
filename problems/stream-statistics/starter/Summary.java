import java.util.Scanner;

public class Summary {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        // Read the n latencies and print: mean, population standard deviation, p50, p99.
    }
}
