"""A phone in headless Chromium, for the web client's tests (the browser fixture itself is in
tests/conftest.py)."""

from __future__ import annotations

from typing import Any

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True,
         "device_scale_factor": 2}
WAIT = 10_000  # ms, for every expectation: bounded


class Page:
    """One phone: a page that records every request it makes and every script error."""

    def __init__(self, page: Any, port: int) -> None:
        self.page = page
        self.base = f"http://127.0.0.1:{port}/"
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("websocket", lambda ws: self.requests.append(ws.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    async def shown(self, section: str) -> None:
        await self.page.wait_for_selector(f"#{section}:not([hidden])", timeout=WAIT)

    async def text(self, selector: str) -> str:
        return str(await self.page.text_content(selector, timeout=WAIT) or "")

    async def question(self, index: int) -> None:
        await self.shown("question")
        await self.page.wait_for_function(
            "i => document.querySelector('#q-head').textContent.startsWith('Vraag ' + i + ' ')",
            arg=index + 1, timeout=WAIT,
        )

    async def choose(self, text: str) -> None:
        await self.page.locator("button[data-choice]", has_text=text).first.click(timeout=WAIT)

    async def sent(self) -> None:
        await self.page.wait_for_function(
            "() => document.querySelector('#q-note').textContent.includes('Antwoord verstuurd')",
            timeout=WAIT,
        )

    def outside(self) -> list[str]:
        allowed = (self.base, self.base.replace("http://", "ws://"), "data:")
        return [url for url in self.requests if not url.startswith(allowed)]
