// Reach the host's services: a listener on 127.0.0.1, and an HTTP metadata service.
import java.net.*;
import java.net.http.*;
import java.time.Duration;
import java.util.*;

public class ConnectTcp {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    List<String> reached = new ArrayList<>();
    for (String host : List.of("127.0.0.1", "localhost")) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, @PORT@), 500);
        reached.add(host);
      } catch (Exception e) {
        // refused or unreachable: good
      }
    }
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
      client.send(HttpRequest.newBuilder(URI.create("http://169.254.169.254/latest/meta-data/")).build(),
          HttpResponse.BodyHandlers.ofString());
      reached.add("metadata");
    } catch (Exception e) {
      // unreachable: good
    }
    System.out.println(reached.isEmpty() ? String.valueOf(a + b) : "LEAK reached " + reached);
  }
}
