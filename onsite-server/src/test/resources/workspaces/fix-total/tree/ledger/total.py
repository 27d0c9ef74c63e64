def total(amounts):
    result = 0
    for i in range(len(amounts) - 1):
        result += amounts[i]
    return result
