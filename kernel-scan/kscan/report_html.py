# SPDX-License-Identifier: GPL-2.0
"""report.html: the report as one self-contained page. Inline CSS, an
inline SVG chart, a few lines of inline script for the filters (the page
reads fine without them), nothing fetched: the Content-Security-Policy
forbids any network access. Everything taken from the tree, the findings
or the triage file is escaped."""

import html
import re

from . import excerpt as ex
from . import findings as fnd
from . import summary as sm

CONF_COLOR = {"high": "#c62828", "medium": "#ef6c00", "low": "#7b8794"}


def e(s):
    return html.escape(str(s), quote=True)


def _inline(text):
    """Plain text with `code` spans (the shared sentences use them)."""
    parts = re.split(r"(`[^`]*`)", text)
    return "".join("<code>%s</code>" % e(p[1:-1]) if p.startswith("`")
                   and p.endswith("`") and len(p) > 1 else e(p)
                   for p in parts)


def _upfirst(s):
    return s[:1].upper() + s[1:]


def subsys_id(name):
    return "s-" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")


CSS = """
:root { --fg:#1f2328; --muted:#59636e; --bg:#fff; --panel:#f6f8fa;
  --border:#d1d9e0; --store:#fff5c2; --storemark:#f5d442; --check:#ffe1e0;
  --checkmark:#ff9d97; --wake:#e3efff; --add:#dafbe1; --del:#ffebe9;
  --link:#0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg:#e6edf3; --muted:#9198a1; --bg:#0d1117; --panel:#151b23;
    --border:#3d444d; --store:#3b3413; --storemark:#7a6512; --check:#3d1b1c;
    --checkmark:#8e2b2b; --wake:#14243b; --add:#12301c; --del:#3d1b1c;
    --link:#4493f8; }
}
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;
  color:var(--fg); background:var(--bg); }
main { max-width:1100px; margin:0 auto; padding:24px 20px 60px; }
a { color:var(--link); text-decoration:none; } a:hover { text-decoration:underline; }
h1 { font-size:26px; margin:0 0 4px; } h2 { font-size:20px; margin:36px 0 12px;
  padding-bottom:6px; border-bottom:1px solid var(--border); }
.sub { color:var(--muted); margin:0 0 20px; }
code, pre, .mono { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
  font-size:13px; }
p code, li code, td code, dd code { background:var(--panel); padding:1px 4px;
  border-radius:4px; }
.cards { display:flex; flex-wrap:wrap; gap:12px; margin:16px 0; }
.card { border:1px solid var(--border); border-radius:8px; padding:10px 16px;
  min-width:120px; background:var(--panel); }
.card .n { font-size:26px; font-weight:600; }
.card .l { color:var(--muted); font-size:13px; }
table { border-collapse:collapse; margin:8px 0 16px; }
th, td { border:1px solid var(--border); padding:4px 10px; text-align:left;
  vertical-align:top; }
th { background:var(--panel); } td.num, th.num { text-align:right; }
table.summary th { width:160px; }
.chart { border:1px solid var(--border); border-radius:8px; padding:12px;
  background:var(--panel); overflow-x:auto; }
.chart text { fill:var(--fg); font:12px ui-monospace,Menlo,Consolas,monospace; }
.legend span { display:inline-block; margin-right:14px; font-size:13px; }
.legend i { display:inline-block; width:12px; height:12px; margin-right:5px;
  vertical-align:-1px; border-radius:2px; }
.filters { position:sticky; top:0; z-index:2; background:var(--bg);
  border-bottom:1px solid var(--border); padding:8px 0; margin-top:20px;
  display:flex; flex-wrap:wrap; gap:16px; align-items:center; font-size:14px; }
.filters input[type=search] { padding:3px 8px; border:1px solid var(--border);
  border-radius:6px; background:var(--bg); color:var(--fg); min-width:220px; }
.finding { border:1px solid var(--border); border-left:5px solid var(--c);
  border-radius:8px; margin:14px 0; padding:10px 16px; }
.finding h3 { font-size:16px; margin:2px 0 6px; font-weight:600; }
.finding h3 code { font-size:15px; }
.finding h3 .mono { font-size:14px; color:var(--muted); font-weight:400; }
.finding h3 .num { color:var(--muted); font-weight:400; margin-right:6px; }
.badge { display:inline-block; font-size:12px; padding:1px 8px;
  border-radius:10px; border:1px solid var(--border); margin-right:6px;
  background:var(--panel); white-space:nowrap; }
.badge.conf { color:#fff; border-color:var(--c); background:var(--c); }
.badge.v-true { background:#c62828; color:#fff; border-color:#c62828; }
.badge.v-false-positive { background:#2e7d32; color:#fff; border-color:#2e7d32; }
.badge.v-unclear { background:#6a4fb3; color:#fff; border-color:#6a4fb3; }
.badge.v-untriaged { border-style:dashed; }
.msg { margin:6px 0; }
dl { display:grid; grid-template-columns:130px 1fr; gap:2px 12px; margin:8px 0; }
dt { color:var(--muted); } dd { margin:0; }
.code { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
  font-size:13px; line-height:1.45;
  border:1px solid var(--border); border-radius:6px; overflow-x:auto;
  background:var(--panel); margin:10px 0 4px; padding:4px 0; }
.code .l { display:flex; white-space:pre; min-width:max-content; }
.code .ln { width:64px; text-align:right; padding-right:10px;
  color:var(--muted); user-select:none; flex:none; }
.code .tag { width:52px; flex:none; font-size:11px; color:var(--muted);
  user-select:none; padding-top:1px; }
.code .src { padding-right:12px; }
.code .l.wake { background:var(--wake); } .code .l.add { background:var(--add); }
.code .l.store { background:var(--store); } .code .l.check { background:var(--check); }
.code .l.del { background:var(--del); text-decoration:line-through; }
.code .l.barrier { background:var(--check); }
.code .l.store .tag, .code .l.check .tag, .code .l.barrier .tag { color:var(--fg); font-weight:600; }
.code .gap { color:var(--muted); padding-left:74px; }
mark.store { background:var(--storemark); color:inherit; border-radius:2px; }
mark.check, mark.barrier { background:var(--checkmark); color:inherit;
  border-radius:2px; }
.fixlabel { font-size:13px; color:var(--muted); margin-top:8px; }
.note { border-left:4px solid #ef6c00; background:var(--panel); padding:8px 12px; }
footer { margin-top:40px; color:var(--muted); font-size:13px; }
.hidden { display:none; }
"""

SCRIPT = """
(function () {
  var bar = document.getElementById('filters');
  bar.classList.remove('hidden');
  var boxes = bar.querySelectorAll('input[type=checkbox]');
  var text = bar.querySelector('input[type=search]');
  var count = document.getElementById('shown');
  function apply() {
    var want = {}, untri = false;
    boxes.forEach(function (b) {
      if (b.name === 'untriaged') untri = b.checked; else want[b.name] = b.checked;
    });
    var q = text.value.toLowerCase(), n = 0;
    document.querySelectorAll('.finding').forEach(function (f) {
      var ok = want[f.dataset.conf] && (!untri || f.dataset.triage === 'untriaged')
        && (!q || f.textContent.toLowerCase().indexOf(q) >= 0);
      f.classList.toggle('hidden', !ok);
      if (ok) n++;
    });
    document.querySelectorAll('section.subsys').forEach(function (s) {
      s.classList.toggle('hidden', !s.querySelector('.finding:not(.hidden)'));
    });
    count.textContent = n;
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  text.addEventListener('input', apply);
})();
"""


def chart(rows):
    """An SVG bar chart of findings per subsystem, stacked by confidence."""
    if not rows:
        return "<p>No findings.</p>"
    label_w, bar_w, row_h, top = 190, 520, 22, 8
    maxv = max(r["total"] for _, r in rows)
    h = top + row_h * len(rows) + 6
    out = ['<svg xmlns="http://www.w3.org/2000/svg" role="img" '
           'width="%d" height="%d" viewBox="0 0 %d %d" aria-label="Findings '
           'per subsystem">' % (label_w + bar_w + 60, h,
                                label_w + bar_w + 60, h)]
    for i, (name, r) in enumerate(rows):
        y = top + i * row_h
        out.append('<a href="#%s">' % e(subsys_id(name)))
        out.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (
            label_w - 8, y + 14, e(name)))
        x = label_w
        for conf in fnd.CONFIDENCES:
            n = r.get(conf, 0)
            if not n:
                continue
            w = max(1.0, bar_w * n / maxv)
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" '
                       'fill="%s"><title>%s: %d %s</title></rect>' % (
                           x, y + 3, w, row_h - 6, CONF_COLOR[conf],
                           e(name), n, conf))
            x += w
        out.append('<text x="%.1f" y="%d">%d</text>' % (x + 6, y + 14,
                                                        r["total"]))
        out.append('</a>')
    out.append('</svg>')
    legend = "".join('<span><i style="background:%s"></i>%s</span>' % (
        CONF_COLOR[c], c) for c in fnd.CONFIDENCES)
    return ('<div class="chart"><div class="legend">%s</div>%s</div>'
            % (legend, "".join(out)))


def _code_lines(f, lines):
    cut = ex.common_indent(lines)
    out = ['<div class="code">']
    for l in lines:
        if l is None:
            out.append('<div class="gap">&#8942;</div>')
            continue
        cls = " ".join(l.roles)
        tag = "/".join(sm.role_label(f, r) for r in l.roles)
        src = "".join('<mark class="%s">%s</mark>' % (role, e(t)) if role
                      else e(t) for t, role in l.segments(cut))
        out.append('<div class="l %s"><span class="ln">%d</span>'
                   '<span class="tag">%s</span><span class="src">%s</span>'
                   '</div>' % (cls, l.number, e(tag), src or " "))
    out.append('</div>')
    return "".join(out)


def _fix_lines(pre):
    cut = ex.common_indent([l for _, l in pre])
    out = ['<div class="code">']
    for sign, l in pre:
        cls, tag = {"+": ("add", "added"), "-": ("del", "removed")}.get(
            sign, ("", ""))
        out.append('<div class="l %s"><span class="ln">%s</span>'
                   '<span class="tag">%s</span><span class="src">%s</span>'
                   '</div>' % (cls, "" if sign == "+" else l.number, tag,
                               e(l.expanded(cut)) or " "))
    out.append('</div>')
    return "".join(out)


def _finding(src, n, f):
    conf = f.get("confidence", "low")
    t = f.get("triage")
    verdict = t["verdict"] if t else "untriaged"
    out = ['<article class="finding" id="f%d" data-conf="%s" '
           'data-triage="%s" style="--c:%s">' % (
               n, e(conf), e(verdict), CONF_COLOR.get(conf, "#888"))]
    out.append('<h3><a class="num" href="#f%d">#%d</a><code>%s()</code> '
               '<span class="mono">%s</span></h3>' % (
                   n, n, e(f.get("function", "?")), e(sm.where(f))))
    out.append('<div><span class="badge conf">%s</span>'
               '<span class="badge">%s</span>'
               '<span class="badge v-%s">%s</span></div>' % (
                   e(conf), e(f.get("rule", "")), e(verdict),
                   e(sm.VERDICT_TEXT.get(verdict, verdict))))
    out.append('<p class="msg">%s</p>' % e(f.get("message", "")))
    out.append("<dl>")
    for label, text in sm.details(f):
        if label == "Triage" and t:
            verdict, _, rest = text.partition(": ")
            html_text = "<b>%s</b>%s" % (e(verdict), ": " + _inline(rest)
                                         if rest else "")
        else:
            html_text = _inline(text)
        out.append("<dt>%s</dt><dd>%s</dd>" % (e(label), html_text))
    out.append("</dl>")
    lines = ex.excerpt(src, f)
    if lines is None:
        out.append("<p><i>Source not available: %s could not be read.</i>"
                   "</p>" % e(f["file"]))
    else:
        out.append(_code_lines(f, lines))
    pre = ex.fix_preview(src, f)
    if pre:
        out.append('<div class="fixlabel">The fix, as the semantic patch '
                   'would write it:</div>')
        out.append(_fix_lines(pre))
    out.append("</article>")
    return "\n".join(out)


def render(info, findings, src):
    c = fnd.counts(findings)
    title = "wqcheck scan: %s" % sm.version_text(info)
    st = info.get("stats") or {}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           '<meta http-equiv="Content-Security-Policy" content="default-src '
           '\'none\'; style-src \'unsafe-inline\'; script-src '
           '\'unsafe-inline\'">',
           '<meta name="viewport" content="width=device-width, '
           'initial-scale=1">',
           '<title>%s</title>' % e(title),
           '<style>%s</style></head><body><main>' % CSS]
    out.append('<h1>Lost wake-ups in %s</h1>' % e(sm.version_text(info)))
    out.append('<p class="sub">A store, then a wait-list check that gates a '
               'wake-up, with no full memory barrier between them. %s, '
               'scanned %s.</p>' % (e(_upfirst(sm.scope_text(info))),
                                    e(info.get("started", ""))))
    cards = [(c["total"], "findings"),
             (c["confidence"].get("high", 0), "high confidence"),
             (c["confidence"].get("medium", 0), "medium confidence"),
             (c["confidence"].get("low", 0), "low confidence"),
             (c["untriaged"], "untriaged"),
             (st.get("files", "?"), "files scanned"),
             (st.get("candidate_files", "?"), "candidate files"),
             ("%.0f s" % info.get("seconds", 0), "scan time")]
    out.append('<div class="cards">%s</div>' % "".join(
        '<div class="card"><div class="n">%s</div><div class="l">%s</div>'
        '</div>' % (e(n), e(l)) for n, l in cards))
    p = info.get("patches") or {}
    if not p.get("made"):
        out.append('<p class="note"><b>Patches were not produced.</b> %s.'
                   '</p>' % e(sm.upfirst(p.get("why", ""))))
    out.append('<h2>Summary</h2><table class="summary">')
    for label, text in sm.rows(info, c):
        out.append('<tr><th>%s</th><td>%s</td></tr>' % (e(label),
                                                       _inline(text)))
    out.append('</table>')

    rows = fnd.subsystem_rows(findings)
    out.append('<h2>Findings per subsystem</h2>')
    out.append(chart(rows))
    out.append('<p class="sub">Subsystem: the first two components of the '
               'path (<code>drivers/misc/mei/client.c</code> is '
               '<code>drivers/misc</code>), the first one for a file right '
               'under a top directory (<code>fs/aio.c</code> is '
               '<code>fs</code>).</p>')
    out.append('<table><tr><th>subsystem</th><th class="num">high</th>'
               '<th class="num">medium</th><th class="num">low</th>'
               '<th class="num">total</th><th class="num">untriaged</th>'
               '</tr>')
    for name, r in rows:
        out.append('<tr><td><a href="#%s">%s</a></td>%s</tr>' % (
            e(subsys_id(name)), e(name), "".join(
                '<td class="num">%d</td>' % r[k] for k in
                ("high", "medium", "low", "total", "untriaged"))))
    out.append('</table>')

    out.append('<h2>Findings by rule</h2><table><tr><th>rule</th>'
               '<th>what it finds</th><th class="num">high</th>'
               '<th class="num">medium</th><th class="num">low</th></tr>')
    for rule in sm.rules_of(findings):
        text = sm.RULE_TEXT.get(rule, "")
        fs = [f for f in findings if f.get("rule") == rule]
        out.append('<tr><td><code>%s</code></td><td>%s</td>%s</tr>' % (
            e(rule), e(text), "".join(
                '<td class="num">%d</td>' % sum(
                    1 for f in fs if f.get("confidence") == k)
                for k in fnd.CONFIDENCES)))
    out.append('</table>')
    out.append(_patches(info))
    out.append(_not_checked(info))
    out.append(_triage_notes(info))

    out.append('<div id="filters" class="filters hidden">Show: %s'
               '<label><input type="checkbox" name="untriaged"> untriaged '
               'only</label><input type="search" placeholder="filter: file, '
               'function, queue...">  <span><b id="shown">%d</b> shown'
               '</span></div>' % ("".join(
                   '<label><input type="checkbox" name="%s" checked> %s'
                   '</label>' % (k, k) for k in fnd.CONFIDENCES), c["total"]))
    n = 0
    for name, fs in fnd.by_subsystem(findings).items():
        out.append('<section class="subsys" id="%s"><h2>%s <span '
                   'class="sub">%s</span></h2>' % (
                       e(subsys_id(name)), e(name),
                       e(sm.plural(len(fs), "finding"))))
        for f in fs:
            n += 1
            out.append(_finding(src, n, f))
        out.append('</section>')
    if not findings:
        out.append('<p>No findings.</p>')
    out.append('<footer>Written by kernel-scan/scan from wqcheck %s\'s '
               'JSON and the scanned sources. The same findings are in '
               'findings.json and findings.sarif.</footer>'
               % e(info.get("wqcheck_version", "?")))
    out.append('</main><script>%s</script></body></html>' % SCRIPT)
    return "\n".join(out) + "\n"


def _patches(info):
    p = info.get("patches") or {}
    out = []
    if p.get("list"):
        out.append('<h2>Patches</h2><p><code>%s/series</code> lists them in '
                   'order; each adds the barrier its finding asks for, as '
                   'wqcheck --emit-patches wrote it.</p><ol>' % e(p["dir"]))
        for name, subject in p["list"]:
            out.append('<li><a href="%s/%s"><code>%s</code></a>%s</li>' % (
                e(p["dir"]), e(name), e(name),
                " " + e(subject) if subject else ""))
        out.append('</ol>')
    if p.get("not_fixed"):
        out.append('<details><summary>Not fixed automatically (%d)'
                   '</summary><ul>%s</ul></details>' % (
                       len(p["not_fixed"]), "".join(
                           '<li class="mono">%s</li>' % e(w)
                           for w in p["not_fixed"])))
    return "\n".join(out)


def _not_checked(info):
    unparsed = info.get("unparsed") or []
    nc = info.get("not_checked") or []
    na = info.get("not_analysed") or []
    warnings = [w for w in info.get("warnings") or []
                if "not checked" not in w]
    if not (unparsed or nc or na or warnings):
        return ""
    out = ['<h2>Not checked</h2>']
    if unparsed:
        out.append('<p>Coccinelle could not parse these, so they were not '
                   'checked:</p><ul>')
        for u in unparsed:
            out.append('<li><code>%s</code>: %s lines %s-%s</li>' % (
                e(u["file"]), "<code>%s()</code>," % e(u["function"])
                if u.get("function") else "", e(u.get("line")),
                e(u.get("end_line"))))
        out.append('</ul>')
    if nc:
        out.append('<p>Files not checked at all:</p><ul>')
        for x in nc:
            out.append('<li><code>%s</code>: %s</li>' % (
                e(x["file"]), e(x.get("reason", ""))))
        out.append('</ul>')
    if na:
        out.append('<p>Tests of a wait list not analysed (%d):</p><ul>'
                   % len(na))
        for x in na:
            out.append('<li><code>%s:%s</code>: <code>%s()</code> not '
                       'analysed: %s</li>' % (
                           e(x["file"]), e(x.get("line")),
                           e(x.get("test", "")), e(x.get("message", ""))))
        out.append('</ul>')
    if warnings:
        out.append('<p>wqcheck also said:</p><ul>%s</ul>' % "".join(
            '<li class="mono">%s</li>' % e(w) for w in warnings))
    return "\n".join(out)


def _triage_notes(info):
    problems = info.get("triage_problems") or []
    stale = info.get("triage_unmatched") or []
    if not problems and not stale:
        return ""
    out = ['<h2>Triage file notes</h2><ul>']
    for p in problems:
        out.append('<li>ignored row: %s</li>' % e(p))
    out.append('</ul>')
    if stale:
        out.append('<p>%s of <code>%s</code> matched no finding of this '
                   'scan:</p><table><tr><th>file</th><th>function</th>'
                   '<th>rule</th><th>wait queue</th><th>store</th>'
                   '<th>verdict</th></tr>' % (
                       e(sm.plural(len(stale), "row")),
                       e(info.get("triage_path"))))
        for r in stale:
            out.append('<tr>%s<td>%s</td></tr>' % ("".join(
                '<td><code>%s</code></td>' % e(x or "-") for x in r.key),
                e(r.verdict)))
        out.append('</table>')
    return "\n".join(out)
