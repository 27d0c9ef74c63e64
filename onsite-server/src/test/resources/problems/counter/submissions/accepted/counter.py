class Counter:
    def __init__(self):
        self.counts = {}

    def increment(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]

    def get_count(self, key):
        return self.counts.get(key, 0)

    def reset(self, key):
        if key not in self.counts:
            raise KeyError(key)
        old = self.counts[key]
        self.counts[key] = 0
        return old
