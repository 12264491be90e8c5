# The README's two commands. Both install what is missing, then do their work.
.PHONY: serve test bench dist
serve:
	bash .ci/serve
test:
	bash .ci/test
# The release build as a folder for any static web host (dist/); see README "Hosting".
dist:
	bash .ci/dist
# Benchmarks print figures; they are not part of `make test` or CI.
bench:
	bash .ci/bench
