"""What suppression comments and waivers are told (PL010–PL012), Chinese and English side by side."""
from __future__ import annotations

from planlint.messages import Template, catalogue

MESSAGES = catalogue("PL010", {
    "no-reason-comment": Template("抑制 {codes} 没有写明理由", "Suppression of {codes} gives no reason (add “-- reason”)"),
    "no-reason-waiver": Template("豁免 {code}“{subject}”没有写明理由", "Waiver of {code} for “{subject}” gives no reason"),
}) | catalogue("PL011", {
    "unused-comment": Template("抑制 {codes} 没有抑制任何问题", "Suppression of {codes} suppresses nothing"),
    "unused-waiver": Template("豁免 {code}“{subject}”没有抑制任何问题", "Waiver of {code} for “{subject}” suppresses nothing"),
    "missing-paths": Template("豁免 {code}“{subject}”的 paths 中的 {paths} 不存在（相对于豁免文件所在目录）",
                              "Waiver of {code} for “{subject}”: {paths} in paths does not exist (relative to the "
                              "waiver file's directory)"),
    "alias-subject": Template("豁免 {code}“{subject}”不会匹配任何问题：问题的 subject 是国家规划中的名称“{name}”",
                              "Waiver of {code} for “{subject}” can match no finding: findings name the national "
                              "item “{name}”"),
}) | catalogue("PL012", {
    "unknown": Template("无法识别的 planlint 指令“{body}”", "Unrecognised planlint directive “{body}”"),
    "no-codes": Template("planlint 指令“{kind}”没有写要抑制的代码（例如 {kind}=PL102 -- 理由）",
                         "planlint directive “{kind}” names no code to suppress (e.g. {kind}=PL102 -- reason)"),
    "bad-code": Template("planlint 指令中的“{codes}”不是planlint的代码", "“{codes}” in a planlint directive is not a planlint code"),
    "waiver-code": Template("豁免条目中的“{codes}”不是planlint的代码", "“{codes}” in a waiver entry is not a planlint code"),
})
HINTS = catalogue("PL010.hint", {
    "no-reason-comment": Template("在注释末尾写上“-- 理由”，说明为什么该国家要求在本规划中不适用或另有安排",
                        "End the comment with “-- reason”, saying why the national requirement does not apply to "
                        "this plan or is met otherwise"),
    "no-reason-waiver": Template("在该条目中填写 reason", "Fill in reason in this entry"),
}) | catalogue("PL011.hint", {
    "unused-comment": Template("问题已修正或位置不对：请删除这条抑制，或移到问题所在的行",
                        "The finding is fixed or elsewhere: delete this suppression or move it to the finding's line"),
    "unused-waiver": Template("问题已修正或不再适用：请删除该条目", "The finding is fixed or no longer applies: delete this entry"),
    "missing-paths": Template("改正路径（相对于豁免文件所在目录，可用 ../ 或绝对路径），或删除该条目",
                              "Correct the path (relative to the waiver file's directory; ../ and absolute paths work), "
                              "or delete the entry"),
    "alias-subject": Template("把 subject 改为“{name}”", "Change subject to “{name}”"),
}) | catalogue("PL012.hint", {
    "syntax": Template("写法：# planlint: disable=PL102 -- 理由（YAML），<!-- planlint-disable PL201 -- 理由 -->（Markdown）",
                       "Write: # planlint: disable=PL102 -- reason (YAML), "
                       "<!-- planlint-disable PL201 -- reason --> (Markdown)"),
})
