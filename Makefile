# Thin wrapper over the dependency script, CMake and CTest. See README.md.
BUILD      ?= build
TEST_BUILD ?= build-asan
SOURCE     ?= .
OUT        ?= site
JOBS       ?= $(shell nproc)
# Extra options for the site build, e.g. CI: SITE_FLAGS="--require-full-history --base-url https://…/"
SITE_FLAGS ?=

.PHONY: all deps site check serve test unit browser-deps fuzz deb clean

all: site

deps:
	@scripts/install-deps.sh

# The site build has no tests (they build in $(TEST_BUILD)): GoogleTest is not a site dependency.
$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCK_TESTS=OFF

# Builds the demo portal from content/ + data/ into site/.
site: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) --target congkhai -j $(JOBS)
	scripts/make-demo-history.sh --congkhai $(BUILD)/congkhai
	$(BUILD)/congkhai build --source $(SOURCE) --out $(OUT) $(SITE_FLAGS)
	@echo "Cổng đã dựng: mở $(OUT)/index.html trong trình duyệt, hoặc chạy: make serve"

check: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) --target congkhai -j $(JOBS)
	$(BUILD)/congkhai check --source $(SOURCE)

serve: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) --target congkhai -j $(JOBS)
	scripts/make-demo-history.sh --congkhai $(BUILD)/congkhai
	$(BUILD)/congkhai serve --source $(SOURCE)

browser-deps:
	@scripts/install-deps.sh --test --browser
	@scripts/install-browser-tests.sh

# Every test: unit and integration tests under ASan+UBSan, then the browser suite.
test: browser-deps
	cmake -S . -B $(TEST_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCK_SANITIZE=ON
	cmake --build $(TEST_BUILD) -j $(JOBS)
	scripts/make-demo-history.sh --congkhai $(TEST_BUILD)/congkhai
	rm -f $(TEST_BUILD)/robustness.jsonl
	ctest --test-dir $(TEST_BUILD) --output-on-failure -j $(JOBS)
	python3 scripts/robustness-report.py $(TEST_BUILD)/robustness.jsonl docs/robustness.md

fuzz:
	scripts/run-fuzzers.sh

# The Debian package, from a Release build, checked (dist/congkhai_<version>_<arch>.deb; README "Packages").
deb:
	scripts/make-deb.sh

clean:
	rm -rf $(BUILD) $(TEST_BUILD) build-fuzz $(OUT)
