"""The question with large answer keys: picks the answer and posts
:class:`QuestionView.Answered` to the screen, which sends it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, ProgressBar, Static

from cjtrainer.classroom.server_messages import Option, Question
from cjtrainer.i18n import t
from cjtrainer.ui.text import plain

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def true_false(kind: str, option_id: str) -> str:
    """What a true/false id says, in this app's language (the host sends only the id)."""
    return t(f"classroom.{option_id}") if kind == "truefalse" else option_id


class QuestionView(Vertical):
    """The question with large answer keys; picks and sends the answer."""

    @dataclass
    class Answered(Message):
        """Send this answer (its wire shape) to question ``index``."""

        index: int
        answer: dict[str, object]

    def __init__(self, *, id: str, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.question: Question | None = None
        self.deadline = 0.0  # monotonic
        self.picked: list[str] = []
        self.answered = False

    def compose(self) -> ComposeResult:
        yield Static("", id="q-head")
        yield ProgressBar(total=100, show_eta=False, show_percentage=False, id="q-bar")
        yield Static("", id="q-prompt")
        yield Vertical(id="q-options")
        yield Input(placeholder=t("classroom.join.type"), id="q-text", max_length=200)
        yield Static("", id="q-order")
        yield Static("", id="q-hint")

    def options(self) -> tuple[Option, ...]:
        """What can be picked: the choices (true/false in this app's words) or the items."""
        q = self.question
        if q is None:
            return ()
        if q.kind == "truefalse":
            return tuple(Option(i, true_false(q.kind, i)) for i in ("true", "false"))
        return q.choices or q.items

    def ask(self, question: Question, deadline: float) -> None:
        self.question = question
        self.picked = []
        self.answered = question.answered
        self.deadline = deadline
        self.query_one("#q-head", Static).update(plain(t(
            "classroom.join.q.head", index=question.index + 1, total=question.total,
        )))
        self.query_one("#q-prompt", Static).update(plain(question.prompt))
        options = self.query_one("#q-options", Vertical)
        options.remove_children()
        if question.kind in ("choice", "truefalse", "order"):
            options.mount_all(
                Button(Content(f"{self._key_for(o.id).upper()}   {o.text}"), name=o.id,
                       classes="opt")
                for o in self.options()
            )
        text_input = self.query_one("#q-text", Input)
        text_input.display = question.kind == "typed"
        text_input.value = ""
        self.query_one("#q-order", Static).update("")
        self._update_hint()
        if self.answered:
            self.acknowledged(question.index)
        elif question.kind == "typed":
            text_input.focus()

    def _key_for(self, option_id: str) -> str:
        if self.question and self.question.kind == "truefalse":
            return "a" if option_id == "true" else "b"
        return option_id

    def _update_hint(self) -> None:
        q = self.question
        if self.answered:
            hint = t("classroom.join.q.answered")
        elif q is not None and q.kind == "typed":
            hint = t("classroom.join.q.hint.typed")
        elif q is not None and q.kind == "order":
            hint = t("classroom.join.q.hint.order")
            shown = {o.id: o.text for o in q.items}
            order = Text()
            for number, option in enumerate(self.picked, start=1):
                order.append(f"{number}. ", style="bold")
                order.append(shown.get(option, option) + "\n")
            self.query_one("#q-order", Static).update(order)
        elif q is not None and q.multiple:
            hint = t("classroom.join.q.hint.multiple")
        else:
            hint = t("classroom.join.q.hint.choice")
        self.query_one("#q-hint", Static).update(plain(hint))
        for button in self.query(".opt").results(Button):
            button.set_class((button.name or "") in self.picked, "-picked")

    def acknowledged(self, index: int) -> None:
        """The host has this student's answer to question ``index``."""
        if self.question is None or index != self.question.index:
            return
        self.answered = True
        self.query_one("#q-text", Input).display = False
        for button in self.query(".opt").results(Button):
            button.disabled = True
        self._update_hint()

    def tick(self, now: float) -> None:
        q = self.question
        if q is None:
            return
        left = max(0.0, self.deadline - now)
        self.query_one("#q-bar", ProgressBar).update(total=q.time_ms or 1, progress=left * 1000)
        head = t("classroom.join.q.head", index=q.index + 1, total=q.total)
        self.query_one("#q-head", Static).update(
            plain(f"{head}   ·   {t('classroom.join.q.left', seconds=int(left + 0.999))}")
        )

    def key(self, key: str) -> bool:
        """A key pressed while no field has the focus; ``True`` when it was used."""
        q = self.question
        if q is None or self.answered or q.kind == "typed":
            return False
        ids = [o.id for o in self.options()]
        chosen: str | None = None
        if q.kind == "truefalse" and key in ("a", "b", "1", "2"):
            chosen = "true" if key in ("a", "1") else "false"
        elif len(key) == 1 and key in LETTERS and key in ids:
            chosen = key
        elif key.isdigit() and 1 <= int(key) <= len(ids):
            chosen = ids[int(key) - 1]
        if chosen is not None:
            self.pick(chosen)
        elif key == "backspace" and self.picked:
            self.picked.pop()
            self._update_hint()
        elif key == "enter" and q.kind in ("choice", "order"):
            self._submit_picked()
        else:
            return False
        return True

    @on(Button.Pressed, ".opt")
    def _button(self, event: Button.Pressed) -> None:
        event.stop()
        self.pick(event.button.name or "")

    def pick(self, option: str) -> None:
        q = self.question
        if q is None or self.answered:
            return
        if q.kind == "truefalse" or (q.kind == "choice" and not q.multiple):
            self._send({"choice": option})
            return
        if option in self.picked:
            if q.kind == "choice":
                self.picked.remove(option)
        else:
            self.picked.append(option)
        self._update_hint()
        if q.kind == "order" and len(self.picked) == len(self.options()):
            self._send({"order": list(self.picked)})

    def _submit_picked(self) -> None:
        if not self.picked or self.question is None:
            return
        if self.question.kind == "order":
            if len(self.picked) == len(self.options()):
                self._send({"order": list(self.picked)})
        else:
            self._send({"choice": list(self.picked)})

    @on(Input.Submitted, "#q-text")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self._send({"text": event.value.strip()})

    def _send(self, answer: dict[str, object]) -> None:
        if self.question is not None:
            self.post_message(self.Answered(self.question.index, answer))
