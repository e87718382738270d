"""What the PDF reader says when a PDF cannot be read as a plan."""
from __future__ import annotations

from planlint.messages import Template, catalogue

PDF = catalogue("PL001.pdf", {
    "not-pdf": Template("不是PDF文件（文件头不是%PDF）", "not a PDF file (it does not start with %PDF)"),
    "no-pdftotext": Template("读取PDF需要poppler的pdftotext，本机未安装",
                             "reading a PDF needs poppler's pdftotext, which is not installed"),
    "timeout": Template("PDF文字提取超过{seconds}秒未完成，已停止", "text extraction from the PDF took over {seconds} s and was stopped"),
    "bad-pdf": Template("PDF文件无法解析（{detail}）", "the PDF cannot be parsed ({detail})"),
    "too-large": Template("PDF提取出的文字过多，不予读取", "the PDF yields too much text; not read"),
    "no-text-layer": Template("PDF没有文字层（共{pages}页，可能是扫描件），无法检查",
                              "the PDF has no text layer ({pages} pages, a scan?) and cannot be checked"),
    "no-unicode-map": Template("PDF的字体没有Unicode映射，提取出的是字形编号（cid），无法检查",
                               "the PDF's fonts have no Unicode map: the text extracts as glyph numbers (cid) and cannot be checked"),
})
PDF_HINTS = catalogue("PL001.pdf.hint", {
    "install": Template("安装poppler-utils（如 apt-get install poppler-utils），或另存为.docx后再检查",
                        "install poppler-utils (e.g. apt-get install poppler-utils), or save the plan as .docx"),
    "ocr": Template("请提供Word原稿（.docx），或先对PDF进行文字识别（OCR）",
                    "lint the Word original (.docx), or run OCR on the PDF first"),
})
