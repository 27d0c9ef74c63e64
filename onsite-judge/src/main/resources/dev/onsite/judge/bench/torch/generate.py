# Writes this bench package's tests (run with /usr/bin/python3; deterministic: seed 7).
import json, os, torch
from torch import nn
torch.manual_seed(7)
base = os.path.dirname(os.path.abspath(__file__))
os.makedirs(base + "/data/secret", exist_ok=True)

class TwoLayer(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.fc2 = nn.Linear(d_hidden, d_out)
    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

def t(x):
    return {"$tensor": [round(v, 6) for v in x.flatten().tolist()] if x.dim() == 1 else [[round(v, 6) for v in row] for row in x.tolist()], "dtype": "float32", "shape": list(x.shape)}

for i in range(10):
    m = TwoLayer(8, 16, 4)
    state = {k: t(v.detach()) for k, v in m.state_dict().items()}
    m.load_state_dict({k: torch.tensor(v["$tensor"], dtype=torch.float32) for k, v in state.items()})
    x = torch.randn(6, 8)
    xs = t(x)
    y = m(torch.tensor(xs["$tensor"], dtype=torch.float32)).detach()
    test = {"calls": [
        {"new": "TwoLayer", "args": [8, 16, 4]},
        {"call": "load_state_dict", "args": [state]},
        {"call": "forward", "args": [xs], "expect": t(y), "unchanged": True},
        {"inspect": "parameters", "expect": {"fc1.weight": [16, 8], "fc1.bias": [16], "fc2.weight": [4, 16], "fc2.bias": [4]}}],
        "tolerance": {"rel": 1e-4, "abs": 1e-5}}
    with open(f"{base}/data/secret/{i:02d}.json", "w") as f:
        json.dump(test, f)
with open(base + "/problem.yaml", "w") as f:
    f.write("name: Bench two-layer module\nlimits:\n  time_limit: 2\n  memory: 512\nonsite:\n  type: api\n  round: ml-coding\n  difficulty: easy\n  languages: [python]\n  preload: [torch]\n")
