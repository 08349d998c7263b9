# Every target creates .venv itself when it is missing.
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg

.PHONY: demo test check lint format bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	$(KG) build --data data --output out
	@echo
	@echo "Turtle:    $(CURDIR)/out/graph.ttl  (also .nt, .trig, .nq, .jsonld)"
	@echo "HTML view: $(CURDIR)/out/graph.html  (open it in a browser; works offline)"

test: $(VENV)/.installed
	$(PY) -m pytest -q

check: $(VENV)/.installed
	$(VENV)/bin/ruff format --check kg tests bench
	$(VENV)/bin/ruff check kg tests bench
	$(VENV)/bin/mypy kg
	$(PY) -m pytest -q

format: $(VENV)/.installed
	$(VENV)/bin/ruff format kg tests bench
	$(VENV)/bin/ruff check --fix kg tests bench

bench: $(VENV)/.installed
	$(PY) -m bench

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
