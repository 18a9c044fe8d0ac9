"""Named entities for warta: a CRF tagger, gazetteers and in-article resolution."""
