"""The Customers page: the customer list, one customer's details, flag, history and merging."""
