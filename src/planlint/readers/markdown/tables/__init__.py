"""Tables in every syntax a plan arrives in, read into the same located rows of cells.

One module per syntax (pipe, grid, html, flattened); columns.py and indicators.py read an
indicator table's rows whatever the syntax it was written in.
"""
