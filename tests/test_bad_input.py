"""Every class of bad input gets a clear message naming the file, the place and
the problem; the CLI exits with status 2 and writes nothing."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from readiness_app.core import AnswersError, QuestionnaireError, load_ruleset
from readiness_app.core.session import assess_file
from tests.helpers import EXAMPLES, ROOT, run_cli

BAD = Path(__file__).parent / "data" / "bad"
BAD_QUESTIONNAIRES = yaml.safe_load((BAD / "questionnaires" / "expected.yaml").read_text())
BAD_ANSWERS = yaml.safe_load((BAD / "answers" / "expected.yaml").read_text())


@pytest.mark.parametrize("name", sorted(BAD_QUESTIONNAIRES))
def test_broken_questionnaire_is_refused_with_a_located_message(name):
    path = BAD / "questionnaires" / name
    with pytest.raises(QuestionnaireError) as caught:
        load_ruleset(path)
    message = caught.value.render()
    assert BAD_QUESTIONNAIRES[name] in message
    assert name in message or "rules-unknown-question.yaml" in message


@pytest.mark.parametrize("name", sorted(BAD_ANSWERS))
def test_bad_answers_are_refused_with_a_located_message(name):
    path = BAD / "answers" / name
    with pytest.raises(AnswersError) as caught:
        assess_file(path)
    message = caught.value.render()
    assert BAD_ANSWERS[name] in message
    assert str(path) in message


def test_questionnaire_errors_give_the_line():
    with pytest.raises(QuestionnaireError) as caught:
        load_ruleset(BAD / "questionnaires" / "min-above-max.yaml")
    assert "min-above-max.yaml:8:" in caught.value.render()  # the question starts on line 8


def test_all_missing_answers_are_listed_at_once():
    with pytest.raises(AnswersError) as caught:
        assess_file(BAD / "answers" / "missing-required.yaml")
    message = caught.value.render()
    for qid in ("hiring_market", "retraining", "reproducibility", "executive_sponsor", "interview_process_defined"):
        assert qid in message


def test_unreadable_answers_file(tmp_path):
    with pytest.raises(AnswersError, match="no such file"):
        assess_file(tmp_path / "missing.yaml")
    with pytest.raises(AnswersError, match="is a folder"):
        assess_file(tmp_path)


@pytest.mark.parametrize("name", sorted(BAD_ANSWERS))
def test_cli_exits_2_without_traceback_and_writes_nothing(tmp_path, name):
    out_json = tmp_path / "result.json"
    proc = run_cli("assess", str(BAD / "answers" / name), "--json", str(out_json))
    assert proc.returncode == 2, proc.stderr
    assert BAD_ANSWERS[name] in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert not out_json.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(BAD_QUESTIONNAIRES))
def test_cli_refuses_a_broken_questionnaire(tmp_path, name):
    path = BAD / "questionnaires" / name
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2
    assert BAD_QUESTIONNAIRES[name] in proc.stderr
    assert "Traceback" not in proc.stderr
    out_json = tmp_path / "r.json"
    proc = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--questionnaire", str(path),
                   "--json", str(out_json))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert not out_json.exists()


def test_cli_refuses_an_unwritable_output_folder(tmp_path):
    proc = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--json",
                   str(tmp_path / "no" / "such" / "folder" / "r.json"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr


def test_cli_keeps_an_existing_result_when_the_answers_are_bad(tmp_path):
    out_json = tmp_path / "result.json"
    out_json.write_text("previous result")
    proc = run_cli("assess", str(BAD / "answers" / "wrong-type.yaml"), "--json", str(out_json))
    assert proc.returncode == 2
    assert out_json.read_text() == "previous result"


# -- reading is bounded -------------------------------------------------------------------

def _run_cli_bounded(*args: str, seconds: float = 30) -> subprocess.CompletedProcess:
    """The CLI in a child that may use at most 1 GB and ``seconds`` (a reader that blocks or grows
    without limit fails the test instead of hanging it or exhausting the machine)."""
    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "readiness_app", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=seconds, preexec_fn=limit)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    with pytest.raises(AnswersError, match="is not a regular file \\(it is a named pipe\\)"):
        assess_file(fifo)
    proc = _run_cli_bounded("assess", str(fifo), "--json", str(tmp_path / "r.json"))
    assert proc.returncode == 2 and "is not a regular file" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r.json").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused_without_reading_it(tmp_path):
    with pytest.raises(AnswersError, match="is not a regular file \\(it is a device\\)"):
        assess_file("/dev/zero")
    proc = _run_cli_bounded("assess", "/dev/zero")
    assert proc.returncode == 2 and "is not a regular file (it is a device)" in proc.stderr


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "client.json"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(AnswersError, match="is not a regular file \\(it is a socket\\)"):
            assess_file(path)
    finally:
        server.close()


def test_a_file_larger_than_its_stated_size_is_cut_off_at_the_limit(tmp_path, monkeypatch):
    """A file that grows while it is read (or a size the file system gets wrong) is read no further
    than the limit: the reader counts what it reads instead of trusting the size it was told."""
    from readiness_app.core.datafile import MAX_FILE_BYTES

    path = tmp_path / "growing.yaml"
    with path.open("w") as handle:
        handle.write("answers:\n  company_name: x\n")
        handle.write("# " + "x" * (MAX_FILE_BYTES + 10) + "\n")
    real_stat, real_fstat = os.stat, os.fstat

    def small(result: os.stat_result) -> os.stat_result:
        fields = list(result)
        fields[stat.ST_SIZE] = 100
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: small(real_stat(p, *a, **k)) if str(p) == str(path)
                        else real_stat(p, *a, **k))
    monkeypatch.setattr(os, "fstat", lambda fd: small(real_fstat(fd)))
    with pytest.raises(AnswersError, match="is over 16 MB, far too large"):
        assess_file(path)


def test_a_kilobyte_alias_bomb_fails_at_once(tmp_path):
    """Nine levels of nine aliases: read as it is written, the file holds 387 million items."""
    text = ["format: readiness-app/assessment", "questionnaire: mlops-readiness", "answers: {}", "metadata:",
            "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        text.append(f"  {name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(text) + "\n")
    assert path.stat().st_size < 1024
    with pytest.raises(AnswersError) as caught:  # refused at the first alias, before anything is expanded
        assess_file(path)
    assert "bomb.yaml:6: an alias (*name) or a merge (<<)" in caught.value.render()


def test_a_file_with_thousands_of_problems_is_parsed_once(tmp_path, monkeypatch):
    """Finding the line of each problem must not parse the file again for each one."""
    import yaml

    lines = ["answers: {}"] + [f"unknown_key_{i}: {i}" for i in range(3000)]
    path = tmp_path / "many.yaml"
    path.write_text("\n".join(lines) + "\n")
    composed = []
    real = yaml.compose
    monkeypatch.setattr(yaml, "compose", lambda *a, **k: composed.append(1) or real(*a, **k))
    with pytest.raises(AnswersError) as caught:
        assess_file(path)
    assert len(composed) <= 1  # parsing once per problem took minutes
    message = caught.value.render()
    assert "many.yaml: 3000 problems" in message
    assert "line 3001: unknown_key_2999: unknown key" in message or "... and 2800 more" in message
    assert message.count("\n") < 250  # the first 200 are listed, the rest counted


def test_deep_nesting_beyond_what_the_parsers_take_is_a_clear_message(tmp_path):
    for name, text in (("deep.json", '{"answers":\n' + "[" * 100_000 + "]" * 100_000 + "}"),
                       ("deep.yaml", "answers:\n  x: " + "[" * 100_000 + "]" * 100_000 + "\n")):
        path = tmp_path / name
        path.write_text(text)
        with pytest.raises(AnswersError) as caught:
            assess_file(path)
        assert f"{name}:2: is nested more than 64 levels deep" in caught.value.render()

