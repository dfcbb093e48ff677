#!/usr/bin/python3
"""Where fidelity.py's recall, precision and structure go, page by page and cause by cause.

usage: /usr/bin/python3 scripts/fidelity-causes.py [--pages] [--words] CMD -- FILE...
  e.g. scripts/fidelity-causes.py 'node bin/wikiport.js convert {in}' -- ../shared/corpus/storage/*

It imports ../shared/tools/fidelity.py (or $FIDELITY_PY) and uses its own reference, rendering and
score, converting each page once. The first line is fidelity.py's figure. Then each cause below is
taken out alone (the rest as fidelity.py counts) and the line says how far the averages move, and on
how many pages; the last line takes all of them out at once. Causes marked "tool" are where
fidelity.py counts differently from what a Confluence reader sees; "ours" are words or marks the
Markdown adds. Nothing here changes fidelity.py or the converter's output.
  --pages  per page: the three figures, and the lost and extra words
  --words  with --pages, every lost and extra word (else the first 12)
"""
import collections, importlib.util, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FID = os.environ.get("FIDELITY_PY", os.path.join(HERE, "..", "..", "shared", "tools", "fidelity.py"))
if not os.path.exists(FID):
    FID = os.path.join(HERE, "..", "..", "shared", "tools", "fidelity.py")
spec = importlib.util.spec_from_file_location("fidelity", FID)
fid = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fid)

ALERT = re.compile(r"^((?:> ?)+)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$", re.M)
LABEL = re.compile(r"\*\[[\w.-]+ (?:macro|element)(?: kept from Confluence)?\](?:\([^)]*\))?\*(?= <!-- wikiport:)")
INCLUDED = re.compile(r"\*(?:Excerpt )?[Ii]ncluded from\*")
CELL_TASK = re.compile(r"(<li>)\[[ xX]\] ")
MENTION_ID = re.compile(r"\[@user-[0-9a-f]{6}\]")


def storage_side(fn):
    return ("storage", fn)


def markdown_side(fn):
    return ("markdown", fn)


def caption_out(raw):
    """ac:image is skipped whole by the reference walk; Confluence shows the caption under the image."""
    caps = re.findall(r"<ac:caption>(.*?)</ac:caption>", raw, flags=re.S)
    return raw + "".join(f"<p>{c}</p>" for c in caps)


CAUSES = [
    ("tool", "anchor macro names counted as words (Confluence shows nothing)",
     storage_side(lambda raw: re.sub(r'(<ac:structured-macro ac:name="anchor"[^>]*>)\s*<ac:parameter ac:name="">.*?</ac:parameter>', r"\1", raw, flags=re.S))),
    ("tool", "HTML comments in the storage counted as words",
     storage_side(lambda raw: re.sub(r"<!--.*?-->", "", raw, flags=re.S))),
    ("tool", "image captions not counted (shown under the image)", storage_side(caption_out)),
    ("tool", "ADF fallback HTML and attribute values counted as words",
     storage_side(lambda raw: re.sub(r"<ac:adf-fallback>.*?</ac:adf-fallback>|<ac:adf-attribute[^>]*>.*?</ac:adf-attribute>", "", raw, flags=re.S))),
    ("tool", "no footnote support in its cmark-gfm ([^1] shown as text)", "footnotes"),
    ("tool", "a rendered task counted as a list item too", "tasks"),
    ("ours", "GitHub alert title ([!NOTE] line; GitHub shows the type as a word)",
     markdown_side(lambda md: ALERT.sub(lambda m: m.group(1).rstrip(), md))),
    ("ours", "label of a kept macro (*[x macro]*, formerly *[x macro kept from Confluence]*)", markdown_side(lambda md: LABEL.sub("", md))),
    ("ours", "*Included from* before an include's link", markdown_side(lambda md: INCLUDED.sub("", md))),
    ("ours", "[x] of a task in a table cell's HTML list", markdown_side(lambda md: CELL_TASK.sub(r"\1", md))),
    ("ours", "@user-xxxxxx for a mention the storage gives no name", markdown_side(lambda md: MENTION_ID.sub("[@]", md))),
]


def rendered(md, footnotes=False, tasks_not_items=False):
    if not footnotes:
        words, s, _ = fid.rendered(md)
    else:
        html = subprocess.run(["cmark-gfm", "--unsafe", "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink",
                               "-e", "tasklist"], input=md.encode(), capture_output=True, check=True).stdout.decode()
        real = fid.subprocess.run
        fid.subprocess.run = lambda *a, **k: subprocess.CompletedProcess(a, 0, html.encode(), b"")
        try:
            words, s, _ = fid.rendered(md)
        finally:
            fid.subprocess.run = real
    if tasks_not_items:
        s = collections.Counter(s)
        s["list items"] -= s["tasks"]
    return words, s


def score(ref_words, ref_s, md, **kw):
    words, s = rendered(md, **kw)
    rc, oc = collections.Counter(ref_words), collections.Counter(words)
    hit = sum((rc & oc).values())
    recall = hit / sum(rc.values()) if rc else 1.0
    precision = hit / sum(oc.values()) if oc else (1.0 if not rc else 0.0)
    kinds = [k for k in ref_s if ref_s[k] > 0]
    ratios = {k: min(ref_s[k], s[k]) / max(ref_s[k], s[k]) if max(ref_s[k], s[k]) else 1.0 for k in kinds}
    struct = sum(ratios.values()) / len(ratios) if ratios else 1.0
    return dict(recall=recall, precision=precision, struct=struct, lost=rc - oc, extra=oc - rc)


def measure(pages, chosen):
    out = {}
    for name, (raw, md) in pages.items():
        kw = {}
        for c in chosen:
            how = c[2]
            if how == "footnotes":
                kw["footnotes"] = True
            elif how == "tasks":
                kw["tasks_not_items"] = True
            elif how[0] == "storage":
                raw = how[1](raw)
            else:
                md = how[1](md)
        ref_words, ref_s = fid.reference(fid.html_of_storage(raw))
        out[name] = score(ref_words, ref_s, md, **kw)
    return out


def mean(per, key):
    return sum(r[key] for r in per.values()) / len(per)


def main(argv):
    show_pages = "--pages" in argv
    all_words = "--words" in argv
    argv = [a for a in argv if a not in ("--pages", "--words")]
    sep = argv.index("--")
    cmd, files = argv[0], argv[sep + 1:]
    tmp = tempfile.mkdtemp()
    pages = {}
    for f in files:
        raw = fid.strip_wrappers(open(f, encoding="utf-8").read())
        inp = os.path.join(tmp, os.path.basename(f).rsplit(".", 1)[0] + ".xhtml")
        open(inp, "w", encoding="utf-8").write(raw)
        p = subprocess.run(cmd.replace("{in}", inp), shell=True, capture_output=True)
        pages[os.path.basename(f)] = (raw, p.stdout.decode("utf-8", "replace"))
    base = measure(pages, [])
    print(f"{'as fidelity.py counts':74s} recall {mean(base, 'recall'):.4f}  precision {mean(base, 'precision'):.4f}  structure {mean(base, 'struct'):.4f}  ({len(pages)} pages)")
    for cause in CAUSES:
        per = measure(pages, [cause])
        moved = sum(1 for k in per if any(abs(per[k][m] - base[k][m]) > 1e-9 for m in ("recall", "precision", "struct")))
        d = {m: mean(per, m) - mean(base, m) for m in ("recall", "precision", "struct")}
        print(f"[{cause[0]}] {cause[1][:67]:67s} recall {d['recall']:+.4f}  precision {d['precision']:+.4f}  structure {d['struct']:+.4f}  ({moved} pages)")
    for side in ("tool", "ours"):
        per = measure(pages, [c for c in CAUSES if c[0] == side])
        print(f"{'all [' + side + '] causes out':74s} recall {mean(per, 'recall'):.4f}  precision {mean(per, 'precision'):.4f}  structure {mean(per, 'struct'):.4f}")
    per = measure(pages, CAUSES)
    print(f"{'every cause above out':74s} recall {mean(per, 'recall'):.4f}  precision {mean(per, 'precision'):.4f}  structure {mean(per, 'struct'):.4f}")
    if show_pages:
        for name, r in sorted(base.items(), key=lambda kv: kv[1]["recall"] + kv[1]["precision"] + kv[1]["struct"]):
            print(f"\n{name}: recall {r['recall']:.3f} precision {r['precision']:.3f} structure {r['struct']:.3f}")
            for key in ("lost", "extra"):
                words = sorted(r[key].items(), key=lambda kv: -kv[1])
                if words:
                    shown = words if all_words else words[:12]
                    print(f"  {key}: " + " ".join(f"{w}×{n}" if n > 1 else w for w, n in shown) + ("" if len(shown) == len(words) else " …"))


if __name__ == "__main__":
    main(sys.argv[1:])
