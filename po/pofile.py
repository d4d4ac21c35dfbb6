"""Reading and writing gettext PO files: what po/extract.py and po/generate.py share.

Only what optout's catalogues use: contexts, plurals, comments, flags and obsolete entries (which are
kept apart and never used)."""

import re

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


class Entry:
    def __init__(self):
        self.translator_comments = []   # "# ..."
        self.extracted_comments = []    # "#. ..."
        self.references = []            # "#: ..."
        self.flags = []                 # "#, ..."
        self.previous = []              # "#| ..."
        self.context = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = None              # a string, or a list with one per plural form
        self.obsolete = False

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def key(self):
        return (self.context, self.msgid)

    @property
    def translations(self):
        return self.msgstr if isinstance(self.msgstr, list) else [self.msgstr or ""]

    @property
    def translated(self):
        return all(self.translations) and not self.fuzzy


def unquote(text, where):
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"{where}: expected a quoted string, got {text!r}")
    out = []
    i, body = 0, text[1:-1]
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 1
            e = body[i]
            if e in ESCAPES:
                out.append(ESCAPES[e])
            elif e in "01234567":
                digits = re.match(r"[0-7]{1,3}", body[i:]).group(0)
                out.append(chr(int(digits, 8)))
                i += len(digits) - 1
            else:
                raise ValueError(f"{where}: unknown escape \\{e}")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def read(path):
    """The entries of a PO file, the header (msgid "") first when there is one."""
    entries, entry, field = [], Entry(), None

    def finish():
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry, field = Entry(), None

    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
            if line.startswith("|"):
                continue
        if not line:
            if entry.msgid is not None:
                finish()
            continue
        if line.startswith("#") and not obsolete:
            if entry.msgid is not None:
                finish()
            if line.startswith("#."):
                entry.extracted_comments.append(line[2:].strip())
            elif line.startswith("#:"):
                entry.references += line[2:].split()
            elif line.startswith("#,"):
                entry.flags += [flag.strip() for flag in line[2:].split(",") if flag.strip()]
            elif line.startswith("#|"):
                entry.previous.append(line[2:].strip())
            else:
                entry.translator_comments.append(line[1:].strip())
            continue
        if line.startswith("#|"):
            continue
        if obsolete:
            entry.obsolete = True
        keyword = re.match(r"(msgctxt|msgid_plural|msgid|msgstr\[(\d+)\]|msgstr)\s+(.*)$", line)
        if keyword:
            name, index, rest = keyword.group(1), keyword.group(2), keyword.group(3)
            if name in ("msgctxt", "msgid") and entry.msgid is not None and (name == "msgctxt" or field != "msgctxt"):
                finish()
                if obsolete:
                    entry.obsolete = True
            value = unquote(rest, where)
            if name == "msgctxt":
                entry.context, field = value, "msgctxt"
            elif name == "msgid":
                entry.msgid, field = value, "msgid"
            elif name == "msgid_plural":
                entry.msgid_plural, field = value, "msgid_plural"
            elif index is not None:
                if not isinstance(entry.msgstr, list):
                    entry.msgstr = []
                while len(entry.msgstr) <= int(index):
                    entry.msgstr.append("")
                entry.msgstr[int(index)] = value
                field = ("msgstr", int(index))
            else:
                entry.msgstr, field = value, "msgstr"
        elif line.startswith('"'):
            value = unquote(line, where)
            if field == "msgctxt":
                entry.context += value
            elif field == "msgid":
                entry.msgid += value
            elif field == "msgid_plural":
                entry.msgid_plural += value
            elif field == "msgstr":
                entry.msgstr += value
            elif isinstance(field, tuple):
                entry.msgstr[field[1]] += value
            else:
                raise ValueError(f"{where}: a string continues nothing")
        else:
            raise ValueError(f"{where}: cannot read {raw!r}")
    finish()
    return entries


def header_fields(entries):
    """The header entry's fields ("Plural-Forms": "..."), or {} without a header."""
    for entry in entries:
        if entry.msgid == "" and entry.context is None and not entry.obsolete:
            fields = {}
            for line in entry.translations[0].split("\n"):
                if ":" in line:
                    name, value = line.split(":", 1)
                    fields[name.strip()] = value.strip()
            return fields
    return {}


def messages(entries):
    """The entries that are messages: neither the header nor obsolete."""
    return [e for e in entries if not e.obsolete and not (e.msgid == "" and e.context is None)]


def quote(text):
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
    return '"' + out.replace("\n", "\\n") + '"'


def field(name, text):
    """A field as gettext writes it: on one line, or (with line breaks inside) split after each."""
    pieces = text.split("\n")
    if len(pieces) == 1 or (len(pieces) == 2 and pieces[1] == ""):
        return [f"{name} {quote(text)}"]
    parts = [p + "\n" for p in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    return [f'{name} ""'] + [quote(p) for p in parts]


def write(entry):
    """An entry as lines of a PO file."""
    lines = ["# " + c if c else "#" for c in entry.translator_comments]
    lines += ["#. " + c if c else "#." for c in entry.extracted_comments]
    if entry.references:
        lines.append("#: " + " ".join(entry.references))
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    lines += ["#| " + p for p in entry.previous]
    if entry.context is not None:
        lines += field("msgctxt", entry.context)
    lines += field("msgid", entry.msgid)
    if entry.msgid_plural is not None:
        lines += field("msgid_plural", entry.msgid_plural)
        forms = entry.msgstr if isinstance(entry.msgstr, list) else ["", ""]
        for i, form in enumerate(forms):
            lines += field(f"msgstr[{i}]", form)
    else:
        lines += field("msgstr", entry.msgstr or "")
    return lines
