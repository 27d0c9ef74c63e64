# Ignore every signal that can be ignored, then spin.
import signal

open("/proc/self/comm", "w").write("@MARKER@")
for sig in signal.Signals:
    try:
        signal.signal(sig, signal.SIG_IGN)
    except (OSError, ValueError, RuntimeError):
        pass
while True:
    pass
