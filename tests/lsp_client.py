"""A minimal LSP client for tests: JSON-RPC with Content-Length framing over the server's real stdio pipe.

A reader thread queues every message, so a silent server fails a wait after its timeout
instead of hanging the suite.
"""
from __future__ import annotations

import json
import queue
import subprocess
import sys
import tempfile
import threading
from typing import Any, Callable, Optional


class LspClient:
    def __init__(self, *args: str, cwd: Optional[str] = None) -> None:
        # stderr to a file, not a pipe: a server that logs a lot must not block on a full pipe
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([sys.executable, "-m", "planlint", "server", *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr, cwd=cwd)
        self.messages: "queue.Queue[dict[str, Any]]" = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send(self, payload: dict[str, Any]) -> None:
        data = json.dumps({"jsonrpc": "2.0", **payload}, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any], timeout: float = 120) -> dict[str, Any]:
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout)

    def wait(self, accept: Callable[[dict[str, Any]], bool], timeout: float = 120) -> dict[str, Any]:
        """The next message accept() takes (others are dropped); AssertionError after timeout seconds."""
        import time
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.stderr.seek(0)
                raise AssertionError("the server sent nothing matching in time; its stderr: "
                                     + self.stderr.read()[-2000:].decode("utf-8", "replace"))
            try:
                msg = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if accept(msg):
                return msg

    def diagnostics(self, uri: str, timeout: float = 120) -> dict[str, Any]:
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri, timeout)["params"]

    def initialize(self, encodings: Optional[list[str]] = None) -> dict[str, Any]:
        caps: dict[str, Any] = {"textDocument": {"publishDiagnostics": {}}}
        if encodings:
            caps["general"] = {"positionEncodings": encodings}
        reply = self.request("initialize", {"processId": None, "rootUri": None, "capabilities": caps})
        self.notify("initialized", {})
        return reply

    def close(self) -> int:
        try:
            self.request("shutdown", {}, timeout=30)
            self.notify("exit", {})
            return self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
            self.proc.wait()
            raise
        finally:
            for stream in (self.proc.stdin, self.proc.stdout, self.stderr):
                stream.close()
