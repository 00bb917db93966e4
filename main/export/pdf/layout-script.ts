// The Python program that drives LibreOffice through UNO for the layout pass (layout-pass.ts).
// Kept as text in a module rather than a .py file beside it, so it travels with the bundled
// main process; the pass writes it to its temporary folder and runs it from there.
//
// It opens the DOCX hidden, updates every index (the contents get page numbers), writes the
// PDF with bookmarks from the headings and embedded fonts, and prints one JSON line: the
// updated contents' entries (title, page), which the exporter writes back into the DOCX.
//   python3 layout.py <soffice> <in.docx> <out.pdf> <profile-dir> <pipe-name>
export const LAYOUT_SCRIPT = String.raw`
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc, timeout=90.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + timeout
    while True:
        try:
            return resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        except Exception:
            if proc.poll() is not None:
                raise RuntimeError('soffice exited with code %s before accepting a connection' % proc.returncode)
            if time.time() > deadline:
                raise RuntimeError('soffice did not accept a connection within %d s' % timeout)
            time.sleep(0.2)


def toc_entries(doc):
    entries = []
    indexes = doc.getDocumentIndexes()
    for i in range(indexes.getCount()):
        index = indexes.getByIndex(i)
        if not index.supportsService('com.sun.star.text.ContentIndex'):
            continue
        for line in index.getAnchor().getString().splitlines():
            if '\t' not in line:
                continue
            title, _, page = line.rpartition('\t')
            if page.strip().isdigit():
                entries.append({'title': title.strip(), 'page': int(page.strip())})
    return entries


def main():
    soffice, src, pdf, profile, pipe = sys.argv[1:6]
    proc = subprocess.Popen(
        [soffice, '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
         '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
         '--accept=pipe,name=%s;urp;' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        if doc is None:
            raise RuntimeError('LibreOffice could not open the document')
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        doc.refresh()
        entries = toc_entries(doc)
        filter_data = uno.Any('[]com.sun.star.beans.PropertyValue', tuple([
            prop('ExportBookmarks', True),
            prop('EmbedStandardFonts', True),
            prop('UseTaggedPDF', True),
        ]))
        uno.invoke(doc, 'storeToURL', (uno.systemPathToFileUrl(os.path.abspath(pdf)), (prop('FilterName', 'writer_pdf_Export'), prop('FilterData', filter_data))))
        doc.close(True)
        print(json.dumps({'toc': entries}, ensure_ascii=False))
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
`;
