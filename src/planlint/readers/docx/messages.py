"""What the .docx reader says when a package cannot be read."""
from __future__ import annotations

from planlint.messages import Template, catalogue

PACKAGE = catalogue("PL001.docx", {
    "not-zip": Template("不是有效的Word文档（.docx应为zip压缩包，文件已损坏或并非.docx）",
                        "not a valid Word document (a .docx is a zip package; the file is damaged or not a .docx)"),
    "too-many-entries": Template("Word文档包含的部件过多（超过{limit}个），不予读取",
                                 "the Word package holds too many parts (over {limit}); not read"),
    "part-too-large": Template("Word文档部件{part}解压后超过{limit}字节（疑似压缩炸弹），不予读取",
                               "the Word part {part} decompresses to over {limit} bytes (a zip bomb?); not read"),
    "bad-part": Template("Word文档部件{part}无法解压", "the Word part {part} cannot be decompressed"),
    "doctype": Template("Word文档部件{part}含DOCTYPE或实体声明（Word从不写入），出于安全不予读取",
                        "the Word part {part} declares a DOCTYPE or entities (Word never writes them); refused for safety"),
    "bad-xml": Template("Word文档部件{part}的XML格式错误（{where}处）",
                        "the XML of the Word part {part} is malformed (at {where})"),
    "no-document": Template("Word文档缺少正文部件（word/document.xml）",
                            "the Word package has no main document part (word/document.xml)"),
    "empty": Template("Word文档没有文字内容", "the Word document holds no text"),
})
