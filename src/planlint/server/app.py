"""The pygls language server: lint plans on open, change (debounced) and save; clear on close."""
from __future__ import annotations

import asyncio
from typing import Optional

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from planlint._version import __version__
from planlint.messages import Template
from planlint.server.actions import suppression
from planlint.server.findings import EditorFinding, editor_findings, is_plan, lint_text
from planlint.server.positions import UTF8, UTF16, UTF32, code_point

# the quick fix's title; the comment it inserts keeps the plan's (Chinese) `-- 原因` placeholder
SUPPRESS_HERE = Template("planlint：在此处豁免 {code}（须填写原因）", "planlint: suppress {code} here (a reason is required)",
                         id="server.suppress-here")
DEBOUNCE_SECONDS = 0.3      # typing fires a change per key; lint once the user pauses
_ENCODING = {types.PositionEncodingKind.Utf8: UTF8, types.PositionEncodingKind.Utf16: UTF16,
             types.PositionEncodingKind.Utf32: UTF32}


class PlanServer(LanguageServer):
    """One server per editor session; `pending` holds each document's scheduled lint."""

    def __init__(self, lang: str = "zh") -> None:
        super().__init__("planlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.lang = lang
        self.pending: dict[str, asyncio.TimerHandle] = {}

    def encoding(self) -> str:
        return _ENCODING.get(self.workspace.position_encoding, UTF16)

    def lint_now(self, uri: str) -> None:
        self.pending.pop(uri, None)
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        if not is_plan(path):
            return
        diags, problems = lint_text(path, doc.source, self.lang)
        for line in problems:
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"planlint: {line}"))
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=doc.version, diagnostics=[_lsp(f) for f in editor_findings(diags, doc.source, self.encoding())]))

    def lint_later(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self.lint_now, uri)

    def clear(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _lsp(f: EditorFinding) -> types.Diagnostic:
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=f.start[0], character=f.start[1]),
                          end=types.Position(line=f.end[0], character=f.end[1])),
        severity=types.DiagnosticSeverity(f.severity), code=f.code, source="planlint", message=f.message)


def build(lang: str = "zh") -> PlanServer:
    server = PlanServer(lang)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PlanServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PlanServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.lint_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: PlanServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.lint_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PlanServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.clear(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: PlanServer, params: types.HoverParams) -> Optional[types.Hover]:
        from planlint.run.errors import RunError
        from planlint.policy.errors import ConfigError
        from planlint.rulepack import RulePackError
        from planlint.server.hover import hover_text, pack_for

        uri = params.text_document.uri
        path = to_fs_path(uri) or uri
        if not is_plan(path):
            return None
        lines = ls.workspace.get_text_document(uri).source.splitlines()
        if params.position.line >= len(lines):
            return None
        line = lines[params.position.line]
        try:
            pack = pack_for(path)
        except (RunError, ConfigError, RulePackError):   # shown as a message when the document is linted
            return None
        text = hover_text(line, code_point(line, params.position.character, ls.encoding()), pack, ls.lang)
        if text is None:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.PlainText, value=text))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: PlanServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        path = to_fs_path(uri) or uri
        if not is_plan(path):
            return []
        lines = ls.workspace.get_text_document(uri).source.splitlines()
        markdown = path.lower().endswith(".md")
        actions = []
        for d in params.context.diagnostics:
            if d.source != "planlint" or not isinstance(d.code, str):
                continue
            ins = suppression(lines, d.range.start.line, d.code, markdown, ls.encoding())
            at = types.Position(line=ins.line, character=ins.character)
            edit = types.TextEdit(range=types.Range(start=at, end=at), new_text=ins.text)
            actions.append(types.CodeAction(
                title=SUPPRESS_HERE(code=d.code).render(ls.lang),
                kind=types.CodeActionKind.QuickFix, diagnostics=[d],
                edit=types.WorkspaceEdit(changes={uri: [edit]})))
        return actions

    return server


def serve(lang: str = "zh", server: Optional[PlanServer] = None) -> None:
    (server or build(lang)).start_io()
