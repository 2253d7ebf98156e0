# Kho lưu trữ Xây dựng Đảng — see README.md.
# Every target sets up .venv from the lock file on first use and reuses it while
# the lock is unchanged. REQUIREMENTS=requirements-site.txt installs only what
# the site build needs (the Pages workflow); `make lock` regenerates both locks.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
REQUIREMENTS ?= requirements.txt
STAMP  := $(VENV)/.installed-$(basename $(REQUIREMENTS))
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve dev build convert check test bench offline clean lock

NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $(NODE_STAMP)

$(STAMP): $(REQUIREMENTS) pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r $(REQUIREMENTS)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

# The locks, from pyproject.toml, with hashes (pip-compile keeps existing pins
# unless pyproject.toml asks for others; --upgrade to move them).
LOCK := $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: $(STAMP)
	$(LOCK) --extra test --extra bench --extra lock -o requirements.txt pyproject.toml
	$(LOCK) -o requirements-site.txt pyproject.toml

convert: $(STAMP)
	$(BIN)/python scripts/convert.py --source seeds --out docs/articles

build: convert
	$(BIN)/python -m kholuutru.site.build

offline: convert
	$(BIN)/python -m kholuutru.site.build --offline

serve: build
	@echo "Serving site/ on http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory site

# Live preview for editors: a change to seeds/, the data files, overrides/ or
# mkdocs.yml shows in the open page in seconds (kholuutru/site/dev.py).
dev: $(STAMP)
	$(BIN)/python -m kholuutru.site.dev --port $(PORT)

check: $(STAMP)
	$(BIN)/python -m kholuutru.check

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf site dist .cache .pytest_cache
