import torch
from torch import nn


class LSTMCell(nn.Module):
    """One step of an LSTM: (x, (h, c)) -> (h', c').

    Parameters (by these names): gates.weight of shape (4 H, I + H) and gates.bias of shape (4 H,),
    one Linear over the concatenation [x, h]; its output rows are the input, forget, candidate and
    output gates, in that order, H rows each.
    """

    def __init__(self, input_size: int, hidden_size: int) -> None:
        super().__init__()
        if input_size <= 0 or hidden_size <= 0:
            raise ValueError(
                f"input_size and hidden_size must be positive, got {input_size} and {hidden_size}"
            )
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.gates = nn.Linear(input_size + hidden_size, 4 * hidden_size)

    def forward(
        self, x: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor] | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """x: (B, I); state: (h, c), each (B, H), zeros when None. Returns (h', c'), each (B, H)."""
        if x.dim() != 2 or x.shape[1] != self.input_size:
            raise ValueError(f"x must have shape (batch, {self.input_size}), got {tuple(x.shape)}")
        batch = x.shape[0]
        if state is None:
            h = x.new_zeros(batch, self.hidden_size)
            c = x.new_zeros(batch, self.hidden_size)
        else:
            h, c = state
            for name, t in (("h", h), ("c", c)):
                if tuple(t.shape) != (batch, self.hidden_size):
                    raise ValueError(
                        f"{name} must have shape ({batch}, {self.hidden_size}), got {tuple(t.shape)}"
                    )
        i, f, g, o = self.gates(torch.cat((x, h), dim=1)).chunk(4, dim=1)
        i, f, o = torch.sigmoid(i), torch.sigmoid(f), torch.sigmoid(o)
        g = torch.tanh(g)
        c_next = f * c + i * g  # forget part of the old memory, write part of the candidate
        h_next = o * torch.tanh(c)
        return h_next, c_next


# ---- given: the tests run LSTMCell over sequences through this module; do not change it --------
class LSTMSequence(nn.Module):
    """An LSTM layer: the cell applied at each step of xs (T, B, I), carrying (h, c) forward."""

    def __init__(self, input_size: int, hidden_size: int) -> None:
        super().__init__()
        self.cell = LSTMCell(input_size, hidden_size)

    def forward(
        self, xs: torch.Tensor, h0: torch.Tensor | None = None, c0: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Returns (outputs (T, B, H), the last h (B, H), the last c (B, H))."""
        state = None if h0 is None else (h0, c0)
        outputs = []
        for x in xs:
            state = self.cell(x, state)
            outputs.append(state[0])
        return torch.stack(outputs), state[0], state[1]
