"""The Markdown / pasted-text reader, split along its seams (reader.py runs the pipeline):

markup.py        text without Markdown markup and HTML tags; blanks, years
numbering.py     Chinese outline numbering (第一章, 一、, （三）, 1., ①)
lines.py         the body's lines classified (markdown-it blocks, pasted headings)
front_matter.py  YAML front matter → metadata (PL001, PL002)
title.py         the plan's title and what it implies
outline.py       headings → sections; section text, 专栏 boxes, prose targets
boxes.py         the 专栏 box: its opening line and the box being read
tables/          one module per table syntax, and the indicator columns shared by all
"""
