"""The build: runs the stages (ingest → extract → link → emit) into the model and its pages,
keeps what the next build starts from (state, extraction cache) and writes docs/.
`pipeline` is the entry; `writer` writes docs/, `state` and `cache` persist between builds."""
