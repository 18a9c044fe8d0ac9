"""Language packs: word lists and patterns held as data files, loaded once."""
