from planlint.cli import console_main

console_main()
