# Write forever to the real standard output, past the harness's capture, without a newline.
import os

chunk = b"x" * 65536
while True:
    os.write(1, chunk)
