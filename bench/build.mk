# What `make build` does, for a benchmark project folder (bench/run.py measures it as one command).
PYTHON ?= python3
ROOT ?= .
build:
	$(PYTHON) $(ROOT)/scripts/convert.py --source seeds --out docs/articles
	$(PYTHON) -m kholuutru.site.build
