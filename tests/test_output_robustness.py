"""Outputs from the session-23 robustness audit: where `-o` points, clashes, interruptions.

`-o` onto a device, FIFO or symlink writes into it (through the link) instead of
replacing it; an output the system refuses is one `Error: cannot write PATH: reason`
line (exit 2); several drafts with one file name are refused before anything is
written; a folder of drafts and a build's outputs arrive whole or not at all.
Device nodes and FIFOs are made under tmp_path, never the system's own.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.rdfio import atomic_write, interrupts_deferred, staged_folder, writes_straight
from tests.conftest import REPO
from tests.drafting import release_text

DATA = REPO / "data"
TRIPLE = '<https://example.org/a> <https://example.org/b> "c" .\n'
RELEASE = release_text("Man Jailed", "Kent Police", "Dan Ross, 30, of Dover, was jailed.")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def rdf_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.nt"
    path.write_text(TRIPLE, encoding="utf-8")
    return path


def read_fifo_in_background(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    """A reader for `fifo` (opening a FIFO to write blocks until someone reads)."""
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, received


# 1. -o onto a device, FIFO or symlink ------------------------------------------------------


def test_a_character_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    """/dev/null, as any user: checked to be written straight into before anything is
    written, so a regression fails here instead of replacing the system's node."""
    device = Path("/dev/null")
    before = os.lstat(device)
    assert stat.S_ISCHR(before.st_mode) and writes_straight(device)
    code, _, stderr = run("export", "--format", "nt", "-o", str(device), str(rdf_file(tmp_path)))
    assert (code, stderr) == (0, f"wrote {device}\n")  # aside: it may be the data's stream
    after = os.lstat(device)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert stat.S_ISCHR(after.st_mode)


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader, received = read_fifo_in_background(fifo)
    code, _, stderr = run("export", "--format", "nt", "-o", str(fifo), str(rdf_file(tmp_path)))
    reader.join(timeout=10)
    assert (code, stderr) == (0, f"wrote {fifo}\n")
    assert received == [TRIPLE.encode()]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.nt"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.nt"
    link.symlink_to(Path("elsewhere") / "real.nt")
    code, _, _ = run("export", "--format", "nt", "-o", str(link), str(rdf_file(tmp_path)))
    assert code == 0
    assert os.readlink(link) == str(Path("elsewhere") / "real.nt")
    assert real.read_text(encoding="utf-8") == TRIPLE
    assert sorted(os.listdir(elsewhere)) == ["real.nt"]  # no temporary file left behind


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to("made.txt")
    with atomic_write(link) as stream:
        stream.write("new\n")
    assert link.is_symlink()
    assert (tmp_path / "made.txt").read_text(encoding="utf-8") == "new\n"


def test_a_path_to_an_open_descriptor_writes_into_that_file(tmp_path: Path) -> None:
    """/proc/self/fd/N (what /dev/stdout is) names the open file: same inode, new text."""
    target = tmp_path / "captured.txt"
    target.write_text("before\n", encoding="utf-8")
    inode = target.stat().st_ino
    held = os.open(target, os.O_WRONLY | os.O_APPEND)
    try:
        with atomic_write(Path(f"/proc/self/fd/{held}")) as stream:
            stream.write("after\n")
    finally:
        os.close(held)
    assert target.stat().st_ino == inode
    assert target.read_text(encoding="utf-8") == "before\nafter\n"  # appended, as `>>` asks


@pytest.mark.parametrize(
    ("command", "starts"),
    [
        (["export", "--format", "nt", "-o", "/dev/stdout"], TRIPLE),
        (["viz", "--output", "/dev/stdout"], "<!DOCTYPE html>"),
    ],
)
def test_output_to_dev_stdout_is_the_output_alone(
    tmp_path: Path, command: list[str], starts: str
) -> None:
    """The "wrote /dev/stdout" line goes to stderr, not into the data on stdout."""
    captured = tmp_path / "captured"
    with open(captured, "wb") as stdout:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "from kg.entry import run; run()",
                *command,
                str(rdf_file(tmp_path)),
            ],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    text = captured.read_text(encoding="utf-8")
    assert text.startswith(starts)
    assert "/dev/stdout" not in text
    assert "rote /dev/stdout" in done.stderr


# 3. an output the system refuses: one line, exit 2 ---------------------------------------


def test_export_under_a_file_names_the_file_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x\n", encoding="utf-8")
    target = blocker / "x.nt"
    code, stdout, stderr = run(
        "export", "--format", "nt", "-o", str(target), str(rdf_file(tmp_path))
    )
    assert (code, stdout) == (2, "")
    assert stderr == f"Error: cannot write {target}: {blocker} is a file, not a folder\n"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "nt", "-o", "/proc/kg-no-such-folder/x.nt"],
        ["export", "--format", "graphml", "-o", "/proc/kg-no-such-folder/x.graphml"],
        ["viz", "--output", "/proc/kg-no-such-folder/x.html"],
    ],
)
def test_an_output_in_a_place_that_cannot_hold_files_is_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    code, stdout, stderr = run(*command, str(rdf_file(tmp_path)))
    target = command[-1]
    assert (code, stdout, stderr) == (
        2,
        "",
        f"Error: cannot write {target}: No such file or directory\n",
    )


def test_extract_rdf_onto_a_folder_is_one_line(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    folder = tmp_path / "adir"
    folder.mkdir()
    code, stdout, stderr = run(
        "extract", "--data", str(DATA), "--format", "trig", "-o", str(folder), str(release)
    )
    assert (code, stdout, stderr) == (2, "", f"Error: cannot write {folder}: Is a directory\n")
    assert list(folder.iterdir()) == []


def test_build_output_that_cannot_be_a_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x\n", encoding="utf-8")
    for output, reason in (
        (blocker / "sub", f"{blocker} is a file, not a folder"),
        (Path("/proc/kg-no-such-folder"), "No such file or directory"),
    ):
        code, _, stderr = run("build", "--data", str(DATA), "--output", str(output))
        assert (code, stderr) == (2, f"Error: cannot write {output}: {reason}\n")


def test_build_stops_before_any_output_when_one_cannot_be_placed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "graph.html").mkdir(parents=True)  # a folder where the view should go
    code, _, stderr = run("build", "--data", str(DATA), "--output", str(out))
    assert (code, stderr) == (
        2,
        f"Error: cannot write {out}: {out / 'graph.html'} is a folder, not a file\n",
    )
    assert os.listdir(out) == ["graph.html"]  # nothing else written, no staging left


# 2. two releases, one draft file name ------------------------------------------------------


def test_drafts_with_one_file_name_are_refused_before_writing(tmp_path: Path) -> None:
    first, second = tmp_path / "s1", tmp_path / "s2"
    first.mkdir()
    second.mkdir()
    for path in (first / "x.txt", first / "x.md", second / "x.txt"):
        path.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "drafts"
    code, stdout, stderr = run(
        "extract", "--data", str(DATA), str(first), str(second), "-o", str(out)
    )
    assert (code, stdout) == (2, "")
    assert stderr == (
        f"Error: {first / 'x.md'} and {first / 'x.txt'} would both be drafted as x.yaml; "
        "rename one of them or extract them into different folders\n"
    )
    assert not out.exists()


def test_drafts_onto_a_file_are_refused_before_drafting(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(RELEASE, encoding="utf-8")
    (tmp_path / "drafts").write_text("keep\n", encoding="utf-8")
    code, stdout, stderr = run(
        "extract",
        "--data",
        str(DATA),
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        "-o",
        str(tmp_path / "drafts"),
    )
    assert (code, stdout) == (2, "")
    assert (
        stderr == f"Error: cannot write {tmp_path / 'drafts'}: a file, where drafts need a folder\n"
    )
    assert (tmp_path / "drafts").read_text(encoding="utf-8") == "keep\n"


def test_drafts_into_an_existing_folder_arrive_together_and_keep_the_rest(
    tmp_path: Path,
) -> None:
    releases = tmp_path / "releases"
    releases.mkdir()
    for name in ("a", "b"):
        (releases / f"{name}.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "drafts"
    (out / "b.yaml").mkdir(parents=True)  # a folder where b's draft should go
    (out / "keep.yaml").write_text("mine\n", encoding="utf-8")
    (out / "a.yaml").write_text("old\n", encoding="utf-8")
    args = ("extract", "--data", str(DATA), str(releases), "-o", str(out))
    code, _, stderr = run(*args)
    assert (code, stderr) == (
        2,
        f"Error: cannot write {out}: {out / 'b.yaml'} is a folder, not a file\n",
    )
    assert (out / "a.yaml").read_text(encoding="utf-8") == "old\n"  # not half the drafts
    (out / "b.yaml").rmdir()
    assert run(*args)[0] == 0
    assert sorted(os.listdir(out)) == ["a.yaml", "b.yaml", "keep.yaml"]
    assert (out / "keep.yaml").read_text(encoding="utf-8") == "mine\n"
    assert "id: a" in (out / "a.yaml").read_text(encoding="utf-8")


# 4. interrupted runs -----------------------------------------------------------------------


def test_a_staged_folder_interrupted_half_way_leaves_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    out.mkdir()
    (out / "a.yaml").write_text("old a\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), staged_folder(out) as staging:
        (staging / "a.yaml").write_text("new a\n", encoding="utf-8")
        (staging / "b.yaml").write_text("new b\n", encoding="utf-8")
        raise KeyboardInterrupt
    assert os.listdir(out) == ["a.yaml"]
    assert (out / "a.yaml").read_text(encoding="utf-8") == "old a\n"
    new = tmp_path / "new"
    with pytest.raises(KeyboardInterrupt), staged_folder(new) as staging:
        (staging / "a.yaml").write_text("new a\n", encoding="utf-8")
        raise KeyboardInterrupt
    assert sorted(os.listdir(tmp_path)) == ["drafts"]


def test_a_new_staged_folder_arrives_whole_with_ordinary_permissions(tmp_path: Path) -> None:
    new = tmp_path / "new"
    with staged_folder(new) as staging:
        (staging / "a.yaml").write_text("a\n", encoding="utf-8")
        assert not new.exists()
    assert os.listdir(new) == ["a.yaml"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o777 & ~umask
    assert sorted(os.listdir(tmp_path)) == ["new"]


def test_ctrl_c_while_outputs_move_into_place_waits_for_the_moves(tmp_path: Path) -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), interrupts_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # the signal is delivered here, and held back
        done.append("moved")
    assert done == ["moved"]


def test_a_staged_folder_refuses_a_file_in_its_place(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x\n", encoding="utf-8")
    with (
        pytest.raises(UsageError, match=f"cannot write {blocker}: Not a directory"),
        staged_folder(blocker),
    ):
        pass


def _files_of(folder: Path) -> dict[str, tuple[int, int]]:
    return {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in folder.iterdir()}


def test_an_interrupted_build_leaves_the_previous_build_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", "--data", str(DATA), "--output", str(out))[0] == 0
    for _attempt in range(3):
        before = _files_of(out)
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                # Ctrl-C as on a terminal, even where the test runs with SIGINT ignored
                "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                "from kg.entry import run; run()",
                "build",
                "--data",
                str(DATA),
                "--output",
                str(out),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
        staged = None
        while process.poll() is None and staged is None:
            staged = next(iter(out.glob(".kg-staging-*/graph.ttl")), None)
            time.sleep(0.005)
        if staged is not None:
            process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
        assert staged is not None, "the build wrote no graph.ttl into a staging folder"
        if (process.returncode, stderr) != (0, b""):
            break
        # the signal came as the build exited (this test was not scheduled in time): that
        # build is now the previous one; try again
    assert (process.returncode, stderr) == (130, b"Error: interrupted\n")
    assert _files_of(out) == before


def test_csv_network_export_onto_a_fifo_is_refused(tmp_path: Path) -> None:
    """csv is two files named after -o: next to a FIFO or /dev/stdout they would be new
    ordinary files (in /dev, for /dev/stdout)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, stdout, stderr = run(
        "export", "--format", "csv", "-o", str(fifo), str(rdf_file(tmp_path))
    )
    assert (code, stdout) == (2, "")
    assert stderr == (
        f"Error: -o {fifo}: csv writes two files, NAME-nodes.csv and NAME-edges.csv; "
        "give a file name, not standard output, a device or a pipe\n"
    )
    assert sorted(os.listdir(tmp_path)) == ["in.nt", "pipe"]
