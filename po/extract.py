#!/usr/bin/env python3
"""Writes po/optout.pot, the template of optout's messages, from the sources (`make pot`).

- Every `tr("…")` and `trn("…", "…", count: …)` call in Sources/**/*.swift, with its `context:`; the
  English must be a literal (the functions take a StaticString; a call whose message is not a literal
  is an error here). References are file:line; a `// Translators: …` comment just above the call (or
  above the statement holding it, up to three lines up) becomes a `#.` comment for translators.
- The built-in guide's member-facing texts (msgctxt "guide"), read from `optout guide export`'s JSON
  (--guide-json), for the steps po/guide-steps.txt names.

  po/extract.py --guide-json GUIDE.json [--output FILE]
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pofile  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIMPLE_ESCAPES = {"0": "\0", "\\": "\\", "t": "\t", "n": "\n", "r": "\r", '"': '"', "'": "'"}
HEADER = """# optout's messages: the template the translations in po/*.po are merged from.
# Written by po/extract.py (`make pot`); do not edit. docs/translations.md says how to translate.
# This file is distributed under the same license as optout (Apache License 2.0).
msgid ""
msgstr ""
"Project-Id-Version: optout\\n"
"Report-Msgid-Bugs-To: \\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"
"""


class ExtractError(Exception):
    pass


# MARK: Swift sources

def tokens(path, text):
    """Swift tokens: ("id", name), ("str", value, interpolated), ("punct", c), ("comment", text, whole_line).
    Each with its line number. Enough of Swift for finding calls and their literal arguments."""
    out, i, n, line = [], 0, len(text), 1
    line_start_only_space = True
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            line_start_only_space = True
            continue
        if c in " \t\r":
            i += 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(("comment", text[i + 2:end].strip(), line_start_only_space, line))
            i = end
            continue
        if text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            line += text.count("\n", i, j)
            i = j
            line_start_only_space = False
            continue
        line_start_only_space = False
        raw = re.match(r'(#*)"', text[i:])
        if raw:
            value, interpolated, j = string_literal(path, text, i, len(raw.group(1)), line)
            out.append(("str", value, interpolated, line))
            line += text.count("\n", i, j)
            i = j
            continue
        word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", text[i:])
        if word:
            out.append(("id", word.group(0), line))
            i += len(word.group(0))
            continue
        out.append(("punct", c, line))
        i += 1
    return out


def string_literal(path, text, start, hashes, line):
    """A string literal at `start` (after `hashes` #s): its value, whether it interpolates, and the
    index after it. Single-line and multi-line (\"\"\"), plain and raw (#\"…\"#)."""
    i = start + hashes
    multi = text.startswith('"""', i)
    i += 3 if multi else 1
    close = ('"""' if multi else '"') + "#" * hashes
    escape = "\\" + "#" * hashes
    out, interpolated = [], False
    while True:
        if i >= len(text) or (not multi and text[i] == "\n"):
            raise ExtractError(f"{path}:{line}: a string literal does not end")
        if text.startswith(close, i):
            i += len(close)
            break
        if text.startswith(escape, i):
            i += len(escape)
            e = text[i]
            if e == "(":
                interpolated = True
                depth, i = 1, i + 1
                while depth:
                    depth += {"(": 1, ")": -1}.get(text[i], 0)
                    i += 1
                out.append("\uFFFC")
                continue
            if e == "u":
                end = text.index("}", i)
                out.append(chr(int(text[i + 2:end], 16)))
                i = end + 1
                continue
            if multi and e == "\n":
                # A line continuation: the line break stays for now, so the next line loses its
                # indentation as every line does; the two are joined below.
                out.append("\uFFFD")
                continue
            if e not in SIMPLE_ESCAPES:
                raise ExtractError(f"{path}:{line}: unknown escape \\{e}")
            out.append(SIMPLE_ESCAPES[e])
            i += 1
            continue
        out.append(text[i])
        i += 1
    value = "".join(out)
    if multi:
        # The closing delimiter's indentation is removed from every line; the first and last line breaks
        # are not part of the value.
        lines = value.split("\n")
        indent = re.match(r"[ \t]*", lines[-1]).group(0)
        body = [l[len(indent):] if l.startswith(indent) else l.lstrip(" \t") for l in lines[1:-1]]
        value = "\n".join(body).replace("\uFFFD\n", "").replace("\uFFFD", "")
    return value, interpolated, i


def calls(path, text):
    """Every tr/trn call: (line, context, msgid, msgid_plural, comment)."""
    toks = tokens(path, text)
    comments = {t[3]: t[1] for t in toks if t[0] == "comment" and t[2]}
    call_lines = set()
    found = []
    for k, tok in enumerate(toks):
        if tok[0] != "id" or tok[1] not in ("tr", "trn"):
            continue
        before = toks[k - 1] if k else None
        if before and ((before[0] == "punct" and before[1] == ".") or (before[0] == "id" and before[1] == "func")):
            continue
        after = toks[k + 1] if k + 1 < len(toks) else None
        if not after or after[0] != "punct" or after[1] != "(":
            continue
        arguments = split_arguments(toks, k + 2)
        name, line = tok[1], tok[2]
        where = f"{os.path.relpath(path, ROOT)}:{line}"
        literal_count = 1 if name == "tr" else 2

        def literal(argument, what):
            if len(argument) != 1 or argument[0][0] != "str":
                raise ExtractError(f"{where}: {name}'s {what} must be a string literal")
            if argument[0][2]:
                raise ExtractError(f"{where}: {name}'s {what} must not interpolate; use a {{placeholder}}")
            return argument[0][1]

        if len(arguments) < literal_count:
            raise ExtractError(f"{where}: {name} needs {literal_count} message(s)")
        msgid = literal(arguments[0], "message")
        plural = literal(arguments[1], "plural") if name == "trn" else None
        context = None
        for argument in arguments[literal_count:]:
            if len(argument) >= 2 and argument[0][:2] == ("id", "context") and argument[1][:2] == ("punct", ":"):
                context = literal(argument[2:], "context")
        found.append((line, context, msgid, plural))
        call_lines.add(line)
    result = []
    for line, context, msgid, plural in found:
        result.append((line, context, msgid, plural, translators_comment(comments, call_lines, line)))
    return result


def split_arguments(toks, start):
    """The top-level arguments of a call whose "(" is just before `start`, as lists of tokens."""
    arguments, current, depth = [], [], 0
    for tok in toks[start:]:
        if tok[0] == "comment":
            continue
        if tok[0] == "punct" and tok[1] in "([{":
            depth += 1
        elif tok[0] == "punct" and tok[1] in ")]}":
            if depth == 0:
                if current:
                    arguments.append(current)
                return arguments
            depth -= 1
        elif tok[0] == "punct" and tok[1] == "," and depth == 0:
            arguments.append(current)
            current = []
            continue
        current.append(tok)
    return arguments


def translators_comment(comments, call_lines, line):
    """The `// Translators:` block ending just above `line`, or above the statement holding the call
    (up to three lines up, with no other call in between)."""
    for gap in range(0, 4):
        end = line - 1 - gap
        if gap and (end + 1) in call_lines:
            return None
        if end in comments:
            block = []
            while end in comments:
                block.insert(0, comments[end])
                end -= 1
            for i, text in enumerate(block):
                if text.startswith("Translators:"):
                    return " ".join(block[i:])
            return None
    return None


def source_messages():
    found = []
    sources = os.path.join(ROOT, "Sources")
    for folder, _, files in sorted(os.walk(sources)):
        for name in sorted(files):
            if name.endswith(".swift") and not name.endswith("+Generated.swift"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    for line, context, msgid, plural, comment in calls(path, f.read()):
                        found.append((context, msgid, plural, f"{os.path.relpath(path, ROOT)}:{line}", comment))
    return sorted(found, key=lambda m: (m[3].rsplit(":", 1)[0], int(m[3].rsplit(":", 1)[1])))


# MARK: The guide

def is_translatable(text):
    """Text with words of its own; a label reference alone ({data-privacy}) has nothing to translate."""
    return bool(text) and re.sub(r"\{[A-Za-z0-9_-]+\}", "", text).strip() != ""


def guide_texts(guide):
    """Every member-facing text of a guide, in order, with where it is. The same fields as
    Guide.forEachText in Sources/OptOutCore/Localization/Guide+Localized.swift."""
    out = []

    def add(text, where):
        if isinstance(text, str) and is_translatable(text):
            out.append((text, where))

    def per_platform(value, where):
        for platform in ("any", "web", "app"):
            for j, text in enumerate((value or {}).get(platform) or []):
                add(text, f"{where}.{platform}[{j}]")

    add(guide["title"], "title")
    add(guide["purpose"], "purpose")
    for i, caveat in enumerate(guide.get("caveats", [])):
        add(caveat, f"caveats[{i}]")
    add(guide.get("reportTo"), "reportTo")
    for i, revision in enumerate(guide.get("changelog", [])):
        add(revision["summary"], f"changelog[{i}].summary")
        for j, note in enumerate(revision.get("regionNotes", [])):
            add(note["text"], f"changelog[{i}].regionNotes[{j}].text")
    for step in guide["steps"]:
        at = f"steps[{step['id']}]"
        add(step["title"], at + ".title")
        for j, text in enumerate(step.get("body", [])):
            add(text, f"{at}.body[{j}]")
        per_platform(step.get("instructions"), at + ".instructions")
        per_platform(step.get("menuPath"), at + ".menuPath")
        if step.get("link"):
            add(step["link"]["label"], at + ".link.label")
        add(step.get("expected"), at + ".expected")
        for j, note in enumerate(step.get("regionNotes", [])):
            add(note["text"], f"{at}.regionNotes[{j}]")
        if step.get("choice"):
            add(step["choice"]["prompt"], at + ".choice.prompt")
            for option in step["choice"]["options"]:
                add(option["label"], f"{at}.choice.options[{option['id']}].label")
                add(option.get("detail"), f"{at}.choice.options[{option['id']}].detail")
        for j, text in enumerate(step.get("unverified", [])):
            add(text, f"{at}.unverified[{j}]")
        if step.get("confirmation"):
            add(step["confirmation"]["reference"], at + ".confirmation.reference")
        if step.get("recheck"):
            add(step["recheck"]["question"], at + ".recheck.question")
            add(step["recheck"]["ifNo"], at + ".recheck.ifNo")
        add(step.get("receipt"), at + ".receipt")
    return out


def guide_scope():
    """The parts of the built-in guide whose texts are in the catalogue (po/guide-steps.txt): step ids,
    `guide` for the guide's own title, purpose and caveats, or `*` for all."""
    with open(os.path.join(ROOT, "po", "guide-steps.txt"), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")}


def in_scope(where, scope):
    if "*" in scope:
        return True
    match = re.match(r"steps\[([^\]]+)\]", where)
    return (match.group(1) if match else "guide") in scope


# MARK: The template

def template(guide):
    entries, by_key = [], {}

    def add(context, msgid, plural, reference, comment):
        key = (context, msgid)
        entry = by_key.get(key)
        if entry is None:
            entry = pofile.Entry()
            entry.context, entry.msgid, entry.msgid_plural = context, msgid, plural
            entry.msgstr = ["", ""] if plural is not None else ""
            by_key[key] = entry
            entries.append(entry)
        elif entry.msgid_plural != plural:
            raise ExtractError(f"{reference}: \"{msgid}\" is used with two different plurals; give one a context")
        if comment and comment not in entry.extracted_comments:
            entry.extracted_comments.append(comment)
        if reference not in entry.references:
            entry.references.append(reference)

    for context, msgid, plural, reference, comment in source_messages():
        if "\x1e" in msgid + (plural or "") or "\x1f" in msgid + (plural or ""):
            raise ExtractError(f"{reference}: a message may not hold U+001E or U+001F")
        if msgid == "":
            raise ExtractError(f"{reference}: an empty message")
        add(context, msgid, plural, reference, comment)
    if guide is not None:
        scope = guide_scope()
        for text, where in guide_texts(guide):
            if in_scope(where, scope):
                add("guide", text, None, "Sources/OptOutCore/Guide/BuiltInGuide.swift", f"guide: {where}")
    return HEADER + "".join("\n" + "\n".join(pofile.write(e)) + "\n" for e in entries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--guide-json", help="the built-in guide, as `optout guide export` writes it")
    parser.add_argument("--output", default=os.path.join(ROOT, "po", "optout.pot"))
    args = parser.parse_args()
    guide = None
    if args.guide_json:
        with open(args.guide_json, encoding="utf-8") as f:
            guide = json.load(f)
    try:
        text = template(guide)
    except ExtractError as error:
        sys.exit(f"extract.py: {error}")
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
