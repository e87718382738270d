"""What the command line itself says on stderr: usage errors (exit 2), refused outputs and the
notes of a run, Chinese and English side by side. The language is the one the command line asks
for (`--lang`), read before parsing, so a mistake in the options is said in it too."""
from __future__ import annotations

from planlint.messages import Template, catalogue

USAGE = catalogue("cli.usage", {
    "bad-arguments": Template("命令行参数错误：{detail}（用 planlint --help 查看用法）",
                              "command-line error: {detail} (see planlint --help)"),
    "per-file": Template("--per-file 须与 --statistics 一起使用", "--per-file is used together with --statistics"),
    "init-region": Template("--region：{problem}（{hint}）", "--region: {problem} ({hint})"),
    "no-paths": Template("请给出要检查的规划文件或目录，例如 planlint plan.yaml（子命令：rules、rule、init、diff、server）",
                         "give the plan files or directories to check, e.g. planlint plan.yaml "
                         "(subcommands: rules, rule, init, diff, server)"),
    "xlsx-terminal": Template("--format xlsx 输出二进制工作簿，请用 -o 指定文件，例如 -o review.xlsx",
                              "--format xlsx writes a binary workbook: name a file with -o, e.g. -o review.xlsx"),
    "xlsx-needs-openpyxl": Template("--format xlsx 需要 openpyxl（pip install openpyxl）",
                                    "--format xlsx needs openpyxl (pip install openpyxl)"),
    "option-like-file": Template("参数 {arg} 是一个已存在的文件名，也像一个选项：未运行。"
                                 "把文件放在 -- 之后（planlint -- FILE...）或写成 ./{arg}",
                                 "the argument {arg} is the name of an existing file and looks like an option: not "
                                 "run. Put the file after -- (planlint -- FILE...) or write it as ./{arg}"),
    "prune-needs-baseline": Template("--prune-baseline 需要与 --baseline FILE 同用",
                                     "--prune-baseline is used together with --baseline FILE"),
    "baseline-is-output": Template("--write-baseline 与 -o 是同一个文件 {path}，请分开",
                                   "--write-baseline and -o name the same file {path}: use two files"),
    "not-a-baseline": Template("{path} 已存在且不是planlint基线文件，未覆盖（请换一个文件名）",
                               "{path} exists and is not a planlint baseline file: not overwritten (choose another name)"),
    "diff-stdin": Template("planlint diff 需要两个文件，不能从标准输入读取",
                           "planlint diff needs two files; it cannot read standard input"),
    "diff-directory": Template("planlint diff 的 OLD 和 NEW 各应是一个规划文件，{path} 是目录",
                               "planlint diff: OLD and NEW should each be a plan file; {path} is a directory"),
    "plan-not-found": Template("找不到规划文件：{path}", "plan file not found: {path}"),
    "pack-unwritable": Template("无法写入规则包：{reason}", "cannot write the rule pack: {reason}"),
    "server-needs-pygls": Template("planlint server 需要 pygls（pip install 'planlint[lsp]'，或在本仓库 pip install -e '.[lsp]'）：{reason}",
                                   "planlint server needs pygls (pip install 'planlint[lsp]', or pip install -e '.[lsp]' "
                                   "in this repository): {reason}"),
    "interrupted": Template("已中断", "interrupted"),
    "internal": Template("内部错误：{error}（这是planlint的缺陷，请附上命令和文件报告问题）",
                         "internal error: {error} (a defect of planlint: please report it with the command and the file)"),
})
# a report or baseline file planlint will not write
OUTPUT = catalogue("cli.output", {
    "is-input": Template("报告文件 {path} 是正在检查的规划文件之一，未写入（请换一个文件名）",
                         "the report file {path} is one of the plans being checked: not written (choose another name)"),
    "unwritable": Template("无法写入文件 {path}：{reason}", "cannot write the file {path}: {reason}"),
    "exists": Template("{path} 已存在，未覆盖（要覆盖请加 --force）", "{path} exists: not overwritten (add --force to overwrite)"),
    "dangling-link": Template("报告文件 {path} 是一个悬空的符号链接，未写入",
                              "the report file {path} is a dangling symbolic link: not written"),
    "symlink": Template("报告文件 {path} 是符号链接，未写入（请写到它指向的文件）",
                        "the report file {path} is a symbolic link: not written (write to the file it points to)"),
    "directory": Template("报告文件 {path} 是一个目录，未写入", "the report file {path} is a directory: not written"),
})
# what a run notes on stderr beside its report
NOTES = catalogue("cli.note", {
    "reading-stdin": Template("正在从标准输入读取规划（输入完毕后按 Ctrl-D）",
                              "reading the plan from standard input (press Ctrl-D when done)"),
    "written": Template("已写入 {path}", "written: {path}"),
    "prune-skipped": Template("有文件未能检查，未修剪基线 {path}", "some files could not be checked: baseline {path} not pruned"),
    "pruned": Template("已从基线 {path} 删去已解决的{count}项", "removed {count} fixed finding(s) from the baseline {path}"),
    "baseline-skipped": Template("有文件未能检查，未写入基线 {path}",
                                 "some files could not be checked: baseline {path} not written"),
    "baseline-written": Template("已写入基线 {path}：{count}项", "baseline written: {path}, {count} finding(s)"),
})
# what `planlint pack derive` and `planlint pack check` print on stdout
PACK = catalogue("cli.pack", {
    "derived": Template("已从 {plan} 生成规则包 {name}（{count} 个文件）：{output}",
                        "rule pack {name} made from {plan} ({count} file(s)): {output}"),
    "title": Template("规则包 {name}：{title}（目标年 {year}）", "rule pack {name}: {title} (target year {year})"),
    "extends": Template("  上级规则包（extends）：{parent}", "  parent rule pack (extends): {parent}"),
    "indicators": Template("  指标 {count} 项（必备 {required} 项）", "  indicators: {count} ({required} required)"),
    "actions": Template("  优先行动 {count} 项", "  priority actions: {count}"),
    "projects": Template("  专栏项目 {count} 项", "  key projects: {count}"),
})
