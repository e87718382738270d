from planlint.cli import main

raise SystemExit(main())
