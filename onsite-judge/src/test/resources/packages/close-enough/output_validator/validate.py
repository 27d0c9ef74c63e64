"""Accept any integer within 1 of the answer; fail (a judge error, status 1) when the answer is not
a number, saying so in judgemessage.txt with the answer's text, which a hidden test must not show."""
import sys

input_file, answer_file, feedback_dir = sys.argv[1:4]
raw = open(answer_file).read().strip()
if not raw.lstrip("-").isdigit():
    with open(feedback_dir + "judgemessage.txt", "w") as f:
        f.write("the answer %r is not a number" % raw)
    sys.exit(1)
answer = int(raw)
output = sys.stdin.read().split()
if len(output) == 1 and output[0].lstrip("-").isdigit() and abs(int(output[0]) - answer) <= 1:
    sys.exit(42)
with open(feedback_dir + "judgemessage.txt", "w") as f:
    f.write("%s is not within 1 of %d" % (" ".join(output) or "nothing", answer))
sys.exit(43)
