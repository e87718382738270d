"""The segmenter: jieba loads without its HMM tables, which stay available to anyone who asks."""
import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_hmm_tables_are_not_loaded_by_planlint_segmentation():
    out = _run("""
        import sys
        from planlint.text.segment import Segmenter
        seg = Segmenter({"乡村", "企业", "人数"})
        print("/".join(seg.cut("乡村企业人数")), "jieba.finalseg.prob_emit" in sys.modules)
    """)
    assert out == "乡村/企业/人数 False"


def test_hmm_tables_load_when_another_jieba_user_asks_for_them():
    # 杭研 is in no dictionary: only the HMM joins it into one word, so this proves the
    # deferred module was really executed on first use and works as jieba's own
    out = _run("""
        import sys
        from planlint.text.segment import _import_jieba
        jieba = _import_jieba()
        jieba.setLogLevel(60)
        tok = jieba.Tokenizer(dictionary=None)
        import io
        tok.FREQ, tok.total = tok.gen_pfdict(io.BytesIO("他 10\\n来到 10\\n了 10\\n网易 10\\n大厦 10".encode()))
        tok.initialized = True
        before = "jieba.finalseg.prob_emit" in sys.modules
        print(before, "/".join(tok.cut("他来到了网易杭研大厦", HMM=True)), "jieba.finalseg.prob_emit" in sys.modules)
    """)
    assert out == "False 他/来到/了/网易/杭研/大厦 True"


def test_an_already_imported_jieba_is_used_as_it_is():
    out = _run("""
        import jieba, sys
        from planlint.text.segment import _import_jieba
        print(_import_jieba() is jieba, type(sys.modules["jieba.finalseg"]).__name__)
    """)
    assert out == "True module"
