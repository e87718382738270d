"""The message catalogue: report frame, severities, rule summaries, and — until the readers, the
run and the suppressions say theirs with templates too — the finding templates of their codes.

Chinese frame strings live here too, so the text reporter holds no words of its own. Rule
summaries in Chinese are the rules' own (`Rule.summary`); only other languages are listed.
The checks' findings are texts made from templates (planlint/messages.py) and need nothing here.
Codes reported outside the checks (readers, suppressions, the runner) still come as Chinese
sentences: MESSAGES reads them back and FINDINGS gives their English (values through FRAGMENTS
and UNITS; names, RAW_ARGS, as written).
"""
from __future__ import annotations

FRAME: dict[str, dict[str, str]] = {
    "zh": {
        "severity.error": "错误", "severity.warning": "警告", "severity.info": "提示",
        "level.national": "国家", "level.province": "省级", "level.city": "市级", "level.county": "县级",
        "level.ministry": "部门",
        "label.expected": "国家要求", "label.actual": "规划现状", "label.source": "依据",
        "label.hint": "说明", "label.evidence": "证据", "label.inferred": "推断",
        "summary": "检查了{files}个文件：{error}个错误，{warning}个警告，{info}个提示",
        "stats.total": "共{count}个问题",
        "rules.header": "代码    严重程度  名称",
        "explain.code": "代码", "explain.name": "名称", "explain.severity": "默认严重程度",
        "explain.summary": "概要", "explain.items": "依据的国家规划条目",
        "explain.item": "国家规划条目", "explain.kind.indicator": "指标", "explain.kind.action": "优先行动",
        "explain.kind.project": "重点工程（专栏）", "explain.kind.task": "重点任务分工",
        "explain.kind.duty": "地区任务", "explain.expected": "国家要求", "explain.required": "必须设置的层级", "explain.advised": "建议设置的层级（警告）",
        "explain.departments": "必须设置的部门", "explain.regions": "适用地区", "explain.codes": "相关代码",
        "explain.quote": "国家规划原文", "explain.goal": "行动目标", "explain.aliases": "也写作",
        "explain.unit": "单位", "explain.kind": "类型",
        "junit.suite": "planlint",
    },
    "en": {
        "severity.error": "error", "severity.warning": "warning", "severity.info": "info",
        "level.national": "national", "level.province": "province", "level.city": "city",
        "level.county": "county", "level.ministry": "ministry",
        "label.expected": "National requirement", "label.actual": "Plan states", "label.source": "Source",
        "label.hint": "Note", "label.evidence": "Evidence", "label.inferred": "Inferred",
        "summary": "Checked {files} file(s): {error} error(s), {warning} warning(s), {info} info",
        "stats.total": "{count} finding(s) in all",
        "rules.header": "code    severity  name",
        "explain.code": "Code", "explain.name": "Name", "explain.severity": "Default severity",
        "explain.summary": "Summary", "explain.items": "National plan items it derives from",
        "explain.item": "National plan item", "explain.kind.indicator": "indicator",
        "explain.kind.action": "priority action", "explain.kind.project": "key project (box)",
        "explain.kind.task": "assigned task", "explain.kind.duty": "regional duty",
        "explain.expected": "National requirement", "explain.required": "Levels that must carry it",
        "explain.advised": "Levels advised to carry it (warning)",
        "explain.departments": "Departments that must carry it", "explain.regions": "Regions",
        "explain.codes": "Related codes", "explain.quote": "National text", "explain.goal": "Action goal",
        "explain.aliases": "Also written as", "explain.unit": "Unit", "explain.kind": "Kind",
        "junit.suite": "planlint",
    },
}

RULE_SUMMARIES: dict[str, dict[str, str]] = {
    "en": {
        "PL001": "The file cannot be read or parsed (encoding, YAML/Markdown syntax, empty file)",
        "PL002": "The plan does not fit the plan format (schema/plan.schema.json)",
        "PL003": "The plan's level is unknown and cannot be inferred; only requirements for every level are checked",
        "PL004": "The plan's period does not overlap the rule pack's: not checked against the national plan",
        "PL010": "A suppression comment or waiver gives no reason (“-- reason”)",
        "PL011": "A suppression comment or waiver suppresses nothing (fixed, or a wrong code)",
        "PL012": "An unrecognised planlint directive, or a code that does not exist",
        "PL101": "A national indicator this level (or this department) must carry is missing",
        "PL102": "A target weaker than the national target (level-type compared directly; scale-type by implied annual growth)",
        "PL103": "An indicator name close to a national one but not clearly the same (“did you mean …?”)",
        "PL104": "The target year differs from the national target year: not comparable (no guessing)",
        "PL105": "A value that cannot be read (not a number, or unknown unit or comparator)",
        "PL106": "The unit is of another dimension than the national indicator's: not comparable",
        "PL107": "An indicator without a year or a unit; the plan period or the national unit is assumed",
        "PL111": "The stated annual growth does not follow from base and target values",
        "PL112": "The stated cumulative percentage points differ from target minus base",
        "PL113": "A percentage above 100%",
        "PL114": "A target worse than its base value for a higher-is-better (or lower-is-better) indicator",
        "PL115": "A target stated in the running text contradicts the indicator table",
        "PL201": "A national priority action this level must take up is not covered",
        "PL202": "Coverage of a priority action is doubtful: only passing mentions",
        "PL203": "A target in a priority action's field is weaker than the national action target",
        "PL204": "A national key project (box) applying to this level is not taken up",
        "PL205": "A task the national plan assigns to this region is not taken up",
        "PL206": "Ministry plans: a task the national task division assigns to this department is not covered",
        "PL900": "planlint internal error: one check failed, the other findings are still reported",
    },
}

FINDINGS: dict[str, dict[str, str]] = {
    "en": {
        "PL001": "The file cannot be read or parsed: {detail}",
        "PL002": "The plan does not fit the plan format: {detail}",
        "PL003": "The plan's level is not stated and cannot be inferred from its title; "
                 "only requirements that bind every level are checked",
        "PL010.comment": "Suppression of {codes} gives no reason (add “-- reason”)",
        "PL010.waiver": "Waiver of {code} for “{name}” gives no reason",
        "PL011.comment": "Suppression of {codes} suppresses nothing",
        "PL011.waiver": "Waiver of {code} for “{name}” suppresses nothing",
        "PL012.unknown": "Unrecognised planlint directive “{body}”",
        "PL012.no-codes": "planlint directive “{kind}” names no code to suppress (e.g. {kind}=PL102 -- reason)",
        "PL012.bad-code": "“{codes}” in a planlint directive is not a planlint code",
        "PL012.waiver-code": "“{codes}” in a waiver entry is not a planlint code",
        "PL900.stage": "planlint internal error: failed while {stage} ({error})",
    },
}

# enumerated args: "{code}.{arg}.{value}" is shown as this (formatted with the finding's args)
PARTS: dict[str, dict[str, str]] = {
    "en": {
        "PL900.stage.读取文件": "reading the file",
        "PL900.stage.准备检查": "preparing the checks",
    },
}

# args that are names (the plan's own, or national ones quoted): never translated
RAW_ARGS = frozenset({"name", "guess", "place", "goal", "quote", "task", "region", "department", "other", "pack",
                      "item", "action", "body", "kind", "codes", "code", "check", "examples"})

# codes reported outside the checks carry no args: (message pattern, form); named groups are the args
MESSAGES: dict[str, list[tuple[str, str]]] = {
    "PL010": [(r"抑制 (?P<codes>\S+) 没有写明理由", "comment"),
              (r"豁免 (?P<code>\S+?)“(?P<name>.*)”没有写明理由", "waiver")],
    "PL011": [(r"抑制 (?P<codes>\S+) 没有抑制任何问题", "comment"),
              (r"豁免 (?P<code>\S+?)“(?P<name>.*)”没有抑制任何问题", "waiver")],
    "PL012": [(r"无法识别的 planlint 指令“(?P<body>.*)”", "unknown"),
              (r"planlint 指令“(?P<kind>.*?)”没有写要抑制的代码.*", "no-codes"),
              (r"planlint 指令中的“(?P<codes>.*)”不是planlint的代码", "bad-code"),
              (r"豁免条目中的“(?P<codes>.*)”不是planlint的代码", "waiver-code")],
    "PL900": [(r"planlint内部错误：(?P<stage>.+?)时失败（(?P<error>.*)）", "stage")],
}

# hints: (whole-hint pattern, template); named groups as args ("section" is a citation's section)
HINTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"这是planlint的缺陷，不是规划的问题；请附上本文件报告问题（(?P<where>.*)）",
         "This is a planlint bug, not a problem of the plan; please report it with this file ({where})"),
        (r"这是planlint的缺陷，不是规划的问题；请附上本文件报告问题",
         "This is a planlint bug, not a problem of the plan; please report it with this file"),
        (r"在元数据之后加一行“---”；其余内容按正文读取",
         "Add a “---” line after the metadata; the rest is read as the body"),
        (r"如确需检查，请用 --max-bytes 调高上限", "To check it anyway, raise the limit with --max-bytes"),
        (r"请在文件开头写明 level: (?P<levels>\S+)", "State level: {levels} at the top of the file"),
        (r"在注释末尾写上“-- 理由”，说明为什么该国家要求在本规划中不适用或另有安排",
         "End the comment with “-- reason”, saying why the national requirement does not apply to this plan "
         "or is met otherwise"),
        (r"在该条目中填写 reason", "Fill in reason in this entry"),
        (r"问题已修正或位置不对：请删除这条抑制，或移到问题所在的行",
         "The finding is fixed or elsewhere: delete this suppression or move it to the finding's line"),
        (r"问题已修正或不再适用：请删除该条目", "The finding is fixed or no longer applies: delete this entry"),
        (r"写法：# planlint: disable=PL102 -- 理由（YAML），<!-- planlint-disable PL201 -- 理由 -->（Markdown）",
         "Write: # planlint: disable=PL102 -- reason (YAML), <!-- planlint-disable PL201 -- reason --> (Markdown)"),
    ],
}

# PL001/PL002 details: (pattern, replacement) applied in order to the whole message, then
# DETAIL_WORDS outside quotes (until the readers carry their own templates)
DETAILS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"文件是UTF-32编码（第0字节起为UTF-32的BOM）", "the file is UTF-32 encoded (a UTF-32 BOM at byte 0)"),
        (r"；planlint读取UTF-8、GB18030/GBK和带BOM的UTF-16，请另存为UTF-8",
         "; planlint reads UTF-8, GB18030/GBK and UTF-16 with a BOM: save it as UTF-8"),
        (r"文件为空：没有可检查的规划内容", "the file is empty: there is no plan to check"),
        (r"文件含有NUL字节（二进制内容？）（字节偏移(\d+)），不是文本规划文件",
         r"the file contains a NUL byte (binary content?) at byte offset \1: not a text plan"),
        (r"文件含有控制字符 (U\+[0-9A-F]+)（字节偏移(\d+)），不是文本规划文件",
         r"the file contains the control character \1 at byte offset \2: not a text plan"),
        (r"文件含有双向文本控制字符 (U\+[0-9A-F]+)（字节偏移(\d+)），可能隐藏真实内容，请删除",
         r"the file contains the bidirectional-text control character \1 at byte offset \2, which can hide "
         r"the real content: remove it"),
        (r"文件声明为(\S+?)编码（有BOM），但在字节偏移(\d+)处无法解码（(.*)）",
         r"the file declares \1 (with a BOM) but cannot be decoded at byte offset \2 (\3)"),
        (r"文件像是没有BOM的(\S+?)编码（字节偏移(\d+)起有规律地出现NUL字节）",
         r"the file looks like \1 without a BOM (NUL bytes in a regular pattern from byte offset \2)"),
        (r"文件编码无法识别：不是UTF-8（字节偏移(\d+)处无法解码），也不像GB18030/GBK文本（二进制内容？）；请另存为UTF-8",
         r"the file's encoding is not recognised: not UTF-8 (undecodable at byte offset \1), nor like "
         r"GB18030/GBK text (binary content?); save it as UTF-8"),
        (r"文件含有多个YAML文档（---），一个文件只能写一个规划",
         "the file holds several YAML documents (---); a file holds one plan"),
        (r"不支持以列表或映射作为键", "a list or a mapping as a key is not supported"),
        (r"引用了未定义的锚点“\*(.*)”", r"an alias refers to the undefined anchor “*\1”"),
        (r"别名（\*引用）展开后的内容远超文件本身（可能是“billion laughs”攻击），拒绝读取",
         "aliases (*references) expand far beyond the file itself (a “billion laughs” attack?): refused"),
        (r"嵌套超过(\d+)层，不是规划文件的结构", r"nested more than \1 levels deep: not the structure of a plan"),
        (r"文件的YAML节点过多，超出上限", "the file has more YAML nodes than the limit"),
        (r"YAML语法错误：", "YAML syntax error: "),
        (r"YAML无法读取：", "YAML cannot be read: "),
        (r"文件结构嵌套过深，无法读取", "the file's structure is nested too deeply to read"),
        (r"Markdown结构嵌套过深，无法读取", "the Markdown structure is nested too deeply to read"),
        (r"嵌套过深，无法读取", "nested too deeply to read"),
        (r"文件没有内容（只有注释或空白）", "the file has no content (only comments or blank space)"),
        (r"YAML前置元数据（front matter）以“---”开始，但没有结束的“---”行",
         "the YAML front matter starts with “---” but has no closing “---” line"),
        (r"前置元数据过长（(\d+)字符），不是规划元数据", r"the front matter is too long (\1 characters) to be plan metadata"),
        (r"前置元数据不是有效的YAML：", "the front matter is not valid YAML: "),
        (r"前置元数据应为“键: 值”映射（level、region、department、period）",
         "the front matter should be a “key: value” mapping (level, region, department, period)"),
        (r"前置元数据的(\w+)应为文字", r"the front matter's \1 should be text"),
        (r"前置元数据：", "front matter: "),
        (r"不是普通文件（设备、管道或套接字），未读取", "not a regular file (a device, pipe or socket): not read"),
        (r"文件过大（(\d+)字节以上，超过上限(\d+)字节），未读取",
         r"the file is too large (\1 bytes or more, over the limit of \2 bytes): not read"),
        (r"读取文件所需内存超出限制，未读取", "reading the file needs more memory than allowed: not read"),
        (r"level“(.*)”不是有效层级，应为 (.*)$", r"level “\1” is not a valid level; use \2"),
        (r"level“(.*)”不是有效层级，按“(.*)”检查；请写作 level: (.*)$",
         r"level “\1” is not a valid level; checked as “\2”: write level: \3"),
        (r"period“(.*)”无法识别，应写作 (.*)$", r"period “\1” is not understood; write \2"),
        (r"键“(.*?)”重复出现（第(\d+)行已有），YAML会静默采用后者",
         r"the key “\1” appears twice (already on line \2); YAML would silently take the later one"),
        (r"不支持的YAML标签“(.*?)”：planlint只读取普通数据，标签内容不会被执行",
         r"unsupported YAML tag “\1”: planlint reads plain data only and never runs a tag"),
        (r"规划文件的顶层应为映射（title: …、indicators: …），不是列表或单个值",
         "the top level of a plan file should be a mapping (title: …, indicators: …), not a list or a single value"),
        # schema messages (readers/schema_messages.py): "{where} ..."
        (r"^(.+?) 应为(.+?)，实际是“(.*)”$", r"\1 should be \2, found “\3”"),
        (r"^(.+?) 缺少必填项：(.*)$", r"\1 lacks the required key(s) \2"),
        (r"^(.+?) 中有不认识的键“(.*?)”，是否指“(.*?)”？（可用的键：(.*?)；自定义内容请以 x- 开头）$",
         r"\1 has an unknown key “\2”: did you mean “\3”? (known keys: \4; start keys of your own with x-)"),
        (r"^(.+?) 中有不认识的键“(.*?)”（可用的键：(.*?)；自定义内容请以 x- 开头）$",
         r"\1 has an unknown key “\2” (known keys: \3; start keys of your own with x-)"),
        (r"^(.+?) 的值“(.*)”不在可选范围内，是否指“(.*?)”？（(.*)）$", r"\1: the value “\2” is not one of \4: did you mean “\3”?"),
        (r"^(.+?) 的值“(.*)”不在可选范围内（(.*)）$", r"\1: the value “\2” is not one of \3"),
        (r"^(.+?) 的值(.+?)超出范围（最小(.+)）$", r"\1: the value \2 is out of range (minimum \3)"),
        (r"^(.+?) 的值(.+?)超出范围（最大(.+)）$", r"\1: the value \2 is out of range (maximum \3)"),
        (r"^(.+?) 不能为空$", r"\1 must not be empty"),
        # a value the quantity parser cannot read (PL105, and YAML numbers)
        (r"“(.*)”不是可识别的中文数字", r"“\1” is not a Chinese numeral planlint can read"),
        (r"“(.*)”中的范围无法识别", r"the range in “\1” cannot be read"),
        (r"“(.*)”中的“(.*)”不是可识别的单位", r"“\2” in “\1” is not a unit planlint knows"),
        (r"“(.*)”是布尔值，不是数值", r"“\1” is a boolean, not a number"),
        (r"“(.*)”不是有限的数值", r"“\1” is not a finite number"),
        (r"“(.*)”没有给出数值", r"“\1” gives no number"),
        (r"“(.*)”不是数值", r"“\1” is not a number"),
        (r"没有填写数值", "no value is given"),
        (r"数值应为数字或文字，这里是(\w+)", r"a value should be a number or text, not \1"),
        (r"数值文字过长，无法识别", "the value's text is too long to read"),
    ],
}

DETAIL_WORDS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("文件顶层", "the top level"), ("映射（键: 值）", "a mapping (key: value)"), ("文字", "text"),
        ("整数", "an integer"), ("数字", "a number"), ("列表", "a list"), ("布尔值", "a boolean"),
        ("空值", "null"), ("或", " or "), ("、", ", "), ("：", ": "), ("；", "; "), ("，", ", "),
        ("（", " ("), ("）", ")"),
    ],
}

# (regular expression, replacement) applied in order to `expected`/`actual` and value args
FRAGMENTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"由(\d{4})年(.+?)至(\d{4})年(.+?)推算", r"from \2 in \1 to \4 in \3"),
        (r"规划所列，与(\d{4})年(.+?)至(\d{4})年(.+?)相符", r"as the plan states it, which \2 in \1 and \4 in \3 allow"),
        (r"规划所列年均增速", "as the plan states it"),
        (r"^(\d{4}|\?)—(\d{4}|\?)年的规划$", r"a plan for \1–\2"),
        (r"^(\d{4}|\?)—(\d{4}|\?)年$", r"\1–\2"),
        (r"（(\d{4})—(\d{4})年）", r" (\1–\2)"),
        (r"（(\d{4})年）", r" (\1)"),
        (r"年均增速约", "annual growth ≈"),
        (r"年均增速", "annual growth "),
        (r"未设置该指标", "not set"),
        (r"未见部署", "not taken up"),
        (r"未见承接", "not taken up"),
        (r"仅有零星相关表述", "only passing mentions"),
        (r"仅有零星表述", "only passing mentions"),
        (r"^部署该行动：(.*)$", r"take up the action: “\1”"),
        (r"^部署第(\d+)项重点工作（本部门牵头）$", r"take up item \1 of the key tasks (this department leads)"),
        (r"^部署第(\d+)项重点工作（本部门负责）$", r"take up item \1 of the key tasks (this department is responsible)"),
        (r"^以专栏、项目或具体措施承接该工程$", "take the project up in a box, a project or concrete measures"),
        (r"^承接(“.*”)$", r"take up \1"),
        (r"^国家指标名称(“.*”)$", r"the national indicator name \1"),
        (r"^目标值不低于基期值", "a target not below the base value "),
        (r"^目标值不高于基期值", "a target not above the base value "),
        (r"单位：", "unit: "),
        (r"〔(.*?)〕", r"[\1]"),
        (r"＞", ">"), (r"＜", "<"), (r"～", "–"),
        (r"（", " ("), (r"）", ")"),
    ],
}

# units after a number (or standing alone): magnitudes and what is counted
UNIT_SPECIAL: dict[str, dict[str, str]] = {
    "en": {"万亿元": " trillion yuan", "部/百人": " per 100 people", "户/百户": " per 100 households",
           "百分点": " percentage points", "个百分点": " percentage points"},
}
UNIT_MAGNITUDES: dict[str, dict[str, str]] = {
    "en": {"万亿": " trillion", "千亿": "×10¹¹", "百亿": "×10¹⁰", "十亿": " billion", "亿": "×10⁸",
           "千万": "×10⁷", "百万": " million", "十万": "×10⁵", "万": "×10⁴", "千": "×10³", "百": "×10²", "十": "×10"},
}
UNIT_BASES: dict[str, dict[str, str]] = {
    "en": {"人次": " person-times", "元": " yuan", "人": " people", "户": " households", "件": " items",
           "个": "", "家": "", "部": "", "台": "", "项": "", "座": "", "次": " times", "条": "", "所": "",
           "颗": ""},
}

# the notes on what was inferred from a plan's title (text report): (pattern, replacement)
NOTES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"^period: (\d{4})—(\d{4})年（.*）$", r"period: \1–\2 (from the title)"),
        (r"^level: ministry（[^（）]*），department: (.+?)（.*）$", r"level: ministry, department: “\1” (from the title)"),
        (r"^level: (\w+)（[^（）]*），region: (.+?)（.*）$", r"level: \1, region: “\2” (from the title)"),
        (r"^level: national（.*）$", "level: national (from the title)"),
        (r"^(\w+): (.+)（配置文件设定）$", r"\1: “\2” (set by the configuration)"),
        (r"^无法从标题“(.*)”推断层级、地区或部门：只检查适用于各级规划的要求$",
         r"level, region or department cannot be inferred from the title “\1”: only what binds every level is checked"),
        (r"^没有标题，无法推断规划层级和地区$", "no title: level and region cannot be inferred"),
    ],
}
