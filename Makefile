# tailor: `make demo` runs it on the bundled samples, `make test` runs the tests. Each installs what it needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     ?= demo-out

.PHONY: install demo test lint eval eval-holdout bench golden samples clean check-system

install: $(STAMP)

$(STAMP): pyproject.toml | check-system
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# WeasyPrint draws with Pango; pip cannot install it, so say exactly what to do when it is missing.
check-system:
	@$(PY) -c "import ctypes.util, sys; sys.exit(0 if ctypes.util.find_library('pango-1.0') else 1)" || { \
	  echo "tailor needs the Pango library for PDF output (WeasyPrint). Install it with:"; \
	  echo "  Debian/Ubuntu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core"; \
	  echo "  Fedora:        sudo dnf install pango"; \
	  echo "  macOS:         brew install pango"; \
	  exit 1; }
	@$(PY) -c "import ctypes.util, sys; sys.exit(0 if ctypes.util.find_library('harfbuzz-subset') else 1)" || \
	  echo "note: with HarfBuzz's subset library (Debian: libharfbuzz-subset0) PDF briefs render about 20% faster"

demo: install
	@mkdir -p $(OUT)
	$(BIN)/tailor samples/resume.pdf samples/jobs/ -o $(OUT)/
	@echo "briefs written to $(OUT)/"

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check tailor tests
	$(BIN)/mypy tailor

# Runs the installed tailor over ../shared/eval-dev and scores what it read; EVAL_ARGS=--per-doc for details.
eval: install
	$(BIN)/python ../shared/eval-dev/run.py --tailor "$(BIN)/tailor" $(EVAL_ARGS)

# Our own second set of layouts (tests/holdout/README.md), scored the same way.
eval-holdout: install
	$(BIN)/python ../shared/eval-dev/run.py --set tests/holdout --gold tests/holdout/gold --tailor "$(BIN)/tailor" $(EVAL_ARGS)

bench: install
	$(BIN)/python scripts/bench.py

# Which PDF text engine reads résumés best (BENCHMARKS.md, issue 11). The PDF producers come from Debian and are
# only needed here (sudo apt-get install chromium libreoffice-writer-nogui texlive-latex-base texlive-xetex; a
# missing one is skipped); pdfplumber is installed only to be compared.
pdf-engines: install
	$(BIN)/pip install -q pdfplumber
	$(BIN)/python scripts/pdf_engines.py

# Rewrites tests/golden/ after an intended change to the brief; review the diff like code.
golden: install
	$(BIN)/python -m tests.make_golden

samples: install
	$(BIN)/python samples/make_samples.py

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info
