"""The editor server (`planlint server`): planlint's findings as LSP diagnostics, over stdio.

positions.py and findings.py need nothing but planlint; app.py wires them to pygls (the
optional extra `planlint[lsp]`) and is imported only when the server starts.
"""
