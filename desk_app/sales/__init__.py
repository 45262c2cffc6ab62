"""Order CSV importers and sales aggregations; plain Python, no Qt, no SQL."""
