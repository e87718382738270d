"""Reporters format findings; they decide nothing."""
