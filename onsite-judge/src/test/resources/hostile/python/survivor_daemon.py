# Leave a daemon behind: double fork, new session, standard streams closed, named with the marker.
import os, time

a, b = map(int, input().split())
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        null = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        open("/proc/self/comm", "w").write("@MARKER@")
        time.sleep(60)
    os._exit(0)
os.wait()
print(a + b)
