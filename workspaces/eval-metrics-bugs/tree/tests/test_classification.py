from evalkit.classification import accuracy, confusion_matrix


def test_accuracy():
    assert accuracy([1, 0, 1, 1], [1, 1, 1, 0]) == 0.5


def test_confusion_matrix_rows_are_true_labels():
    m = confusion_matrix(["cat", "cat", "dog"], ["dog", "cat", "dog"], ["cat", "dog"])
    assert m == [[1, 1], [0, 1]]
