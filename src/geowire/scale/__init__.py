"""Scale-out: Ray batch processing of shards (:mod:`ray_batch`), shard readers (:mod:`shards`),
loading batch output into DuckDB (:mod:`importer`), and feed watching (:mod:`watch`)."""
