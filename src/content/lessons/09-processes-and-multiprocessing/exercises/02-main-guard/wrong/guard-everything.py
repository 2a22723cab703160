from spawner import load_catalogue, run_in_children

if __name__ == "__main__":

    def price_of(order):
        """The task each child runs: the price of one (item, quantity, unit price) order."""
        item, quantity, unit_price = order
        return round(quantity * unit_price, 2)

    catalogue = load_catalogue()
    orders = [("pen", 3), ("pad", 2)]
    print(run_in_children(price_of, [(item, qty, catalogue[item]) for item, qty in orders]))
