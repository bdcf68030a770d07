#!/usr/bin/python3
"""docs/file-format.md is a contract: checks it against a real .ouro file.

    check_format_doc.py DOC.md DB.ouro

Reads the catalog table of the document (the rows of "## The catalog" whose
first cell is a `name`) and the Identity table, and compares them with the
file through Python's own sqlite3 module: every documented table exists with
exactly the documented columns (PRAGMA table_info), every catalog table of the
file is documented, and application_id, user_version and the page size are
the documented ones. Prints what differs and exits 1, or prints "ok".
"""
import re
import sqlite3
import sys


def expand(cell):
    """Column names of a table cell: `a`, `b_{x,y}` + `_unit`, `bbox_min_z/y/x`."""
    names = []
    # A name in backticks, optionally followed by `+ `_suffix``: both the name and name_suffix.
    for m in re.finditer(r"`([a-z_{},/]+)`(\s*\+\s*`(_[a-z]+)`)?", cell):
        base, suffix = m.group(1), m.group(3)
        if not re.match(r"^[a-z]", base) or base in ("number", "centroid", "wal"):
            continue
        forms = [base]
        brace = re.match(r"^(.*)\{([a-z,]+)\}(.*)$", base)
        if brace:
            forms = [brace.group(1) + p + brace.group(3) for p in brace.group(2).split(",")]
        elif "/" in base:  # bbox_min_z/y/x
            head, _, rest = base.partition("/")
            stem = head[: head.rfind("_") + 1]
            forms = [head] + [stem + p for p in rest.split("/")]
        for f in forms:
            names.append(f)
            if suffix:
                names.append(f + suffix)
    return names


def main(doc, db):
    text = open(doc, encoding="utf-8").read()
    problems = []
    catalog = text.split("## The catalog", 1)[1].split("\n## ", 1)[0]
    documented = {}
    for line in catalog.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3:
            continue
        m = re.fullmatch(r"`([a-z_]+)`", cells[0])
        if not m:
            continue  # the header, `profile_<id>_…` and the views: named per table, not fixed
        # Values quoted in parentheses are examples, not columns: drop them first.
        cols = re.sub(r"\([^()]*\)", "", cells[2])
        documented[m.group(1)] = expand(cols)

    con = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
    identity = text.split("## Identity", 1)[1].split("\n## ", 1)[0]
    want_app = re.search(r"`PRAGMA application_id` \| `(\d+)`", identity).group(1)
    want_version = re.search(r"`PRAGMA user_version` \| the schema version: `(\d+)`", identity).group(1)
    want_page = re.search(r"page size \| (\d+) bytes", identity).group(1)
    for pragma, want in (("application_id", want_app), ("user_version", want_version), ("page_size", want_page)):
        got = str(con.execute("PRAGMA " + pragma).fetchone()[0])
        if got != want:
            problems.append(f"PRAGMA {pragma} is {got}, the document says {want}")

    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # SQLite's own and the R*Tree's shadow tables, the zarr table (documented above the catalog)
    # and the per-table value tables are not catalog tables.
    catalog_tables = {t for t in tables if not re.match(r"^(sqlite_|zarr$|object_rtree_|profile_\d+_)", t)}
    for t in sorted(catalog_tables - set(documented)):
        problems.append(f"table {t} is in the file but not in the document")
    for t, cols in sorted(documented.items()):
        if t not in tables:
            problems.append(f"table {t} is documented but not in the file")
            continue
        have = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
        if sorted(have) != sorted(set(cols)):
            missing = sorted(set(have) - set(cols))
            extra = sorted(set(cols) - set(have))
            problems.append(f"table {t}: undocumented columns {missing}, documented but absent {extra}")
    if len(documented) < 15:
        problems.append(f"only {len(documented)} tables read from the document: the parser is wrong")
    for p in problems:
        print(p)
    if not problems:
        print(f"ok: {len(documented)} tables")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
