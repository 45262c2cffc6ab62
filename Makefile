# desk_app — the two commands a new user types are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
TS     := $(wildcard i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench dist test-dist i18n translations system-deps clean

run: $(VENV)/.installed translations
	$(PY) -m desk_app

test: system-deps $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: system-deps $(VENV)/.installed-bench translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/perf -s

dist: $(VENV)/.installed-dist translations
	$(PY) -m PyInstaller --noconfirm --clean build.spec

test-dist: dist
	QT_QPA_PLATFORM=offscreen $(PY) scripts/check_dist.py dist/desk_app

i18n: $(VENV)/.installed
	sh i18n/update.sh $(VENV)/bin

translations: $(QM)

i18n/%.qm: i18n/%.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

system-deps:
	sh scripts/install-system-deps.sh

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -U "pip>=23.2"
	touch $@

$(VENV)/.installed: pyproject.toml $(VENV)/.created
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[test]"
	touch $@

# pandas is the sales benchmark's reference only, never a dependency of the app.
$(VENV)/.installed-bench: requirements-bench.txt $(VENV)/.installed-test
	$(PIP) install -r requirements-bench.txt
	touch $@

$(VENV)/.installed-dist: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[dist]"
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache i18n/*.qm
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
