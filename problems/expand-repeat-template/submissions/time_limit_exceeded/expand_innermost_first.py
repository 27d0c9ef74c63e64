"""Brute force: find the first closing bracket, expand that innermost block in place, and start
over: every block rebuilds the whole string, O(blocks * (template + output))."""


def expand_template(template: str) -> str:
    text = template
    while True:
        close = text.find("]")
        if close < 0:
            return text
        open_ = text.rfind("[", 0, close)
        start = open_
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        text = text[:start] + text[open_ + 1:close] * int(text[start:open_]) + text[close + 1:]
