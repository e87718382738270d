"""What the run itself says about a file (PL001 details, PL900 stages), and what it notes
when the configuration sets a plan's metadata (model.Inference)."""
from __future__ import annotations

from planlint.messages import Template, catalogue

MESSAGES = catalogue("PL001.run", {
    "not-a-regular-file": Template("不是普通文件（设备、管道或套接字），未读取",
                                   "not a regular file (a device, pipe or socket): not read"),
    "too-large": Template("文件过大（{size}字节以上，超过上限{limit}字节），未读取",
                          "the file is too large ({size} bytes or more, over the limit of {limit} bytes): not read"),
    "too-deep": Template("文件结构嵌套过深，无法读取", "the file's structure is nested too deeply to read"),
    "out-of-memory": Template("读取文件所需内存超出限制，未读取", "reading the file needs more memory than allowed: not read"),
    "worker-died": Template("检查该文件的工作进程意外终止（{why}），未能检查",
                            "the worker process checking this file ended unexpectedly ({why}): not checked"),
}) | catalogue("PL900", {
    "stage-failed": Template("planlint内部错误：{stage}时失败（{error}）",
                             "planlint internal error: failed while {stage} ({error})"),
})
HINTS = catalogue("PL001.run.hint", {
    "raise-limit": Template("如确需检查，请用 --max-bytes 调高上限", "To check it anyway, raise the limit with --max-bytes"),
    "worker-died": Template("可用 -j 1 单独检查该文件以查明原因", "Check the file alone with -j 1 to find out why"),
})
# what the run was doing when planlint failed (PL900)
STAGES = catalogue("PL900.stage", {
    "reading": Template("读取文件", "reading the file"),
    "preparing": Template("准备检查", "preparing the checks"),
})
# metadata the configuration set (level, region, department)
INFERRED = catalogue("inferred", {
    "configured": Template("{key}: {value}（配置文件设定）", "{key}: “{value}” (set by the configuration)"),
})
# the run's own errors (exit 2), in the language of the report
ERRORS = catalogue("run.error", {
    "bad-jobs": Template("-j/--jobs 应为不小于1的进程数，而不是 {value}", "-j/--jobs must be a number of processes of at least 1, not {value}"),
    "unknown-code": Template("{option} 中的“{code}”不是planlint的代码或代码前缀（planlint rules 列出全部代码）",
                             "“{code}” in {option} is not a planlint code or code prefix "
                             "(planlint rules lists every code)"),
    "unknown-code-suggest": Template("{option} 中的“{code}”不是planlint的代码或代码前缀，是否想写 {suggestion}？"
                                     "（planlint rules 列出全部代码）",
                                     "“{code}” in {option} is not a planlint code or code prefix: did you mean "
                                     "{suggestion}? (planlint rules lists every code)"),
    "extends-loop": Template("规则包 {pack} 的 extends 层层相扣超过{limit}层（是否循环？）",
                             "rule pack {pack}: extends goes more than {limit} packs deep (a loop?)"),
    "stdin-filename": Template("--stdin-filename 只在从标准输入读取（PATH 为 -）时使用",
                               "--stdin-filename is used only when reading standard input (PATH is -)"),
    "max-bytes": Template("--max-bytes 应为 1 到 {limit}（64MiB）之间的字节数，而不是 {value}",
                          "--max-bytes should be a number of bytes from 1 to {limit} (64 MiB), not {value}"),
})
# paths that give nothing to lint (exit 2, one line each on stderr)
PROBLEMS = catalogue("run.problem", {
    "outside-link": Template("符号链接指向被检查的目录之外，未读取：{path}",
                             "a symbolic link points outside the directory being checked, not read: {path}"),
    "no-plans": Template("目录中没有规划文件（{suffixes}）：{path}", "no plan files ({suffixes}) in the directory: {path}"),
    "not-found": Template("找不到文件或目录：{path}", "file or directory not found: {path}"),
    "unreadable-dir": Template("无法读取目录，其中的规划未检查：{path}（{why}）",
                               "cannot read the directory, the plans in it are not checked: {path} ({why})"),
    "unreadable-file": Template("无法读取文件：{path}（{why}）", "cannot read the file: {path} ({why})"),
})
