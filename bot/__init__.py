"""chapterbot: settings, application wiring and the command-line entry point."""
