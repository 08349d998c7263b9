"""Apache Jena (Debian's libapache-jena-java, installed by .ci/run) run from the tests.

Fuseki itself cannot be installed here: it is not packaged by Debian, PyPI or npm,
and Maven Central is out of reach. Debian's Jena is the same RDF parser (RIOT) and
SPARQL engine (ARQ) that Fuseki runs, so the tests use it through `java`.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

JENA_PACKAGE = "libapache-jena-java"
JAVA_DIR = Path("/usr/share/java")
RUN_QUERIES = Path(__file__).resolve().parent / "jena" / "RunQueries.java"
# slf4j ships every binding and bridge; two at once stop Jena starting. Keep the API
# and the simple binding, which logs parse errors to stderr.
_LOGGING = ("slf4j-", "log4j-", "jcl-", "jul-")
_SLF4J = [JAVA_DIR / "slf4j-api.jar", JAVA_DIR / "slf4j-simple.jar"]


def _dpkg(*args: str) -> str:
    return subprocess.run(["dpkg-query", *args], capture_output=True, text=True).stdout


def _java_packages(root: str) -> list[str]:
    """`root` and the installed *-java packages it depends on, transitively."""
    seen: list[str] = []
    todo = [root]
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.append(package)
        for clause in _dpkg("-W", "-f=${Depends}", package).split(","):
            for choice in clause.split("|"):
                name = choice.strip().split(" ")[0].split(":")[0]
                if name.endswith("-java") and _dpkg("-W", "-f=${Status}", name).endswith(
                    "installed"
                ):
                    todo.append(name)
                    break
    return seen


def _message_bundles(core: Path, into: Path) -> Path:
    """Debian's jena-core has Xerces classes under `xerces.` but their messages only
    under `org/apache/jena/ext/xerces/`; without them Jena fails on start ("internal
    error" from XSSimpleTypeDecl). Copy the messages where the classes look."""
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(core) as jar:
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                target = into / "xerces" / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return into


def jena_classpath(work: Path) -> str:
    """A classpath for Debian's Jena and its libraries; `work` holds the message fix."""
    core = JAVA_DIR / "jena-core.jar"
    if not core.exists() or not shutil.which("java"):
        raise RuntimeError(
            f"Apache Jena is missing: apt-get install --no-install-recommends {JENA_PACKAGE}"
        )
    jars: list[Path] = []
    for package in _java_packages(JENA_PACKAGE):
        for line in _dpkg("-L", package).splitlines():
            path = Path(line)
            wanted = path.parent == JAVA_DIR and path.suffix == ".jar"
            if wanted and not path.name.startswith(_LOGGING) and path not in jars:
                jars.append(path)
    entries = [_message_bundles(core, work / "jena-messages"), *jars, *_SLF4J]
    return ":".join(str(entry) for entry in entries)


def run_java(classpath: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`java -cp CLASSPATH ARGS...`, output captured as text."""
    return subprocess.run(
        ["java", "-Xmx1g", "-cp", classpath, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
