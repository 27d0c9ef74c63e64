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
        raise NotImplementedError

    def forward(
        self, x: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor] | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """x: (B, I); state: (h, c), each (B, H), zeros when None. Returns (h', c'), each (B, H)."""
        raise NotImplementedError


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
