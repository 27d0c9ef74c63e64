# Send datagrams to a host listener and resolve a name (DNS goes out over UDP).
import socket

a, b = map(int, input().split())
sent = []
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for _ in range(3):
    try:
        s.sendto(b"hello from the box", ("127.0.0.1", @UDP_PORT@))
    except OSError:
        pass
try:
    socket.getaddrinfo("example.com", 80)
    sent.append("resolved example.com")
except OSError:
    pass
print(a + b if not sent else "LEAK " + ", ".join(sent))
