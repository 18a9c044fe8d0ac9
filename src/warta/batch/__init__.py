"""Runners: the same RawDoc -> Article function on every core (`pool`, `--workers`) or on a
Dask cluster (`cluster`, `warta batch`), writing versioned Parquet partitions (`output`)."""
