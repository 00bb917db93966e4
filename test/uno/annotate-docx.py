# Adds reviewer comments to a DOCX the way a reviewer does in LibreOffice: opens it through
# UNO, inserts a com.sun.star.text.textfield.Annotation over a text range, and stores it as
# "MS Word 2007 XML". Used by the Word-comments round-trip test.
#
# The document is loaded as a model without a view (TextDocument + XLoadable.load): with a
# view, LibreOffice 7.4 "nogui" builds crash creating the comment's sidebar window. Without a
# view the search service finds nothing, so the passage is found by walking the paragraphs
# (tables' cells too) and selecting it with a cursor.
#   python3 annotate-docx.py <soffice> <in.docx> <out.docx> <profile-dir> <port> <spec.json>
# spec: [{"find": text, "occurrence": "first"|"last", "author": name, "text": comment}]
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.util import DateTime


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port, proc, timeout=90.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + timeout
    while True:
        try:
            return resolver.resolve('uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext' % port)
        except Exception:
            if proc.poll() is not None:
                raise RuntimeError('soffice exited with code %s' % proc.returncode)
            if time.time() > deadline:
                raise RuntimeError('soffice did not accept a connection')
            time.sleep(0.2)


def paragraphs(text):
    e = text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService('com.sun.star.text.TextTable'):
            for name in p.getCellNames():
                yield from paragraphs(p.getCellByName(name).getText())
        else:
            yield p


def find(doc, needle, last):
    # The Chinese report binds figures with word joiners (U+2060): they are skipped when
    # matching, and counted when moving the cursor.
    hit = None
    for p in paragraphs(doc.getText()):
        text = p.getString()
        kept = [i for i, ch in enumerate(text) if ch != '\u2060']
        i = ''.join(text[k] for k in kept).find(needle)
        if i >= 0:
            hit = (p, kept[i], kept[i + len(needle) - 1] + 1)
            if not last:
                break
    if hit is None:
        raise RuntimeError('text not found: %s' % needle)
    p, start, end = hit
    cursor = p.getText().createTextCursorByRange(p.getStart())
    cursor.goRight(start, False)
    cursor.goRight(end - start, True)
    return cursor


def main():
    soffice, src, out, profile, port, spec_file = sys.argv[1:7]
    with open(spec_file, encoding='utf-8') as f:
        spec = json.load(f)
    proc = subprocess.Popen(
        [soffice, '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
         '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
         '--accept=socket,host=127.0.0.1,port=%s;urp;' % port],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        ctx = connect(port, proc)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = smgr.createInstanceWithContext('com.sun.star.text.TextDocument', ctx)
        doc.load((prop('URL', uno.systemPathToFileUrl(os.path.abspath(src))), prop('FilterName', 'MS Word 2007 XML')))
        placed = []
        for i, item in enumerate(spec):
            rng = find(doc, item['find'], item.get('occurrence') == 'last')
            ann = doc.createInstance('com.sun.star.text.textfield.Annotation')
            ann.Author = item['author']
            ann.Content = item['text']
            dt = DateTime()
            dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes, dt.Seconds = 2025, 3, 10 + i, 9, 30, 0
            ann.DateTimeValue = dt
            rng.getText().insertTextContent(rng, ann, True)
            placed.append(item['find'])
        uno.invoke(doc, 'storeToURL', (uno.systemPathToFileUrl(os.path.abspath(out)), (prop('FilterName', 'MS Word 2007 XML'),)))
        doc.close(True)
        print(json.dumps({'placed': placed}, ensure_ascii=False))
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        sys.stderr.write('%s\n' % e)
        sys.exit(1)
