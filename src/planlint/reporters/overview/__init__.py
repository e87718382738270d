"""Reporters of the overview matrix (planlint.overview): CSV and an Excel workbook."""
