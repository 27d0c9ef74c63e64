"""What can go wrong with a build graph."""


class UnknownTask(ValueError):
    pass


class CycleError(ValueError):
    def __init__(self, tasks):
        super().__init__("dependency cycle among: " + ", ".join(tasks))
        self.tasks = tasks
