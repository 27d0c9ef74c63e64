"""Accept any integer within 1 of the answer; crash (a judge error) when the answer is not a number."""
import sys

input_file, answer_file, feedback_dir = sys.argv[1:4]
answer = int(open(answer_file).read())
output = sys.stdin.read().split()
if len(output) == 1 and output[0].lstrip("-").isdigit() and abs(int(output[0]) - answer) <= 1:
    sys.exit(42)
with open(feedback_dir + "judgemessage.txt", "w") as f:
    f.write("%s is not within 1 of %d" % (" ".join(output) or "nothing", answer))
sys.exit(43)
