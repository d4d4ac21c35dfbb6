# Builds and installs optout with its man page and shell completions, and packs releases.
#   make install                  (PREFIX defaults to /usr/local)
#   make install PREFIX=$HOME/.local
#   make uninstall
#   make dist                     .build/dist/optout-<version>-linux-<machine>.tar.gz and SHA256SUMS
#   make deb                      .build/dist/optout_<version>_<arch>.deb (needs dpkg-deb)
# DESTDIR is honoured for packaging.

PREFIX ?= /usr/local
SWIFT ?= swift
# On Linux the release binary is one static file: the Swift runtime, FoundationEssentials, the C
# library and ncursesw are linked in, so it runs with no toolchain and no shared libraries
# (ldd: "not a dynamic executable"). ncursesw's static library needs the terminfo library after it;
# where ncursesw holds terminfo itself, run `make STATIC_LIBS=`.
UNAME := $(shell uname -s)
STATIC_LIBS ?= -ltinfo
# The functions that run before the first frame are laid out together, so start-up touches fewer
# pages: each function in its own section, and the list (packaging/startup-order.txt, written by
# Benchmarks/startup_order.py) handed to gold, the linker swiftc uses here. `make ORDER_FLAGS=` builds
# without it (a linker other than gold does not take the option).
ORDER_FLAGS ?= -Xswiftc -Xfrontend -Xswiftc -function-sections -Xlinker --section-ordering-file=$(CURDIR)/packaging/startup-order.txt
ifeq ($(UNAME),Linux)
BUILD_FLAGS ?= -c release -Xswiftc -static-executable -Xlinker $(STATIC_LIBS) $(ORDER_FLAGS)
STRIP_FLAGS ?= --strip-all --remove-section=.comment --remove-section=.note
else
BUILD_FLAGS ?= -c release
STRIP_FLAGS ?=
endif
# SwiftPM's build folder. The tests that run the installed binary use a folder of their own, so they
# never wait on the lock `swift test` holds on .build.
SCRATCH ?= .build
# Where `make dist` and `make deb` write.
DISTDIR ?= .build/dist
# The date the man page and the package's changelog carry: the last commit's, so a rebuild of the same
# commit gives the same files.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || date +%s)
# Who answers for the Debian package; whoever publishes it sets this.
MAINTAINER ?= optout maintainers <optout@packages.invalid>

BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

BUILT = $(SCRATCH)/install
# Asked once, when first needed.
BIN_DIR = $(eval BIN_DIR := $$(shell $(SWIFT) build --scratch-path $(SCRATCH) $(BUILD_FLAGS) --show-bin-path 2>/dev/null))$(BIN_DIR)
BIN = $(BIN_DIR)/optout
# What is installed and packed: the release binary without its symbol tables and debug information.
STRIPPED = $(BUILT)/optout

.PHONY: all build man completions install uninstall dist deb bench-build print-bin clean pot catalogues

all: build man completions

build:
	@# SwiftPM does not see the layout list change; a newer list removes the binary, so it is linked again.
	@if [ -e "$(BIN)" ] && [ packaging/startup-order.txt -nt "$(BIN)" ]; then rm -f "$(BIN)"; fi
	$(SWIFT) build --scratch-path $(SCRATCH) $(BUILD_FLAGS) --product optout
	mkdir -p $(BUILT)
	strip $(STRIP_FLAGS) -o $(STRIPPED) $(BIN)

# The manual comes from the command's own help (swift-argument-parser's generate-manual), built with
# the same flags as optout so the two share one build of the argument parser. Its blank lines become
# paragraph breaks (.Pp), which man(1) reads without warnings.
man: build
	$(SWIFT) build --scratch-path $(SCRATCH) $(BUILD_FLAGS) --product generate-manual
	mkdir -p $(BUILT)/man
	$(BIN_DIR)/generate-manual $(STRIPPED) --date "$$(date -u -d @$(SOURCE_DATE_EPOCH) +%F 2>/dev/null || date -u -r $(SOURCE_DATE_EPOCH) +%F)" --output-directory $(BUILT)/man
	sed 's/^$$/.Pp/' $(BUILT)/man/optout.1 > $(BUILT)/optout.1

completions: build
	$(STRIPPED) --generate-completion-script bash > $(BUILT)/optout.bash
	$(STRIPPED) --generate-completion-script zsh > $(BUILT)/_optout
	$(STRIPPED) --generate-completion-script fish > $(BUILT)/optout.fish

install: all
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 0755 $(STRIPPED) $(BINDIR)/optout
	install -m 0644 $(BUILT)/optout.1 $(MANDIR)/optout.1
	install -m 0644 $(BUILT)/optout.bash $(BASHDIR)/optout
	install -m 0644 $(BUILT)/_optout $(ZSHDIR)/_optout
	install -m 0644 $(BUILT)/optout.fish $(FISHDIR)/optout.fish

uninstall:
	rm -f $(BINDIR)/optout $(MANDIR)/optout.1 $(BASHDIR)/optout $(ZSHDIR)/_optout $(FISHDIR)/optout.fish

# The tarball: one folder with the binary, the man page, the completions, README and LICENSE.
dist: all
	SCRATCH='$(SCRATCH)' DISTDIR='$(DISTDIR)' SOURCE_DATE_EPOCH='$(SOURCE_DATE_EPOCH)' packaging/make-tarball

# The Debian package, built with dpkg-deb from the same files.
deb: all
	SCRATCH='$(SCRATCH)' DISTDIR='$(DISTDIR)' SOURCE_DATE_EPOCH='$(SOURCE_DATE_EPOCH)' MAINTAINER='$(MAINTAINER)' \
		packaging/make-deb

# The benchmark's in-process companion, built with the release binary's flags (Benchmarks/run.py).
bench-build:
	@# SwiftPM does not see the layout list change; a newer list removes the binary, so it is linked again.
	@if [ -e "$(BIN)" ] && [ packaging/startup-order.txt -nt "$(BIN)" ]; then rm -f "$(BIN)"; fi
	$(SWIFT) build --scratch-path $(SCRATCH) $(BUILD_FLAGS) --product optout-bench

# The message catalogues (docs/translations.md). `make pot` writes po/optout.pot from the sources' tr()
# and trn() calls and the built-in guide's texts (read from a debug build's `guide export`), then merges
# it into each po/LANG.po with msgmerge (needs gettext: apt-get install gettext). `make catalogues`
# writes the Swift the binary carries them in, from the PO files.
LANGUAGES = de fr nl es it pt
POT_GUIDE = $(SCRATCH)/pot-guide.json

pot:
	$(SWIFT) build --scratch-path $(SCRATCH) --product optout
	$$($(SWIFT) build --scratch-path $(SCRATCH) --show-bin-path)/optout guide export --output $(POT_GUIDE)
	python3 po/extract.py --guide-json $(POT_GUIDE) --output po/optout.pot
	msgcat --output-file=po/optout.pot po/optout.pot
	for language in $(LANGUAGES); do \
		msgmerge --quiet --update --backup=none --previous po/$$language.po po/optout.pot || exit 1; \
	done

catalogues:
	python3 po/generate.py

# Where the unstripped release binary is (Benchmarks/run.py, profiling).
print-bin:
	@echo $(BIN)

clean:
	rm -rf $(BUILT) $(DISTDIR)
