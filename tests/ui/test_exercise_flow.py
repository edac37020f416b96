"""The exercise screens driven with Pilot: the whole flow, resume after quitting, export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.widgets import Button, Input, Static, TextArea

from cjtrainer import config
from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import Exercise
from cjtrainer.exercise.model import MAX_ANSWER, Mark, Step
from cjtrainer.exercise.store import ExerciseStore
from cjtrainer.ui.exercise.assess import AssessStep
from cjtrainer.ui.exercise.compare import CompareStep
from cjtrainer.ui.exercise.result import ExportModal, ResultStep
from cjtrainer.ui.exercise.screen import ConfirmModal, ExerciseApp
from cjtrainer.ui.exercise.widgets import AnswerInput, ChoiceBar
from cjtrainer.ui.exercise.writing import WritingStep
from tests.ui.driver import wait_until

DATA = Path(__file__).parent.parent / "data" / "exercises"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def teacher_exercise() -> Exercise:
    result = load_file(DATA / "fietsenwinkel.yaml")
    assert result.exercise is not None, result.problems
    return result.exercise


async def begin_writing(pilot) -> AnswerInput:  # type: ignore[no-untyped-def]
    """From the intro to the first answer field, waiting for each: on a busy machine the
    intro's button, and after enter the writing step, can take longer than one pause."""
    app = pilot.app
    await wait_until(pilot, lambda: app.screen.query("#intro-start").first().has_focus,
                     "the intro's start button")
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.focused, AnswerInput), "the first answer field")
    return app.focused


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*[c if c != " " else "space" for c in text])


async def test_whole_flow_from_intro_to_export(tmp_path: Path) -> None:
    exercise = teacher_exercise()
    clock = Clock()
    app = ExerciseApp(exercise, tmp_path / "data", clock, export_dir=tmp_path / "out")
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_writing(pilot)  # the intro's start button has the focus; enter
        step = app.screen.query_one(WritingStep)
        # phase 1: two fields; Enter starts a new line, Tab goes to the next field and
        # page down to phase 2
        await type_text(pilot, "folder [b]in[/b]")
        await pilot.press("enter")
        await type_text(pilot, "de bus")
        await pilot.press("tab")
        await type_text(pilot, "reviews op google")
        await pilot.press("pagedown")
        await pilot.pause()
        assert step.session.attempt.answers[0] == ("folder [b]in[/b]\nde bus",
                                                   "reviews op google")
        assert step.section_index == 1
        fields = list(app.screen.query(AnswerInput))
        assert len(fields) == 4 and fields[0].has_focus
        await type_text(pilot, "sms als de fiets klaar is")
        await pilot.press("tab", "tab", "tab")  # two fields left empty on purpose
        await type_text(pilot, "klantenkaart")
        await pilot.press("ctrl+t")  # pause the timer: nothing breaks, nothing submits
        clock.now += timedelta(minutes=30)
        await pilot.pause()
        assert app.screen.query_one(WritingStep)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "2 van de 6" in str(app.screen.query_one("#confirm-text", Static).render())
        # with fields empty the default is to keep writing: one Enter too many hands nothing in
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, ConfirmModal), "no")
        assert app.screen.query_one(WritingStep)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the question")
        await pilot.press("tab", "enter")  # "Inleveren", chosen
        await wait_until(pilot, lambda: app.screen.query(CompareStep), "comparing")
        # comparing: the closest model answer is marked with the number of the answer
        compare = app.screen.query_one(CompareStep)
        hits = [str(w.query_one(".compare-body", Static).render())
                for w in app.screen.query("#compare-models .-hit")]
        assert hits == ["Een folder van de winkel in de brievenbus.  ◀ 1",
                        "Reviews van de winkel op Google Maps.  ◀ 2"]
        await pilot.press("pagedown")
        await pilot.pause()
        assert compare.section == 1
        await pilot.press("ctrl+s")
        await pilot.pause()
        assess = app.screen.query_one(AssessStep)
        # the empty fields are already 'nog niet' and cannot be changed
        assert not app.screen.query("#mark-1-1").filter("ChoiceBar")
        assert "telt als Nog niet" in str(app.screen.query_one("#mark-1-1", Static).render())
        await pilot.press("ctrl+s")  # not everything judged yet: stays here
        await pilot.pause()
        assert app.screen.query_one(AssessStep) is assess
        assert app.screen.query_one("#mark-0-0", ChoiceBar).has_focus
        first = assess.session.exercise.sections[0].title  # named, where the focus went
        assert any(f"Eerst: {first}, antwoord 1." in n.message for n in app._notifications)
        # answers: 3 = Goed, 2 = Deels (keys go from low to high, like the rubric's)
        await pilot.press("3", "tab", "2", "tab", "3", "tab", "right")  # right: the first, Nog niet
        await pilot.pause()
        await pilot.press("tab", "3", "tab", "2", "tab")  # rubric: Goed, Voldoende
        await pilot.pause()
        assert app.screen.query_one("#reflection", TextArea).has_focus
        await type_text(pilot, "Ik vergat de fase na de aankoop.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        result = app.screen.query_one(ResultStep)
        session = result.session
        assert session.step is Step.DONE
        assert session.attempt.marks == (
            (Mark.GOED, Mark.DEELS), (Mark.GOED, Mark.NOG_NIET, Mark.NOG_NIET, Mark.NOG_NIET),
        )
        # answers (1 + .5 + 1) / 6 = 41.7%, rubric (2/2 + 1/2) / 2 = 75%: self-score 58%
        score_text = str(app.screen.query_one("#result-score", Static).render())
        assert session.attempt.rubric == (2, 1), session.attempt.rubric
        assert "58%" in score_text
        await pilot.press("e")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ExportModal)
        assert modal.query_one("#export-name", Input).has_focus
        await type_text(pilot, "Sam de Vries")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportModal)
    written = list((tmp_path / "out").glob("*.md"))
    assert [p.name for p in written] == ["fietsenwinkel-sam-de-vries-2026-11-22.md"]
    text = written[0].read_text(encoding="utf-8")
    # the answer's second line stays in its list item, indented under its text
    assert "1. folder \\[b\\]in\\[/b\\]  \n   de bus — **Goed**" in text
    for expected in ("Sam de Vries", "reviews op google",
                     "sms als de fiets klaar is", "klantenkaart", "**Goed**", "**Deels**",
                     "**Nog niet**", "**Voldoende** (2/3)", "58%",
                     "Ik vergat de fase na de aankoop."):
        assert expected in text, expected
    assert config.load().student_name == "Sam de Vries"  # remembered for next time
    # and the store keeps where it went, for `cjtrainer exercise history`
    [kept] = ExerciseStore(tmp_path / "data").history()
    assert kept.export_path == written[0].resolve()


async def test_quit_while_writing_and_resume_with_text_intact(tmp_path: Path) -> None:
    exercise = teacher_exercise()
    data = tmp_path / "data"
    app = ExerciseApp(exercise, data, Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_writing(pilot)
        await type_text(pilot, "folder")
        await pilot.press("pagedown")
        await pilot.pause()
        await type_text(pilot, "sms van de winkel")
        await pilot.press("ctrl+q")  # quit in the middle of a field, no save button
    assert app.return_code == 0

    again = ExerciseApp(exercise, data, Clock())
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        step = again.screen.query_one(WritingStep)  # straight back to writing, no intro
        assert step.section_index == 1
        fields = list(again.screen.query(AnswerInput))
        assert fields[0].value == "sms van de winkel"
        assert fields[1].has_focus  # the first empty field
        await pilot.press("pageup")
        await pilot.pause()
        assert again.screen.query_one(AnswerInput).value == "folder"


async def test_long_paste_is_capped_without_losing_the_draft(tmp_path: Path) -> None:
    exercise = teacher_exercise()
    data = tmp_path / "data"
    app = ExerciseApp(exercise, data, Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_writing(pilot)
        await type_text(pilot, "begin ")
        from textual import events

        field = app.screen.query_one(AnswerInput)
        field.post_message(events.Paste("regel een\r\nregel twee\n" + "x" * 10_000))
        await pilot.pause()
        assert field.value.startswith("begin regel een\nregel twee\nxxx")  # lines kept
        assert len(field.value) == MAX_ANSWER
    attempt = ExerciseStore(data).latest("fietsenwinkel")
    assert attempt is not None and attempt.answers[0][0] == field.value


async def test_screen_pushed_from_another_app_returns_there(tmp_path: Path) -> None:
    from textual.app import App
    from textual.widgets import Label

    from cjtrainer.ui.exercise.screen import ExerciseScreen

    class Home(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Label("home", id="home")

    exercise = teacher_exercise()
    app = Home()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ExerciseScreen(exercise, tmp_path / "data", Clock()))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, "folder")
        await pilot.press("escape")  # back home; the draft is on disk
        await pilot.pause()
        assert app.screen.query_one("#home", Label)
        await app.push_screen(ExerciseScreen(exercise, tmp_path / "data", Clock()))
        await pilot.pause()
        assert app.screen.query_one(AnswerInput).value == "folder"


async def test_unusable_data_folder_is_a_message_not_a_crash(tmp_path: Path) -> None:
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    app = ExerciseApp(teacher_exercise(), blocked, Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("kan niet worden gebruikt" in m for m in notes), notes


async def test_countdown_runs_past_zero_and_never_submits(tmp_path: Path) -> None:
    from msgspec.structs import replace

    clock = Clock()
    app = ExerciseApp(replace(teacher_exercise(), minutes=1), tmp_path / "data", clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_writing(pilot)
        step = app.screen.query_one(WritingStep)
        timer = app.screen.query_one("#write-timer", Static)
        assert "nog 01:00" in str(timer.render())
        clock.now += timedelta(seconds=90)
        step.refresh_timer()
        assert "tijd om (+00:30)" in str(timer.render())
        assert timer.has_class("-over")
        await pilot.press("ctrl+t")
        clock.now += timedelta(seconds=600)
        step.refresh_timer()
        assert str(timer.render()).endswith("(+00:30), schrijf rustig verder (gepauzeerd)")
        assert app.screen.query_one(WritingStep) is step  # still writing


async def test_picker_in_another_app_lists_and_opens_exercises(tmp_path: Path) -> None:
    from msgspec.structs import replace
    from textual.app import App
    from textual.widgets import Label, OptionList

    from cjtrainer.ui.exercise.picker import ExercisePickerScreen, open_exercises
    from cjtrainer.ui.exercise.screen import ExerciseScreen

    class Home(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Label("home", id="home")

    first = teacher_exercise()
    second = replace(first, id="tweede", title="Andere [i]oefening[/i]")
    app = Home()
    async with app.run_test(size=(80, 24)) as pilot:
        open_exercises(app, [], tmp_path / "data")
        await pilot.pause()
        assert app.screen.query_one("#home", Label)  # nothing to open: a notice only
        open_exercises(app, [first, second], tmp_path / "data", Clock())
        await pilot.pause()
        assert isinstance(app.screen, ExercisePickerScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2
        assert "Andere [i]oefening[/i]" in str(options.get_option_at_index(0).prompt)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen) and app.screen.exercise.id == "fietsenwinkel"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ExercisePickerScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#home", Label)


async def test_a_long_answer_wraps_instead_of_scrolling_sideways(tmp_path: Path) -> None:
    exercise = teacher_exercise()
    data = tmp_path / "data"
    long = "de winkel stuurde een sms toen de fiets klaar was en later een mail met tips"
    app = ExerciseApp(exercise, data, Clock())
    async with app.run_test(size=(60, 20)) as pilot:
        await begin_writing(pilot)
        field = app.screen.query_one(AnswerInput)
        await type_text(pilot, long)
        await pilot.pause()
        assert field.value == long
        assert field.content_region.height >= 2  # the field grew: the text wraps
        assert field.max_scroll_x == 0 and field.scroll_x == 0  # nothing scrolled sideways
        height = field.content_region.height
        # the focused field names its keys: Enter is a new line there, not "next"
        assert "Enter nieuwe regel" in str(field.border_subtitle)
        await pilot.press("enter")  # a line break, in the same field
        await type_text(pilot, "tweede regel")
        await pilot.pause()
        assert field.has_focus and field.value == long + "\ntweede regel"
        assert field.content_region.height > height  # it grew by the new line
        # the draft on disk has the line break at once
        draft = ExerciseStore(data).latest("fietsenwinkel")
        assert draft is not None and draft.answers[0][0] == long + "\ntweede regel"
        await pilot.press("tab")  # tab and shift+tab move between fields
        await pilot.pause()
        fields = list(app.screen.query(AnswerInput))
        assert fields[1].has_focus and not field.border_subtitle
        await pilot.press("shift+tab")
        await pilot.pause()
        assert fields[0].has_focus


async def test_typing_past_the_cap_keeps_the_capped_text_and_says_so(tmp_path: Path) -> None:
    exercise = teacher_exercise()
    data = tmp_path / "data"
    app = ExerciseApp(exercise, data, Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_writing(pilot)
        field = app.screen.query_one(AnswerInput)
        field.value = "x" * MAX_ANSWER
        await pilot.pause()
        await pilot.press("end", "y")
        await pilot.pause()
        assert field.value == "x" * MAX_ANSWER
        assert any(str(MAX_ANSWER) in n.message for n in app._notifications)
    attempt = ExerciseStore(data).latest("fietsenwinkel")
    assert attempt is not None and attempt.answers[0][0] == "x" * MAX_ANSWER


async def test_keys_typed_in_one_burst_follow_tab_to_the_next_field(tmp_path: Path) -> None:
    """A fast typist (or tmux send-keys, or a paste through the terminal) sends
    "eerste<Tab>tweede" before the app has moved the focus: each word still lands in its
    own field, because Tab moves the focus the moment it arrives."""
    from textual import events

    app = ExerciseApp(teacher_exercise(), tmp_path / "data", Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_writing(pilot)
        driver = app._driver
        assert driver is not None
        for key in ["e", "e", "n", "tab", "t", "w", "e", "e", "shift+tab", "!"]:
            event = events.Key(key, key if len(key) == 1 else None)
            event.set_sender(app)
            driver.send_message(event)  # all at once, no waiting in between
        await pilot.pause()
        first, second = list(app.screen.query(AnswerInput))
        assert (first.value, second.value) == ("een!", "twee")


def at_assess(data: Path, reflection: str = "") -> None:
    """An attempt at the self-assessment with every answer and criterion judged."""
    from cjtrainer.exercise.session import ExerciseSession

    store = ExerciseStore(data)
    session = ExerciseSession.begin(store, teacher_exercise(), Clock())
    session.set_answer(0, 0, "folder")
    session.submit()
    session.to_assess()
    session.set_mark(0, 0, Mark.GOED)
    for k in range(len(session.exercise.rubric)):
        session.set_rubric(k, 1)
    session.set_reflection(reflection)
    session.close()
    store.close()


async def test_steps_ask_the_screen_to_confirm_begin_again_and_close(tmp_path: Path) -> None:
    """The step messages reach the screen: finishing without a reflection asks first (no
    is the default and goes back to the reflection), "Opnieuw" begins a new attempt,
    "Sluiten" closes the exercise."""
    data = tmp_path / "data"
    at_assess(data)
    app = ExerciseApp(teacher_exercise(), data, Clock(), export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        # Each step is waited for: a confirmation's answer reaches the screen through the
        # modal's dismissal, and the next step is mounted after the old one is removed.
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the question")
        await pilot.press("enter")  # the default: no, write a reflection
        await wait_until(pilot, lambda: not isinstance(app.screen, ConfirmModal), "no")
        await pilot.pause()
        assert app.screen.query_one("#reflection", TextArea).has_focus
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the question")
        app.screen.query_one("#confirm-yes", Button).press()
        await wait_until(pilot, lambda: app.screen.query(ResultStep), "the result step")
        result = app.screen.query_one(ResultStep)
        assert result.session.step is Step.DONE
        first = result.session.attempt.id
        app.screen.query_one("#result-again", Button).press()
        await wait_until(pilot, lambda: app.screen.query(WritingStep), "the writing step")
        writing = app.screen.query_one(WritingStep)
        assert writing.session.attempt.id != first
        assert all(not a for row in writing.session.attempt.answers for a in row)
        assert app.return_code is None
        await pilot.press("escape")  # leaving the exercise ends `exercise start`
        await pilot.pause()
        assert app.return_code == 0
    [done, new] = ExerciseStore(data).history()
    assert (done.step, new.step) == (Step.DONE, Step.WRITING)


async def test_close_on_the_result_closes_the_exercise(tmp_path: Path) -> None:
    from textual import events

    data = tmp_path / "data"
    at_assess(data, reflection="klaar")
    app = ExerciseApp(teacher_exercise(), data, Clock(), export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        # the mouse leaving a widget is also called Leave: it must not close anything
        app.screen.post_message(events.Leave(app.screen))
        await pilot.pause()
        assert app.screen.query_one(ResultStep)
        assert app.return_code is None
        app.screen.query_one("#result-close", Button).press()
        await pilot.pause()
        assert app.return_code == 0
