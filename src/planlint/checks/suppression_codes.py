"""PL010–PL012 are reported by the suppressions and waivers (policy/suppressions.py): declared
here, with every other code; policy emits the code string, never imports this."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL010", "suppression-without-reason", "error",
         "抑制注释或豁免条目没有写明理由（“-- 理由”）",
         "A suppression comment or waiver gives no reason (“-- reason”)",
         "每一处抑制都要说明为什么国家要求在本规划中不适用或另有安排，评审者据此判断是否接受。"
         "没有理由的抑制仍然生效，但它本身是一个问题：在注释末尾写上“-- 理由”，或在豁免文件中填写 reason。",
         explanation_en='Every suppression must say why the national requirement does not apply to this plan or is '
                        'met otherwise; reviewers decide from it whether to accept it. A suppression without a reason '
                        'still works, but is itself a finding: end the comment with “-- reason”, or fill in reason '
                        'in the waiver file.',
         readme="a suppression comment or waiver without a reason (`-- 原因`); it still suppresses"),
    Rule("PL011", "unused-suppression", "warning",
         "抑制注释或豁免条目没有抑制任何问题（已修正或写错了代码）",
         "A suppression comment or waiver suppresses nothing (fixed, or a wrong code)",
         "问题已经修正、代码写错或位置不对时，抑制就成了误导人的死代码（同 ruff 的 RUF100）。请删除它，或改到正确的位置。",
         explanation_en='A suppression whose finding is fixed, whose code is wrong or that sits on the wrong line '
                        "is misleading dead weight (like ruff's RUF100); so is a waiver whose subject or paths match "
                        'nothing. Delete it, or move or correct it.',
         readme="a suppression comment or waiver that suppresses nothing"),
    Rule("PL012", "malformed-suppression", "warning",
         "无法识别的 planlint 指令，或其中的代码不存在",
         "An unrecognised planlint directive, or a code that does not exist",
         "planlint 指令的写法见 README“抑制与豁免”：YAML 用 # planlint: disable=PL102 -- 理由，"
         "Markdown 用 <!-- planlint-disable PL201 -- 理由 -->。",
         explanation_en='How planlint directives are written is in the README (“Suppressions and waivers”): in YAML '
                        '# planlint: disable=PL102 -- reason, in Markdown <!-- planlint-disable PL201 -- reason -->. '
                        'A directive planlint cannot read, or one naming a code that does not exist, suppresses nothing.',
         readme="a malformed `planlint` directive, or a code that does not exist"),
)
