"""One module per command, each with a `run(argv) -> exit status`: lint (`planlint PATH...`),
rules, rule, init, diff and server."""
