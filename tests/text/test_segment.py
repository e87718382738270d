"""The segmenter: jieba's exact mode without HMM over the pack's vocabulary, without jieba."""
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planlint.text.segment import Segmenter, prefix_dictionary

ROOT = Path(__file__).resolve().parents[2]


def test_the_dictionary_decides_the_words():
    seg = Segmenter({"乡村", "企业", "人数", "乡村企业"})
    assert seg.cut("乡村企业人数") == ["乡村企业", "人数"]
    assert Segmenter({"乡村", "企业", "人数"}).cut("乡村企业人数") == ["乡村", "企业", "人数"]
    assert seg.cut("4G网络 覆盖率") == ["4G", "网", "络", "覆", "盖", "率"]   # Latin runs joined, spaces dropped
    assert seg.is_word("企业") and not seg.is_word("企") and seg.is_word("IT")


def test_of_two_equally_good_cuts_the_longer_first_word_wins():
    # 信息+化 and 信+息化 weigh the same; jieba keeps the one whose first word ends later
    assert Segmenter({"信息", "息化", "信", "化"}).cut("信息化") == ["信息", "化"]


def test_entries_that_are_not_word_and_frequency_are_skipped():
    freq, total = prefix_dictionary(["宽带 5", "光纤", "网络 many", "宽带网络 3"])
    assert total == 8 and freq["宽带"] == 5 and freq["宽带网"] == 0 and "光纤" not in freq


def test_an_empty_dictionary_cuts_characters():
    assert Segmenter(()).cut("宽带ab1") == ["宽", "带", "ab1"]


def _vocabulary_and_texts() -> tuple[set[str], list[str]]:
    """The built-in pack's segmenter vocabularies and texts mixing their words with stray
    characters, Latin runs, digits, spaces and punctuation, as titles and names are written."""
    from planlint.analysis.coverage_pack import PackCoverage
    from planlint.analysis.matching import IndicatorMatcher
    from planlint.rulepack import load_pack

    pack = load_pack()
    words = set(PackCoverage(pack.commitments).segmenter._words) | set(IndicatorMatcher(pack).segmenter._words)
    rng = random.Random(16)
    pool = sorted(words)
    extras = ["4G", "5G", "IPv6", " ", "\t", "\r\n", "，", "、", "（", "）", "-", "%", "率", "省", "市", "全",
              "一", "2020年", "a", "Z9", "#", "&", ".", "_"]
    texts = []
    for _ in range(3000):
        parts = [rng.choice(pool) if rng.random() < 0.6 else rng.choice(extras) for _ in range(rng.randint(1, 6))]
        text = "".join(parts)
        if rng.random() < 0.3:     # a word cut short or run into the next
            text = text[rng.randint(0, len(text) // 2):]
        texts.append(text)
    return words, texts + pool


def test_cuts_are_jiebas_own():
    jieba = pytest.importorskip("jieba")
    import io

    words, texts = _vocabulary_and_texts()
    vocab = ROOT / "rules" / "national-13th" / "vocabulary.txt"
    ours = Segmenter(words, vocab)
    lines = [f"{w} 100" for w in sorted(words)]
    if vocab.is_file():
        for line in vocab.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and len(line.split()) >= 2:
                lines.append(" ".join(line.split()[:2]))
    jieba.setLogLevel(60)
    theirs = jieba.Tokenizer(dictionary=None)
    theirs.FREQ, theirs.total = theirs.gen_pfdict(io.BytesIO("\n".join(lines).encode("utf-8")))
    theirs.initialized = True
    differ = [t for t in texts if ours.cut(t) != [w for w in theirs.cut(t, HMM=False) if w.strip()]]
    assert differ == []
    assert ours.words() == {w for w, f in theirs.FREQ.items() if f > 0}


def test_a_lint_imports_no_jieba():
    code = textwrap.dedent(f"""
        import sys, io, contextlib
        from planlint.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--isolated", {str(ROOT / "examples" / "gansu-province-gaps.yaml")!r}])
        print("jieba" in sys.modules, "logging" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_the_memo_of_cuts_does_not_grow_with_the_titles_of_a_long_run(monkeypatch):
    # every plan brings new headings; a run over thousands of plans must not keep them all
    from planlint.text import segment
    monkeypatch.setattr(segment, "MAX_MEMOISED_CUTS", 50)
    seg = Segmenter(["宽带", "网络", "数据中心", "建设", "行动"])
    first = seg.cut("（一）宽带网络建设行动")
    for i in range(400):
        seg.cut(f"第{i}项数据中心建设行动")
    assert len(seg._cuts) <= 50
    assert seg.cut("（一）宽带网络建设行动") == first          # cut again after it was let go
