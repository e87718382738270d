"""PDF plans with a text layer, read with poppler's pdftotext (-bbox-layout) into Markdown the
Markdown reader reads: words with their boxes → visual lines → prose paragraphs, headings and
tables (columns from the header's positions, a cell's wrapped lines told from a new row by
the line pitch), located by page and line."""
