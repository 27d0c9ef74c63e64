# The api harness: read the canary when constructed and when called.
import os


class Probe:
    def __init__(self):
        self.seen = self.look()

    @staticmethod
    def look():
        try:
            return open("@CANARY@").read()
        except OSError:
            return None

    def check(self):
        seen = self.seen or self.look() or ("@SECRET@" if "@SECRET@" in str(os.environ) else None)
        return "clean" if seen is None else "LEAK " + seen
