# Sleep past any limit.
import time

time.sleep(10 ** 6)
