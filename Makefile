# Kho lưu trữ Xây dựng Đảng — see README.md.
# Every target sets up .venv from requirements.txt on first use and reuses it
# while requirements.txt is unchanged.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build convert check test bench offline clean

NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $(NODE_STAMP)

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

convert: $(STAMP)
	$(BIN)/python scripts/convert.py --source seeds --out docs/articles

build: convert
	$(BIN)/python -m kholuutru.site.build

offline: convert
	$(BIN)/python -m kholuutru.site.build --offline

serve: build
	@echo "Serving site/ on http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory site

check: $(STAMP)
	$(BIN)/python -m kholuutru.check

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf site dist .cache .pytest_cache
