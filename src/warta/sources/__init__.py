"""Where articles come from: bytes, files, folders, URLs, HTML pages, corpora."""
