#!/usr/bin/env python3
"""Opens a unitscope report in headless Chromium, as a reader's browser would, and says what happened.

Usage: open_report.py INDEX_HTML SCREENSHOT_PNG [ANCHOR]  -> prints one JSON object on stdout:
  requests      every URL the page requested (a self-contained report requests only files in its own folder)
  failed        requests that failed, with the error text
  console       console messages of level warning or error, and uncaught exceptions
  images        {"total", "broken": [src of each image that did not decode]}
  tables        {table id: [[cell text, ...], ...]} as rendered (the data-table attribute names them)
The screenshot shows the top of the page, or the element ANCHOR (an id, e.g. "examples") at the top.

It drives Chromium through the DevTools protocol over a pipe (--remote-debugging-pipe: file descriptors 3 and 4), so
it needs nothing but Debian's chromium and the Python standard library.
"""
import base64
import json
import os
import pathlib
import subprocess
import sys
import tempfile

CHROMIUM = os.environ.get("CHROMIUM", "chromium")


class Browser:
    def __init__(self):
        self.profile = tempfile.TemporaryDirectory(prefix="unitscope-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
             "--disable-component-update", "--user-data-dir=" + self.profile.name, "about:blank"],
            # the child's 3 and 4 are set by fds() before the unlisted descriptors are closed: keep them
            pass_fds=(3, 4, to_child_r, from_child_w), preexec_fn=fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.next_id = 0
        self.buffer = b""
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(method + ": " + json.dumps(reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method):
        for e in self.events:
            if e.get("method") == method:
                return e
        while True:
            e = self.receive()
            self.events.append(e)
            if e.get("method") == method:
                return e

    def close(self):
        try:
            self.send("Browser.close")
        except RuntimeError:
            pass
        self.proc.wait(timeout=30)
        self.profile.cleanup()


PAGE_FACTS = """(() => {
  const images = Array.from(document.images);
  const tables = {};
  for (const t of document.querySelectorAll('table[data-table]')) {
    tables[t.dataset.table] = Array.from(t.tBodies[0].rows).map(r => Array.from(r.cells).map(c => c.textContent));
  }
  return {total: images.length, broken: images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
          tables: tables};
})()"""


def open_report(index, screenshot, anchor=None):
    b = Browser()
    try:
        target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            b.send(domain + ".enable", session=session)
        b.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False},
               session=session)
        b.send("Page.navigate", {"url": pathlib.Path(index).resolve().as_uri()}, session=session)
        b.wait_for("Page.loadEventFired")
        facts = b.send("Runtime.evaluate", {"expression": PAGE_FACTS, "returnByValue": True}, session=session)["result"]["value"]
        if anchor:
            b.send("Runtime.evaluate", {"expression": "document.getElementById(%s).scrollIntoView()" % json.dumps(anchor)},
                   session=session)
        shot = b.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
        pathlib.Path(screenshot).write_bytes(base64.b64decode(shot))
        return summarise(b.events, facts)
    finally:
        b.close()


def summarise(events, facts):
    out = {"requests": [], "failed": [], "console": [], "images": {"total": facts["total"], "broken": facts["broken"]},
           "tables": facts["tables"]}
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Network.requestWillBeSent":
            out["requests"].append(p["request"]["url"])
        elif m == "Network.loadingFailed":
            out["failed"].append(p.get("errorText", "") + " " + p.get("requestId", ""))
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
            out["console"].append(p["type"] + ": " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            out["console"].append("exception: " + p["exceptionDetails"].get("text", ""))
        elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            out["console"].append(p["entry"]["level"] + ": " + p["entry"].get("text", "") + " " + p["entry"].get("url", ""))
    return out


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    print(json.dumps(open_report(*sys.argv[1:]), indent=1))
