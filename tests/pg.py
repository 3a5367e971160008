"""A throwaway PostgreSQL server for tests: initdb into a temp dir, pg_ctl start on a free loopback port.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the ``postgres`` OS user
(created by the Debian package) via ``runuser``, in a temp dir it owns. Tests skip, saying why, only when
the binaries are absent (install them with ``.ci/postgres.sh``).

    from pg import pg_server, pg_database      # pytest fixtures (see tests/test_store.py)
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One server; ``dsn(db)`` names a database on it, ``create_database()`` makes a fresh one."""

    def __init__(self) -> None:
        bindir = _bindir()
        if bindir is None:
            pytest.skip("PostgreSQL binaries not found (initdb); run .ci/postgres.sh or apt-get install postgresql")
        self.bindir = bindir
        self.tmp = Path(tempfile.mkdtemp(prefix="extractor-pg-"))
        self.prefix: list[str] = []
        if os.geteuid() == 0:  # postgres will not run as root: hand the dir to the postgres user
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root and there is no 'postgres' OS user to run the server as")
            os.chown(self.tmp, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.port = _free_port()
        self.data = self.tmp / "data"
        self._counter = itertools.count()
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "-N")
        opts = f"-p {self.port} -k {self.tmp} -c listen_addresses=127.0.0.1 -c fsync=off " \
               "-c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.tmp / "log"), "-w", "start")

    def _run(self, tool: str, *args: str) -> None:
        proc = subprocess.run([*self.prefix, str(self.bindir / tool), *args], capture_output=True, text=True)
        if proc.returncode:
            log = self.tmp / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({proc.returncode}): {proc.stderr.strip()}\n{tail}")

    def dsn(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def create_database(self, template: str | None = None) -> str:
        """A new database; copying a ``template`` database (by name) is much faster than re-running DDL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.dsn(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)


_SERVER: PostgresServer | None = None
_TEMPLATE: str | None = None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One server per pytest run, shared by every module that imports these fixtures; stopped at exit."""
    global _SERVER
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'newsgrounds[postgres]'")
    if _SERVER is None:
        _SERVER = PostgresServer()
        atexit.register(_SERVER.stop)
    yield _SERVER


@pytest.fixture
def pg_database(pg_server: PostgresServer) -> str:
    """A DSN for a new, empty database (one per test, so tests do not see each other's rows)."""
    return pg_server.create_database()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """Name of a database holding the latest extractor schema, built once per session."""
    global _TEMPLATE
    from extractor.store import open_store

    if _TEMPLATE is None:
        dsn = pg_server.create_database()
        open_store(dsn).close()
        _TEMPLATE = dsn.rsplit("/", 1)[1]
    return _TEMPLATE


@pytest.fixture
def pg_migrated_database(pg_server: PostgresServer, pg_template: str) -> str:
    """A DSN for a new database that already has the latest schema (a copy of ``pg_template``)."""
    return pg_server.create_database(template=pg_template)
