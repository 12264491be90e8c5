# The README's two commands. Both install what is missing, then do their work.
.PHONY: serve test bench
serve:
	bash .ci/serve
test:
	bash .ci/test
# Benchmarks print figures; they are not part of `make test` or CI.
bench:
	bash .ci/bench
