n = input()
print(int(n) + 1 if n.isdigit() else n)
