"""A calculator whose add subtracts."""
