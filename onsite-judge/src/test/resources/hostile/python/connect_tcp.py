# Reach the host's services: a listener on 127.0.0.1, the IPv6 loopback, a cloud metadata service.
import socket

a, b = map(int, input().split())
reached = []
for family, host, port in ((socket.AF_INET, "127.0.0.1", @PORT@), (socket.AF_INET6, "::1", @PORT@),
                           (socket.AF_INET, "169.254.169.254", 80), (socket.AF_INET, "1.1.1.1", 443)):
    try:
        s = socket.socket(family, socket.SOCK_STREAM)
        s.settimeout(0.5)
        s.connect((host, port))
        reached.append("%s:%d" % (host, port))
    except OSError:
        pass
print(a + b if not reached else "LEAK reached " + ", ".join(reached))
