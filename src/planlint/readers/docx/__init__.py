"""Word .docx plans, read from the package's XML with the standard library (zipfile + xml.etree).

package.py opens the zip within bounds; styles.py and numbering.py say which paragraphs are
headings and what Word's automatic numbers read; body.py walks the body into paragraphs,
tables and text boxes; render.py writes them as the Markdown the Markdown reader reads, so a
Word plan and its Markdown twin give the same Plan. locate.py turns a rendered line back into
the paragraph (and table, row, cell) a reviewer finds in Word.
"""
