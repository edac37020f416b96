from cjtrainer.cli import main

raise SystemExit(main())
