"""A throwaway PostgreSQL for the backend matrix: ``$FOGLINE_TEST_PG`` (a URL whose user may create
databases) or, where Debian's binaries exist, a cluster made with initdb in a temporary folder and started
with pg_ctl on a free local port (as the ``postgres`` user when run as root). ``None`` with the reason when
neither works, so the PostgreSQL half of the matrix is skipped with a notice rather than failed."""

from __future__ import annotations

import glob
import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    cands = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    return cands[-1] if cands else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One cluster (or the given server) for the session; one database per store path."""

    def __init__(self) -> None:
        self.admin_url: str | None = None
        self.reason = ""
        self._dir: Path | None = None
        self._run_as: list[str] = []
        self._made: set[str] = set()

    def start(self) -> bool:
        url = os.environ.get("FOGLINE_TEST_PG")
        try:
            import psycopg  # noqa: F401
        except ImportError:
            self.reason = "psycopg is not installed (pip install 'fogline[postgres]')"
            return False
        if url:
            self.admin_url = url.replace("postgresql://", "postgresql+psycopg://", 1)
            return self._check()
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not pg_ctl:
            self.reason = "no PostgreSQL binaries (apt-get install postgresql) and no $FOGLINE_TEST_PG"
            return False
        self._dir = Path(tempfile.mkdtemp(prefix="fogline-pg-"))
        if os.geteuid() == 0:  # initdb refuses root
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                self.reason = "running as root and there is no postgres user"
                return False
            os.chown(self._dir, user.pw_uid, user.pw_gid)
            self._run_as = ["runuser", "-u", "postgres", "--"]
        data, port = self._dir / "data", _free_port()
        try:
            self._sh([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
            self._sh([pg_ctl, "-D", str(data), "-l", str(self._dir / "log"), "-w", "-t", "30", "-o",
                      f"-p {port} -k {self._dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                      "-c synchronous_commit=off -c full_page_writes=off", "start"])
        except (OSError, subprocess.CalledProcessError) as exc:
            out = getattr(exc, "stderr", b"") or b""
            self.reason = f"could not start a PostgreSQL cluster: {exc} {out.decode(errors='replace')[-300:]}"
            return False
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self._check()

    def _sh(self, cmd: list[str]) -> None:
        subprocess.run(self._run_as + cmd, check=True, capture_output=True, cwd=self._dir, timeout=120)

    def _check(self) -> bool:
        import sqlalchemy as sa

        try:
            eng = sa.create_engine(self.admin_url)
            with eng.connect() as c:
                c.execute(sa.text("SELECT 1"))
            eng.dispose()
            return True
        except Exception as exc:  # noqa: BLE001 - any failure means: skip with the reason
            self.reason = f"PostgreSQL at {self.admin_url} does not answer: {str(exc).splitlines()[0]}"
            return False

    def _admin(self, sql: str) -> None:
        import sqlalchemy as sa

        eng = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with eng.connect() as c:
                c.execute(sa.text(sql))
        finally:
            eng.dispose()

    def url_for(self, key: str, template: str | None = None) -> str:
        """The URL of the database standing for ``key`` (a SQLite path), created on first use (as a copy
        of ``template``'s database when given)."""
        name = "t_" + hashlib.sha1(key.encode()).hexdigest()[:20]
        if name not in self._made:
            self._admin(f'DROP DATABASE IF EXISTS "{name}"')
            self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
            self._made.add(name)
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def db_name(self, key: str) -> str:
        return "t_" + hashlib.sha1(key.encode()).hexdigest()[:20]

    def stop(self) -> None:
        if self._dir is None:
            return
        pg_ctl = _bin("pg_ctl")
        if pg_ctl and (self._dir / "data" / "postmaster.pid").exists():
            try:
                self._sh([pg_ctl, "-D", str(self._dir / "data"), "-m", "immediate", "-w", "stop"])
            except (OSError, subprocess.CalledProcessError):
                pass
        shutil.rmtree(self._dir, ignore_errors=True)
