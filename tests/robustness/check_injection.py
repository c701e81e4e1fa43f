#!/usr/bin/env python3
"""Check a built site for markup that payloads (make_injection_fixture.py)
could have introduced. Parses every HTML page with Python's html.parser (a real
tokenizer: it sees tags and attributes the way a browser's tokenizer does,
which a regex does not), every Atom feed with an XML parser (and the HTML in
its entries again as HTML), every JSON file with a strict JSON parser, and
every search index script by its fixed wrapper around one JSON value.

    check_injection.py SITE_DIR

Fails (exit 1, one line per finding) on:
  - a <script> that is not one of the theme's own (src static/app.js,
    static/search.js, static/nhung.js or search/meta.js, and no inline code);
  - any on* event-handler attribute;
  - a javascript:, vbscript: or data: URL in a URL attribute (href, src, action,
    formaction, xlink:href, poster, srcset, cite, background, data);
  - <iframe>, <object>, <embed>, <meta http-equiv=refresh>, a <base> other
    than the embed pages' <base target="_top">;
  - a search index or JSON file that does not parse, a search script whose
    code is not exactly the wrapper, or one with a raw '<', U+2028 or U+2029;
  - a payload marker that appears nowhere as text (the check would be vacuous).
Prints a summary line on success.
"""

import html.parser
import json
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

THEME_SCRIPTS = {"static/app.js", "static/search.js", "static/nhung.js", "search/meta.js"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "cite", "background", "data"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "frame", "frameset", "applet"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
MARKERS = ["ckx%d" % i for i in range(1, 17)]
SEARCH_PREFIX = "\ufeff(window.__ckSearch=window.__ckSearch||[]).push("
SEARCH_SUFFIX = ");\n"


def url_scheme_text(value):
    # Browsers ignore ASCII whitespace and control characters inside a scheme.
    return re.sub(r"[\x00-\x20\x7f]", "", value).lower()


class PageChecker(html.parser.HTMLParser):
    def __init__(self, page, findings):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.findings = findings
        self.in_script = False
        self.text = []

    def report(self, what):
        self.findings.append("%s:%d: %s" % (self.page, self.getpos()[0], what))

    def handle_starttag(self, tag, attrs):
        self.check_tag(tag, attrs)
        if tag == "script":
            self.in_script = True

    def handle_startendtag(self, tag, attrs):
        self.check_tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.report("inline script code: %r" % data[:80])
        self.text.append(data)

    def check_tag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.report("<%s> element" % tag)
        values = dict(attrs)
        if tag == "base" and set(values) != {"target"}:  # the embed pages' <base target="_top"> only
            self.report("<base> element with %s" % sorted(values))
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.report("<meta http-equiv=refresh>")
        if tag == "script":
            src = values.get("src")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(self.page), src)) if src else None
            if resolved not in THEME_SCRIPTS:
                self.report("<script src=%r> is not one of the theme's scripts" % src)
        for name, value in attrs:
            if name.startswith("on"):
                self.report("event handler attribute %s=%r on <%s>" % (name, value, tag))
            if name in URL_ATTRIBUTES and value is not None:
                if url_scheme_text(value).startswith(DANGEROUS_SCHEMES):
                    self.report("%s URL in %s=%r on <%s>" % (value.split(":")[0], name, value[:80], tag))
            if name == "style" and value and ("javascript:" in url_scheme_text(value) or "expression(" in value.lower()):
                self.report("script in style=%r" % value[:80])


def check_html(page, text, findings):
    checker = PageChecker(page, findings)
    checker.feed(text)
    checker.close()
    return "".join(checker.text)


def check_feed(page, text, findings, texts):
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as e:
        findings.append("%s: not well-formed XML: %s" % (page, e))
        return
    for element in root.iter():
        if element.get("type") == "html" and element.text:
            texts.append(check_html(page + " (entry HTML)", element.text, findings))
        for name, value in element.attrib.items():
            if name in ("href", "src") and url_scheme_text(value).startswith(DANGEROUS_SCHEMES):
                findings.append("%s: %s URL in <%s %s>" % (page, value.split(":")[0], element.tag, name))
        texts.append(element.text or "")


def check_search_script(page, text, findings, texts):
    if not (text.startswith(SEARCH_PREFIX) and text.endswith(SEARCH_SUFFIX)):
        findings.append("%s: search script is not the fixed wrapper around one JSON value" % page)
        return
    try:
        value = json.loads(text[len(SEARCH_PREFIX):-len(SEARCH_SUFFIX)])
    except ValueError as e:
        findings.append("%s: search data is not JSON: %s" % (page, e))
        return
    if "<" in text or "\u2028" in text or "\u2029" in text:
        findings.append("%s: search script has a raw '<', U+2028 or U+2029 (unsafe inlined, or on old browsers)" % page)
    texts.append(json.dumps(value, ensure_ascii=False))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    site = Path(sys.argv[1])
    findings, texts = [], []
    counts = {"html": 0, "feed": 0, "search": 0, "json": 0}
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        text = path.read_text(encoding="utf-8", errors="strict") if path.suffix in (".html", ".xml", ".js", ".json") else ""
        if path.suffix == ".html":
            counts["html"] += 1
            texts.append(check_html(rel, text, findings))
        elif path.suffix == ".xml":
            counts["feed"] += 1
            check_feed(rel, text, findings, texts)
        elif path.suffix == ".js" and rel.startswith("search/"):
            counts["search"] += 1
            check_search_script(rel, text, findings, texts)
        elif path.suffix == ".json":
            counts["json"] += 1
            try:
                texts.append(json.dumps(json.loads(text), ensure_ascii=False))
            except ValueError as e:
                findings.append("%s: not JSON: %s" % (rel, e))
    everything = "\n".join(texts)
    for marker in MARKERS:
        if marker not in everything:
            findings.append("payload marker %s appears nowhere as text: the fixture did not reach the site" % marker)
    for line in findings:
        print(line)
    if findings:
        return 1
    print("check_injection: %(html)d pages, %(feed)d feeds, %(search)d search scripts, %(json)d JSON files: "
          "no script, handler or javascript:/data: URL from the payloads" % counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
