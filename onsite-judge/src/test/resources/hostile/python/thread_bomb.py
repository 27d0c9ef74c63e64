# Start threads until something stops it.
import threading, time

a, b = map(int, input().split())
started = 0
try:
    while started < 100000:
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        started += 1
except (RuntimeError, MemoryError):
    pass
print(a + b if started < 100000 else "LEAK started %d threads" % started)
