# Builds and installs optout with its man page and shell completions.
#   make install                  (PREFIX defaults to /usr/local)
#   make install PREFIX=$HOME/.local
#   make uninstall
# DESTDIR is honoured for packaging.

PREFIX ?= /usr/local
SWIFT ?= swift
BUILD_FLAGS ?= -c release --static-swift-stdlib
# SwiftPM's build folder. The tests that run the installed binary use a folder of their own, so they
# never wait on the lock `swift test` holds on .build.
SCRATCH ?= .build

BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

BUILT = $(SCRATCH)/install
BIN = $(shell $(SWIFT) build --scratch-path $(SCRATCH) $(BUILD_FLAGS) --show-bin-path 2>/dev/null)/optout

.PHONY: all build man completions install uninstall clean

all: man build completions

# The manual generator builds its own (dynamically linked) release binary in the same folder,
# so the static build comes after it and relinks over it.
build: man
	$(SWIFT) build --scratch-path $(SCRATCH) $(BUILD_FLAGS) --product optout

man:
	mkdir -p $(BUILT)
	$(SWIFT) package --scratch-path $(SCRATCH) --allow-writing-to-directory $(BUILT) generate-manual --configuration release --output-directory $(BUILT)

completions: build
	mkdir -p $(BUILT)
	$(BIN) --generate-completion-script bash > $(BUILT)/optout.bash
	$(BIN) --generate-completion-script zsh > $(BUILT)/_optout
	$(BIN) --generate-completion-script fish > $(BUILT)/optout.fish

install: all
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 0755 $(BIN) $(BINDIR)/optout
	install -m 0644 $(BUILT)/optout.1 $(MANDIR)/optout.1
	install -m 0644 $(BUILT)/optout.bash $(BASHDIR)/optout
	install -m 0644 $(BUILT)/_optout $(ZSHDIR)/_optout
	install -m 0644 $(BUILT)/optout.fish $(FISHDIR)/optout.fish

uninstall:
	rm -f $(BINDIR)/optout $(MANDIR)/optout.1 $(BASHDIR)/optout $(ZSHDIR)/_optout $(FISHDIR)/optout.fish

clean:
	rm -rf $(BUILT)
