# Write forever to the real standard error.
import os

chunk = b"e" * 65536
while True:
    os.write(2, chunk)
