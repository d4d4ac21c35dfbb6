#!/usr/bin/env python3
"""Opens one of optout's HTML pages in headless Chromium and reports what it finds, as JSON on
standard output. The Swift tests (BrowserTests.swift) run it and decide what passes; this script only
measures.

    browser_check.py PAGE.html WORK_FOLDER [--picture PNG] [--fewer-codes]
    browser_check.py --print-only WORK_FOLDER PAGE.html...

With --picture, it also writes a picture of the printed A4 handout for the README: the first page
beside the first other page with a QR code on it. With --fewer-codes, the QR codes are read only at
1280 and 360 px in the light scheme and from the A4 pages (what differs between the LinkedIn languages),
not in the dark scheme or from the Letter pages, whose colours, page count and page breaks are still
reported.

With --print-only, it prints each page given on A4 and US Letter in one browser session and reports,
for each page's file name, what "print" below holds for it (QR codes read from the A4 pages).

What it reports:
  parse_errors        html5lib's errors in strict mode (none for a valid page)
  references          every address the markup or the stylesheet points at (href, src, srcset,
                      action, data, poster, xlink:href, style url(), @import, meta refresh)
  elements, attributes  every element name and attribute name in the page
  scripts             the number of script elements Chromium built
  requests            every URL Chromium asked for besides the page itself (offline: none), and
  page_loads          how often it asked for the page itself (which shows the log works)
  console             Chromium's console messages (a blocked stylesheet would show here)
  style_applied       whether the inline stylesheet is in force
  text                the page's text as Chromium renders it
  widths              for each viewport width (1280, 640, 360, 320 px): the page's scroll width, and
                      at 1280 and 360 px the QR codes zbarimg reads from screenshots of the whole
                      page, top to bottom
  dark                the same at desktop width with prefers-color-scheme: dark, and the page colour
  axe                 axe-core's violations (id, impact, help, count of nodes) and its version, in the
                      light and the dark colour scheme
  print               for A4 and US Letter: Chromium's PDF, its page count, the QR codes read from
                      each page turned into PNG by pdftoppm, and the steps that a page break splits
"""

import base64
import glob
import json
import os
import re
import struct
import subprocess
import sys
import zlib

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium fetch a driver

import html5lib
from selenium_axe_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = os.environ.get("OPTOUT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("OPTOUT_CHROMEDRIVER", "/usr/bin/chromedriver")

URL_ATTRIBUTES = {
    "href", "src", "srcset", "action", "formaction", "data", "poster", "background", "cite", "longdesc",
    "manifest", "ping", "codebase", "archive", "usemap", "profile", "icon", "xlink:href", "imagesrcset",
}

# Inches, as printToPDF takes them.
PAPERS = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0)}


def strict_parse(markup):
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    tree = parser.parse(markup)
    errors = [f"line {pos[0]} col {pos[1]}: {code} {params}" for pos, code, params in parser.errors]
    try:
        html5lib.HTMLParser(strict=True).parse(markup)
    except Exception as error:  # strict mode raises at the first error
        if not errors:
            errors.append(f"strict: {error}")
    return tree, errors


def references_in(tree, markup):
    refs, elements, attributes = [], set(), set()
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else "#comment"
        elements.add(tag.split("}")[-1])
        for name, value in element.attrib.items():
            name = name if isinstance(name, str) else ":".join(n for n in name if n)
            local = name.split("}")[-1].lower()
            attributes.add(local)
            if local in URL_ATTRIBUTES or name.lower().endswith("href"):
                refs.append(value)
            if local == "style":
                refs += re.findall(r"url\(\s*['\"]?([^'\")]*)", value)
            if local == "content" and element.get("http-equiv", "").lower() == "refresh":
                refs.append(value)
    for style in re.findall(r"<style[^>]*>(.*?)</style>", markup, re.S | re.I):
        refs += re.findall(r"url\(\s*['\"]?([^'\")]*)", style)
        refs += re.findall(r"@import\s+['\"]?([^'\";\s]*)", style)
    return refs, sorted(elements), sorted(attributes)


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--force-device-scale-factor=1", "--hide-scrollbars", "--no-first-run",
                     "--disable-extensions", "--disable-background-networking", "--lang=en-US"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def zbar(paths):
    """The QR codes zbarimg reads in each picture, in order."""
    found = []
    for path in paths:
        result = subprocess.run(["zbarimg", "--nodbus", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", path],
                                capture_output=True, text=True)
        if result.returncode not in (0, 4):  # 4: no code found
            raise RuntimeError(f"zbarimg failed on {path}: {result.stderr}")
        found += [line for line in result.stdout.splitlines() if line]
    return found


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def screenshots(driver, folder, name, width):
    """Screenshots of the whole page at a width, in slices no taller than 3000 px, each cut above a QR
    code rather than through it, so each code is whole in exactly one slice."""
    set_width(driver, width)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    codes = driver.execute_script(
        "return [...document.querySelectorAll('svg')].map(s => {const r = s.getBoundingClientRect();"
        " return [r.top + scrollY, r.bottom + scrollY]})")
    paths, top, index = [], 0, 0
    while top < height:
        bottom = min(height, top + 3000)
        for code_top, code_bottom in codes:
            if code_top < bottom < code_bottom + 8:
                bottom = int(code_top) - 8
        if bottom <= top:
            bottom = min(height, top + 3000)
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": width, "height": bottom - top, "scale": 1}})
        path = os.path.join(folder, f"{name}-{index:02}.png")
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
        paths.append(path)
        top, index = bottom, index + 1
    return paths


def measure_width(driver, folder, name, width, read_codes):
    """The page's scroll width at a viewport width and, with `read_codes`, the QR codes zbarimg reads in
    screenshots of the whole page (a page without codes is not photographed)."""
    set_width(driver, width)
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    codes = driver.execute_script("return document.querySelectorAll('svg').length")
    paths = screenshots(driver, folder, name, width) if read_codes and codes else []
    return {"width": width, "scroll_width": scroll, "decoded": zbar(paths), "screenshots": paths}


def squeeze(text):
    """Text without white space or hyphens (pdftotext joins a word hyphenated at a line's end), in lower
    case (the step's position is in capitals on the page)."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text).lower()


def split_steps(driver, pdf, pages):
    """Steps whose text starts on one printed page and ends on another. Each step is found by its
    heading (unique: "Step 3 of 12" and the title) on the first page that holds both, then the end of
    its text on that page or a later one. Each page's text is searched on its own, so the order in
    which pdftotext reads a page's columns does not matter."""
    steps = driver.execute_script(
        "return [...document.querySelectorAll('section.step')].map(s => {const h = s.querySelector('h2'),"
        " p = h.querySelector('.position'); return [h.innerText, p ? p.innerText : '',"
        " p ? h.innerText.replace(p.innerText, '') : h.innerText, s.innerText]})")
    page_texts = []
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        page_texts.append(squeeze(text))

    def first_page_with(texts, start=0):
        return next((n for n in range(start, len(page_texts)) if all(t in page_texts[n] for t in texts)), None)

    split = []
    for heading, position, title, text in steps:
        # The position and the title are set in different sizes, so pdftotext may read them apart.
        first = first_page_with([squeeze(position), squeeze(title)])
        last = first_page_with([squeeze(text)[-40:]], first) if first is not None else None
        if first is None or last is None:
            split.append({"step": heading, "problem": "not found in the PDF's text"})
        elif first != last:
            split.append({"step": heading, "pages": [first + 1, last + 1]})
    return split


def print_pdf(driver, folder, name, paper, read_codes):
    width, height = PAPERS[paper]
    set_width(driver, 1280)
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": width, "paperHeight": height, "printBackground": False, "preferCSSPageSize": False})
    path = os.path.join(folder, f"{name}-{paper}.pdf")
    with open(path, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    prefix = os.path.join(folder, f"{name}-{paper}-page")
    if read_codes:
        subprocess.run(["pdftoppm", "-r", "150", "-png", path, prefix], check=True)
    pngs = sorted(glob.glob(prefix + "-*.png"))
    per_page = [zbar([png]) for png in pngs]
    return {"pdf": path, "pages": pages, "decoded": [code for codes in per_page for code in codes],
            "decoded_per_page": per_page, "page_pictures": pngs, "split_steps": split_steps(driver, path, pages)}


def write_picture(pdf, pages, out):
    """A picture of printed pages side by side, grey on a light grey table, for the README: each page
    rendered by pdftoppm at 80 dots per inch, with a thin edge."""
    prefix = out + ".page"
    rendered = []
    for page in pages:
        subprocess.run(["pdftoppm", "-r", "80", "-gray", "-f", str(page), "-l", str(page), "-singlefile", pdf,
                        f"{prefix}{page}"], check=True)
        with open(f"{prefix}{page}.pgm", "rb") as file:
            data = file.read()
        os.remove(f"{prefix}{page}.pgm")
        magic, size, depth, pixels = data.split(b"\n", 3)
        width, height = map(int, size.split())
        rendered.append((width, height, pixels))
    margin, gap, table = 24, 24, 0xE6
    width = 2 * margin + sum(w for w, _, _ in rendered) + gap * (len(rendered) - 1)
    height = 2 * margin + max(h for _, h, _ in rendered)
    canvas = bytearray([table]) * (width * height)
    x = margin
    for w, h, pixels in rendered:
        for y in range(-1, h + 1):  # the page's edge, one pixel darker than the table
            row = (margin + y) * width
            canvas[row + x - 1:row + x + w + 1] = bytes([0xB4]) * (w + 2)
        for y in range(h):
            row = (margin + y) * width
            canvas[row + x:row + x + w] = pixels[y * w:(y + 1) * w]
        x += w + gap
    raw = b"".join(b"\0" + bytes(canvas[y * width:(y + 1) * width]) for y in range(height))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(out, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
                   + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def audit(driver, scheme):
    """axe-core's audit of the page in a colour scheme (contrast differs between them)."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    return {
        "version": driver.execute_script("return axe.version"),
        "violations": [{"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": len(v["nodes"]),
                        "first": v["nodes"][0]["html"][:200] if v["nodes"] else ""}
                       for v in results["violations"]],
        "passes": len(results["passes"]),
    }


def print_only(folder, pages):
    """Prints each page on A4 and on US Letter in one browser session and reports, for each page's
    file name, what print_pdf finds (QR codes read from the A4 pages only)."""
    os.makedirs(folder, exist_ok=True)
    report = {}
    driver = start_browser()
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        for page in pages:
            page = os.path.abspath(page)
            name = os.path.splitext(os.path.basename(page))[0]
            set_width(driver, 1280)
            driver.get("file://" + page)
            report[os.path.basename(page)] = {paper: print_pdf(driver, folder, name, paper, paper == "A4") for paper in PAPERS}
    finally:
        driver.quit()
    json.dump(report, sys.stdout, indent=1)


def main():
    if sys.argv[1] == "--print-only":
        print_only(sys.argv[2], sys.argv[3:])
        return
    page, folder = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    with open(page, encoding="utf-8") as file:
        markup = file.read()
    tree, errors = strict_parse(markup)
    refs, elements, attributes = references_in(tree, markup)
    report = {"parse_errors": errors, "references": refs, "elements": elements, "attributes": attributes}

    driver = start_browser()
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        set_width(driver, 1280)
        driver.get("file://" + page)
        report["style_applied"] = driver.execute_script(
            "return getComputedStyle(document.querySelector('main') || document.body).maxWidth !== 'none'")
        report["scripts"] = driver.execute_script("return document.scripts.length")
        report["text"] = driver.execute_script("return document.body.innerText")
        report["lang"] = driver.execute_script("return document.documentElement.lang")
        report["title"] = driver.execute_script("return document.title")
        # 1280 px: a desktop; 640 px: a 1280 px window at 200% zoom; 360 px and 320 px: phones.
        report["widths"] = [measure_width(driver, folder, f"width-{w}", w, w in (1280, 360)) for w in (1280, 640, 360, 320)]

        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        fewer = "--fewer-codes" in sys.argv
        dark = measure_width(driver, folder, "dark-1280", 1280, not fewer)
        dark["page_colour"] = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        dark["code_colours"] = driver.execute_script(
            "return [...document.querySelectorAll('svg')].map(s => [s.querySelector('rect').getAttribute('fill'),"
            " s.querySelector('path').getAttribute('fill')])")
        report["dark"] = dark
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

        report["axe"] = {scheme: audit(driver, scheme) for scheme in ("light", "dark")}
        driver.refresh()  # the page as it was, without axe's script in it

        report["print"] = {paper: print_pdf(driver, folder, "print", paper, paper == "A4" or not fewer) for paper in PAPERS}
        if "--picture" in sys.argv:
            a4 = report["print"]["A4"]
            with_code = [n + 1 for n, codes in enumerate(a4["decoded_per_page"]) if codes and n > 0]
            write_picture(a4["pdf"], [1] + with_code[:1], sys.argv[sys.argv.index("--picture") + 1])

        requests, page_loads = set(), 0
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                if url == "file://" + page:
                    page_loads += 1  # the log works: the page's own loads are in it
                else:
                    requests.add(url)
        report["requests"] = sorted(requests)
        report["page_loads"] = page_loads
        report["console"] = [entry["message"] for entry in driver.get_log("browser")]
    finally:
        driver.quit()
    json.dump(report, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
