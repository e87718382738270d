"""What `--help` says, per command and option, Chinese and English side by side.

A command builds its parser in the language its command line asks for (`--lang`, read before
parsing, as for errors), so `planlint --lang en --help` is English. The environment (LANG,
LC_ALL) is not consulted: a Chinese default is the contract, and a CI runner's locale is no
one's choice of report language.
"""
from __future__ import annotations

from typing import Callable

from planlint.messages import Template, catalogue

HELP = catalogue("cli.help", {
    # planlint PATH...
    "lint.description": Template("按《“十三五”国家信息化规划》检查地方和部门信息化规划。",
                          "Checks local and departmental informatization plans against the national "
                          "13th Five-Year Informatization Plan."),
    "lint.epilog": Template(
        "子命令：\n"
        "  planlint rules                 列出全部代码、默认严重程度和概要\n"
        "  planlint rule CODE|名称        解释一个代码或国家规划条目，引用国家规划原文\n"
        "  planlint init --level L ...    生成规划骨架（planlint init --help）\n"
        "  planlint pack derive|check     从上级规划生成规则包，或检查规则包\n"
        "  planlint diff OLD NEW          对照同一规划的两稿：已解决、新出现、未变的问题\n"
        "  planlint server                编辑器的语言服务器（LSP，标准输入输出；需要 planlint[lsp]）\n"
        "（第一个参数是子命令名且不存在同名文件或目录时才作为子命令。）\n\n"
        "配置：从被检查文件所在目录向上查找 .planlint.yaml 或 pyproject.toml 的 [tool.planlint]；"
        "命令行选项优先。\n"
        "退出码：0 无达到 --fail-on 级别的问题；1 有；2 无法完成检查（参数、路径、规则包、配置错误）。",
        "subcommands:\n"
        "  planlint rules                 list every code, its default severity and summary\n"
        "  planlint rule CODE|NAME        explain a code or a national item, quoting the national plan\n"
        "  planlint init --level L ...    write a plan skeleton (planlint init --help)\n"
        "  planlint pack derive|check     make a rule pack from the plan one level up, or check one\n"
        "  planlint diff OLD NEW          compare two drafts of one plan: fixed, new, unchanged findings\n"
        "  planlint server                the editor's language server (LSP over stdio; needs planlint[lsp])\n"
        "(the first argument is a subcommand only when no file or directory of that name exists.)\n\n"
        "configuration: .planlint.yaml or [tool.planlint] in pyproject.toml, looked up from each checked "
        "file's directory upwards; command-line options take precedence.\n"
        "exit status: 0 no finding at --fail-on; 1 some; 2 could not check (arguments, paths, rule pack, "
        "configuration)."),
    "lint.paths": Template("规划文件或目录（目录中查找 *.yaml *.yml *.md *.docx *.doc *.wps *.pdf；Word用.docx读取，"
                    ".doc/.wps经LibreOffice转换，PDF经pdftotext读取，问题按段落/表格单元格或页/行定位）",
                    "plan files or directories (a directory is searched for *.yaml *.yml *.md *.docx *.doc *.wps "
                    "*.pdf; .doc/.wps are converted by LibreOffice, PDF read by pdftotext; findings are located "
                    "by paragraph/table cell or page/line)"),
    "lint.format": Template("输出格式：text（默认）、json（Contract 2）、jsonl（每行一个问题的JSON对象，边检查边输出）、"
                     "html（供审阅者在浏览器中查看的单页报告）、sarif（GitHub code scanning）、github（Actions 注释）、"
                     "gitlab（Code Quality）、junit、csv（规划×国家条目总览表）、xlsx（总览工作簿，须配合 -o 文件名.xlsx）",
                     "output format: text (default), json (Contract 2), jsonl (one JSON object per finding, "
                     "written as the run goes), html (a one-page report for reviewers), sarif (GitHub code "
                     "scanning), github (Actions annotations), gitlab (Code Quality), junit, csv (plan × national "
                     "item overview), xlsx (overview workbook, with -o NAME.xlsx)"),
    "lint.output-file": Template("把报告写入文件而不是标准输出（先写临时文件再改名）",
                          "write the report to a file instead of standard output (a temporary file, then renamed)"),
    "lint.fail-on": Template("达到该严重程度的问题使退出码为1（默认 error，或配置中的 fail-on）",
                      "findings at or above this severity make the exit status 1 (default error, or fail-on "
                      "in the configuration)"),
    "lint.exit-zero": Template("有问题也以0退出（照常报告；无法完成检查时仍为2），用于只收集报告的CI步骤",
                        "exit 0 even with findings (reported as usual; still 2 when checking fails), for CI "
                        "steps that only collect the report"),
    "lint.rulepack": Template("规则包名称、目录或上级规划文件（默认 national-13th）；可重复，上级在前，逐级叠加",
                       "rule pack name, directory or the plan one level up (default national-13th); repeat it, "
                       "the higher level first, to stack packs"),
    "lint.select": Template("只报告这些代码或前缀（逗号分隔，如 PL1,PL201；替换配置中的 select）",
                     "report only these codes or prefixes (comma-separated, e.g. PL1,PL201; replaces select "
                     "in the configuration)"),
    "lint.extend-select": Template("在 select 之外再报告这些代码", "report these codes as well as select's"),
    "lint.ignore": Template("不报告这些代码或前缀（与配置中的 ignore 合并；PL001、PL900 不能忽略）",
                     "do not report these codes or prefixes (added to ignore in the configuration; PL001 and "
                     "PL900 cannot be ignored)"),
    "lint.config": Template("使用这个配置文件（.planlint.yaml 或 pyproject.toml），不再查找",
                     "use this configuration file (.planlint.yaml or pyproject.toml) and look for no other"),
    "lint.isolated": Template("不读取任何配置文件和豁免文件", "read no configuration file and no waiver file"),
    "lint.waivers": Template("豁免文件（默认：配置中的 waivers，或向上查找 .planlint-waivers.yaml）",
                      "waiver file (default: waivers in the configuration, or .planlint-waivers.yaml looked up "
                      "upwards)"),
    "lint.baseline": Template("基线文件：只有基线中没有的问题计入退出码；已有的标为“基线中已有”，并统计已解决的",
                       "baseline file: only findings not in it count for the exit status; those in it are "
                       "marked as such, and fixed ones are counted"),
    "lint.write-baseline": Template("把本次的全部问题写成基线文件（只覆盖已有的planlint基线文件，不覆盖其他文件）",
                             "write every finding of this run as a baseline file (replaces only an existing "
                             "planlint baseline, never another file)"),
    "lint.prune-baseline": Template("与 --baseline 同用：从基线文件中删去已解决的问题（不加入新问题）",
                             "with --baseline: remove fixed findings from the baseline file (adds no new ones)"),
    "lint.statistics": Template("只输出每个代码的问题数（同 ruff --statistics）",
                         "print only the number of findings per code (as ruff --statistics)"),
    "lint.per-file": Template("与 --statistics 一起用：每个文件一行，列出错误、警告、提示数（json 格式同样）",
                       "with --statistics: one line per file with its errors, warnings and infos (json too)"),
    "lint.lang": Template("报告语言：zh（默认）或 en（英文框架、严重程度、规则概要、消息和帮助；subject 保持中文）",
                   "report language: zh (default) or en (English frame, severities, summaries, messages and "
                   "help; subjects stay Chinese)"),
    "lint.stdin-filename": Template("PATH 为 - 时从标准输入读取规划，报告、格式（.md/.yaml/.docx/.pdf）和配置查找都按这个文件名"
                             "（默认 stdin.yaml；内容是 Markdown 时为 stdin.md）",
                             "with PATH -, the plan read from standard input is reported, parsed (.md/.yaml/.docx/"
                             ".pdf) and configured as this file name (default stdin.yaml; stdin.md for Markdown)"),
    "lint.jobs": Template("并行检查的进程数（默认：文件不少于{min}个时为CPU核数，否则1；-j 1 依次检查）；输出与进程数无关",
                   "worker processes (default: the CPU count from {min} files on, else 1; -j 1 checks one after "
                   "another); the output does not depend on it"),
    "lint.max-bytes": Template("单个文件大小上限（字节，默认64MiB）", "size limit of one file (bytes, default 64 MiB)"),
    "lint.verbose": Template("也列出无问题的文件和覆盖证据", "also list clean files and the evidence of coverage"),
    "lint.show-source": Template("在每个问题下显示所在的原文行，并用 ^ 标出位置（text 格式）",
                          "show the source line under each finding, with ^ at its place (text format)"),
    "lint.no-color": Template("不使用颜色（也可设环境变量 NO_COLOR；非终端输出从不着色）",
                       "no colour (or set NO_COLOR; output that is not a terminal is never coloured)"),
    "lint.version": Template("显示版本并退出", "show the version and exit"),
    "jobs.bad": Template("-j/--jobs 应为不小于1的进程数，而不是 {value}",
                  "-j/--jobs should be a number of processes, at least 1, not {value}"),
    # shared by the subcommands
    "help": Template("显示本帮助并退出", "show this help and exit"),
    "lang": Template("语言：zh（默认）或 en", "language: zh (default) or en"),
    "rulepack": Template("规则包名称或目录（默认：配置中的 rulepack，或 national-13th）",
                  "rule pack name or directory (default: rulepack in the configuration, or national-13th)"),
    # planlint rules
    "rules.description": Template("列出全部代码、默认严重程度、名称和一行概要。",
                           "Lists every code with its default severity, name and one-line summary."),
    "rules.format": Template("输出格式", "output format"),
    # planlint rule
    "rule.description": Template("解释一个代码（PL102）或一个国家规划条目（指标、优先行动、专栏工程的名称），并引用它所依据的国家规划原文。",
                          "Explains a code (PL102) or a national item (the name of an indicator, priority action "
                          "or key project), quoting the national text it rests on."),
    "rule.topic": Template("代码或国家规划条目的名称（可写简称，如 专栏4）",
                    "a code, or the Chinese name of a national item (a short form will do, e.g. “专栏4”)"),
    "rule.topic.metavar": Template("CODE|名称", "CODE|NAME"),
    # planlint init
    "init.description": Template("生成规划骨架：含规则包要求该层级和地区（或部门）设置的全部指标和优先行动，国家底线写在注释里。",
                          "Writes a plan skeleton holding every indicator and priority action the rule pack "
                          "requires of the level and region (or department), the national floor in comments."),
    "init.level": Template("规划层级", "plan level"),
    "init.region": Template("地区（省、市、县级规划必填），如 甘肃省", "region (required for a province, city or county plan), e.g. “甘肃省”"),
    "init.department": Template("部门（部门规划必填），如 农业部", "department (required for a ministry plan), e.g. “农业部”"),
    "init.title": Template("规划标题（默认由地区或部门生成）", "plan title (default: made from the region or department)"),
    "init.output-file": Template("写入文件（默认输出到标准输出）", "write to a file (default: standard output)"),
    "init.force": Template("文件已存在时覆盖（默认从不覆盖）", "overwrite an existing file (never by default)"),
    "init.lang": Template("注释的语言：zh（默认）或 en；规划正文（标题、名称、占位文字）始终是中文",
                   "language of the comments: zh (default) or en; the plan's text (title, names, placeholders) "
                   "is always Chinese"),
    # planlint diff
    "diff.description": Template("对照同一规划的两稿（如征求意见稿 → 送审稿）：哪些问题已解决、哪些是新出现的、哪些仍未解决。",
                          "Compares two drafts of one plan (e.g. consultation draft → submitted draft): which "
                          "findings were fixed, which are new, which remain."),
    "diff.old": Template("前一稿（.yaml/.yml/.md）", "the earlier draft (.yaml/.yml/.md)"),
    "diff.new": Template("后一稿", "the later draft"),
    "diff.format": Template("输出格式：text（默认）、json、html", "output format: text (default), json, html"),
    "diff.fail-on": Template("后一稿有达到该严重程度的新问题时退出码为1（默认 error，或配置中的 fail-on）",
                      "exit 1 when the later draft has a new finding at or above this severity (default error, "
                      "or fail-on in the configuration)"),
    "diff.select": Template("只比较这些代码或前缀", "compare only these codes or prefixes"),
    "diff.ignore": Template("不比较这些代码或前缀", "do not compare these codes or prefixes"),
    "diff.config": Template("使用这个配置文件，不再查找", "use this configuration file and look for no other"),
    "diff.lang": Template("报告语言：zh（默认）或 en", "report language: zh (default) or en"),
    "diff.verbose": Template("text 格式也列出仍未解决的问题", "text format: list the unchanged findings too"),
    # planlint server
    "server.description": Template("编辑器的语言服务器（LSP，经标准输入输出）：打开、修改、保存 .yaml/.yml/.md 规划时发布问题。"
                            "需要 pip install 'planlint[lsp]'。",
                            "The editor's language server (LSP over standard input and output): publishes findings "
                            "as .yaml/.yml/.md plans are opened, changed and saved. Needs pip install 'planlint[lsp]'."),
    "server.stdio": Template("经标准输入输出通信（默认，也是唯一的方式；供要求此参数的编辑器使用）",
                      "talk over standard input and output (the default and only way; for editors that pass it)"),
    "server.lang": Template("问题的语言：zh（默认）或 en", "language of the findings: zh (default) or en"),
    # planlint pack
    "pack.description": Template("从上级规划生成规则包（derive），或检查规则包（check）。",
                          "Makes a rule pack from the plan one level up (derive), or checks a rule pack (check)."),
    "pack.derive": Template("从规划文件生成规则包目录", "write a rule pack directory from a plan file"),
    "pack.derive.plan": Template("作为规则来源的规划文件（.md/.yaml 等）", "the plan file the rules come from (.md/.yaml ...)"),
    "pack.derive.output": Template("写入的规则包目录", "the rule pack directory to write"),
    "pack.derive.name": Template("规则包名称（小写字母、数字、连字符；默认取文件名）",
                          "rule pack name (lower-case letters, digits, hyphens; default: the file name)"),
    "pack.derive.title": Template("规划标题（规划文本没有标题行时；默认取文件名）",
                           "plan title (when the text has no title line; default: the file name)"),
    "pack.derive.force": Template("目录不为空时也写入（覆盖同名文件）",
                           "write into a directory that is not empty (replacing files of the same name)"),
    "pack.check": Template("校验规则包并列出其内容", "validate a rule pack and list what it holds"),
    "pack.check.pack": Template("规则包名称、目录或规划文件", "rule pack name, directory or plan file"),
})


def helper(lang: str) -> Callable[..., str]:
    """`h("lint.format")`: one help text in the command line's language."""
    def h(key: str, **args: object) -> str:
        text = HELP[key].pattern(lang)
        return text.format(**args) if args else text
    return h
