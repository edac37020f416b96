"""What the student looks at between questions: the waiting room, the result of a
question, the standings and the end. Shown from the host's messages; they send nothing."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from cjtrainer.classroom.server_messages import End, Leaderboard, Reveal, top_ranks
from cjtrainer.i18n import t
from cjtrainer.ui.classroom.board import Line, Standings
from cjtrainer.ui.classroom.join.question import true_false
from cjtrainer.ui.text import plain


class WaitView(Vertical):
    """The lobby, "answered, waiting", a late join, a place being taken back."""

    def compose(self) -> ComposeResult:
        yield Static("", id="w-text", classes="big")
        yield Static("", id="w-players")

    def show(self, text: str, players: str = "") -> None:
        self.query_one("#w-text", Static).update(plain(text))
        self.query_one("#w-players", Static).update(plain(players))


class RevealView(Vertical):
    """This student's result of a question, with the right answer and the explanation."""

    def compose(self) -> ComposeResult:
        yield Static("", id="r-result")
        yield Static("", id="r-answer")
        yield Static("", id="r-explain")
        yield Static("", id="r-score", classes="big")

    def show(self, reveal: Reveal) -> None:
        widget = self.query_one("#r-result", Static)
        text = t(f"classroom.join.r.{reveal.result}", points=reveal.points)
        if reveal.verdict == "typo":
            text += "  " + t("classroom.join.r.typo")
        widget.update(plain(text))
        for name in ("-right", "-wrong", "-partial"):
            widget.remove_class(name)
        widget.add_class({"correct": "-right", "partial": "-partial"}.get(reveal.result,
                                                                         "-wrong"))
        answer = true_false(reveal.kind, reveal.correct_text)
        self.query_one("#r-answer", Static).update(plain(t("classroom.join.r.answer",
                                                           answer=answer)))
        self.query_one("#r-explain", Static).update(plain(reveal.explain or "", "italic"))
        self.query_one("#r-score", Static).update(plain(t(
            "classroom.join.r.score", score=reveal.score, rank=reveal.rank,
            players=reveal.players,
        )))


class StandingsView(Vertical):
    """The standings between questions: the best five and this student's place."""

    def compose(self) -> ComposeResult:
        yield Static("", id="b-title", classes="big")
        yield Standings(id="b-top", score_style="")
        yield Static("", id="b-you", classes="big")

    def show(self, board: Leaderboard, me: str) -> None:
        self.query_one("#b-title", Static).update(plain(t("classroom.join.b.title")))
        # the ranks the host shows: equal scores share one (1, 1, 3), as in "plaats N"
        self.query_one("#b-top", Standings).show(
            Line(f"{rank}.", entry.name, entry.score, entry.name == me)
            for rank, entry in zip(top_ranks(board.top), board.top, strict=True)
        )
        self.query_one("#b-you", Static).update(plain(t(
            "classroom.join.b.you", rank=board.you.rank, score=board.you.score,
        )))


class EndView(Vertical):
    """The podium and this student's result; after the board: where the touchpoints went."""

    def compose(self) -> ComposeResult:
        yield Static(t("classroom.join.end.title"), classes="big", id="e-title")
        yield Standings(id="e-podium", rank_style="", name_style="bold", score_style="")
        yield Static("", id="e-you", classes="big")

    def show(self, end: End) -> None:
        self.query_one("#e-podium", Standings).show(
            Line(("🥇", "🥈", "🥉")[max(1, min(3, entry.rank or 3)) - 1], entry.name,
                 entry.score)
            for entry in end.podium
        )
        you = end.you
        key = "classroom.join.e.you" if you.questions != 0 else "classroom.join.e.you.none"
        self.query_one("#e-you", Static).update(plain(t(
            key, rank=you.rank, score=you.score, correct=you.correct, questions=you.questions,
        )))

    def show_handback(self, title: str, text: str) -> None:
        """The board's end: its title, no podium, and what became of the touchpoints."""
        self.query_one("#e-title", Static).update(plain(title))
        self.query_one("#e-podium", Standings).show([])
        self.query_one("#e-you", Static).update(plain(text))
