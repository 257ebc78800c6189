"""Saving respects the user's files: the old file survives any failure, a save
keeps the file's mode, owner and symbolic link, a new file gets the user's
umask, text that cannot be saved is a clear error, and a real read-only folder
or full disk is a clear error that leaves nothing behind."""

from __future__ import annotations

import os
import stat

import pytest

from readiness_app.core import OutputError
from readiness_app.core.session import assess_file
from readiness_app.core.storage import atomic_write_json, atomic_write_text
from tests.folders import listing
from tests.helpers import EXAMPLES

SCALEUP = EXAMPLES / "scaleup-all-signals.yaml"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    """Set the process umask for one test (tests run on one thread here)."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


@pytest.mark.parametrize("shared_mode", [0o664, 0o644, 0o640, 0o444], ids=oct)
def test_a_save_keeps_the_mode_of_the_file_it_replaces(tmp_path, umask, shared_mode):
    umask(0o077)  # the umask plays no part for an existing file
    target = tmp_path / "client.json"
    target.write_text("before")
    os.chmod(target, shared_mode)
    atomic_write_text(target, "after")
    assert target.read_text() == "after"
    assert mode(target) == shared_mode


@pytest.mark.parametrize("user_umask", [0o022, 0o002, 0o027, 0o077], ids=oct)
def test_a_new_file_gets_the_users_umask(tmp_path, umask, user_umask):
    umask(user_umask)
    target = tmp_path / "report.json"
    atomic_write_text(target, "{}")
    assert mode(target) == 0o666 & ~user_umask


def test_a_save_through_a_symbolic_link_replaces_its_target(tmp_path):
    real = tmp_path / "clients" / "acme.json"
    real.parent.mkdir()
    real.write_text("before")
    os.chmod(real, 0o664)
    link = tmp_path / "acme-current.json"
    link.symlink_to(real)
    atomic_write_text(link, "after")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "after" and link.read_text() == "after"
    assert mode(real) == 0o664
    assert sorted(p.name for p in real.parent.iterdir()) == ["acme.json"]  # no temporary file left


def test_a_save_through_a_relative_link_to_another_folder(tmp_path):
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "acme.json").write_text("before")
    (tmp_path / "me").mkdir()
    link = tmp_path / "me" / "acme.json"
    link.symlink_to("../shared/acme.json")
    atomic_write_text(link, "after")
    assert link.is_symlink()
    assert (tmp_path / "shared" / "acme.json").read_text() == "after"
    assert listing(tmp_path / "me") == ["acme.json"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
def test_a_save_keeps_the_owner_of_the_file(tmp_path):
    target = tmp_path / "client.json"
    target.write_text("before")
    os.chown(target, 1234, 2345)
    atomic_write_text(target, "after")
    st = os.stat(target)
    assert (st.st_uid, st.st_gid) == (1234, 2345)


def test_text_that_cannot_be_encoded_is_a_clear_error_and_nothing_is_written(tmp_path):
    target = tmp_path / "client.json"
    target.write_text("yesterday's work")
    with pytest.raises(OutputError, match=r"U\+DC80.*Nothing was written"):
        atomic_write_text(target, "Acme \udc80 SAS")
    assert target.read_text() == "yesterday's work"
    assert listing(tmp_path) == ["client.json"]


def test_a_result_with_unencodable_text_names_the_field_and_writes_nothing(tmp_path):
    result = assess_file(SCALEUP).result
    bad = result.model_copy(update={"company_name": "Acme \ud800"})
    target = tmp_path / "result.json"
    target.write_text("previous result")
    with pytest.raises(OutputError) as caught:
        atomic_write_json(target, bad)
    message = str(caught.value)
    assert "company_name" in message and "U+D800" in message
    assert target.read_text() == "previous result"
    assert listing(tmp_path) == ["result.json"]


def test_saving_in_a_read_only_folder_is_a_clear_error_and_leaves_nothing(readonly_dir):
    from readiness_app.report import write_report

    folder = readonly_dir({"report.pdf": b"%PDF-1.4 last week", "result.json": "last week"})
    result = assess_file(SCALEUP).result
    with pytest.raises(OutputError, match="not writable"):
        atomic_write_json(folder / "result.json", result)
    with pytest.raises(OutputError, match="not writable"):
        write_report(result, folder / "report.pdf")
    with pytest.raises(OutputError, match="not writable"):
        atomic_write_text(folder / "new.json", "{}")
    assert (folder / "report.pdf").read_bytes() == b"%PDF-1.4 last week"
    assert (folder / "result.json").read_text() == "last week"
    assert listing(folder) == ["report.pdf", "result.json"]


def test_a_read_only_folder_is_seen_even_when_the_early_check_passes(readonly_dir, monkeypatch):
    """The write itself fails (a network share may answer access() wrongly): still a clear error."""
    monkeypatch.setattr(os, "access", lambda *_a, **_k: True)
    folder = readonly_dir({"result.json": "last week"})
    with pytest.raises(OutputError, match="cannot write in .*(not permitted|Permission denied|Read-only)"):
        atomic_write_text(folder / "result.json", "{}")
    assert (folder / "result.json").read_text() == "last week"
    assert listing(folder) == ["result.json"]


def test_a_pdf_that_does_not_fit_on_the_disk_keeps_the_old_one(full_disk_dir):
    from readiness_app.report import write_report

    folder = full_disk_dir({"report.pdf": b"%PDF-1.4 last week"})
    result = assess_file(SCALEUP).result
    with pytest.raises(OutputError, match="No space left on device; any existing file is unchanged"):
        write_report(result, folder / "report.pdf")
    assert (folder / "report.pdf").read_bytes() == b"%PDF-1.4 last week"
    assert listing(folder) == ["report.pdf"]


def test_a_json_result_on_a_full_disk_keeps_the_old_one(full_disk_dir):
    folder = full_disk_dir({"result.json": "last week"})
    with pytest.raises(OutputError, match="No space left on device"):
        atomic_write_json(folder / "result.json", assess_file(SCALEUP).result)
    assert (folder / "result.json").read_text() == "last week"
    assert listing(folder) == ["result.json"]
