import numpy as np


def softmax(x):
    z = np.exp(x - x.max())
    return z / z.sum()
