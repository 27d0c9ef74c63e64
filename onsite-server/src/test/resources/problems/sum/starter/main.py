import sys

# read a and b, print their sum
