# Allocate and touch memory until something stops it.
keep = []
while True:
    block = bytearray(32 << 20)
    for i in range(0, len(block), 4096):
        block[i] = 1
    keep.append(block)
