"""PL010–PL012 are reported by the suppressions and waivers (policy/suppressions.py): declared
here, with every other code; policy emits the code string, never imports this."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL010", "suppression-without-reason", "error",
         "抑制注释或豁免条目没有写明理由（“-- 理由”）",
         "A suppression comment or waiver gives no reason (“-- reason”)",
         "每一处抑制都要说明为什么国家要求在本规划中不适用或另有安排，评审者据此判断是否接受。"
         "没有理由的抑制仍然生效，但它本身是一个问题：在注释末尾写上“-- 理由”，或在豁免文件中填写 reason。",
         readme="a suppression comment or waiver without a reason (`-- 原因`); it still suppresses"),
    Rule("PL011", "unused-suppression", "warning",
         "抑制注释或豁免条目没有抑制任何问题（已修正或写错了代码）",
         "A suppression comment or waiver suppresses nothing (fixed, or a wrong code)",
         "问题已经修正、代码写错或位置不对时，抑制就成了误导人的死代码（同 ruff 的 RUF100）。请删除它，或改到正确的位置。",
         readme="a suppression comment or waiver that suppresses nothing"),
    Rule("PL012", "malformed-suppression", "warning",
         "无法识别的 planlint 指令，或其中的代码不存在",
         "An unrecognised planlint directive, or a code that does not exist",
         "planlint 指令的写法见 README“抑制与豁免”：YAML 用 # planlint: disable=PL102 -- 理由，"
         "Markdown 用 <!-- planlint-disable PL201 -- 理由 -->。",
         readme="a malformed `planlint` directive, or a code that does not exist"),
)
