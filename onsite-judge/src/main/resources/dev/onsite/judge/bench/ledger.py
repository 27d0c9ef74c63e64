class Ledger:
    def __init__(self):
        self.balances = {}

    def deposit(self, account, amount):
        self.balances[account] = self.balances.get(account, 0) + amount
        return self.balances[account]

    def balance(self, account):
        return self.balances.get(account, 0)
