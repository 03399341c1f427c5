# The two commands of the README: `make serve` and `make test`. Each installs
# what is missing first, so they work on a fresh clone with Node.js 20 and npm.
.DEFAULT_GOAL := help
STAMP := node_modules/.install-stamp

.PHONY: help install serve build preview check test test-unit typecheck clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(STAMP) ## install npm dependencies from the lockfile (when they changed)

serve: $(STAMP) ## run the site with live reload at http://localhost:3000
	npm run start

build: $(STAMP) ## build the static site into build/
	npm run build

preview: build ## serve the built site (/roadmap.json exists only in a build)
	npm run serve

check: $(STAMP) ## validate every note, post and data file (no build)
	npm run check

typecheck: $(STAMP) ## type-check the TypeScript sources
	npm run typecheck

test: $(STAMP) ## check the content, then run every test: unit, build, browser (installs Chromium when root)
	@bash scripts/ensure-chromium.sh
	npm run check
	npm run typecheck
	npm test

test-unit: $(STAMP) ## run the unit tests only (seconds)
	npx vitest run --project unit

clean: ## remove build output and caches
	npm run clear
