"""The exceptions extractor raises.

    ExtractorError            root: every error the library raises on purpose
    ├── InputError (E1xx)     the input cannot be read as an article (empty, binary, too large, ...)
    ├── ConfigError (E2xx)    bad options, a missing optional dependency, an unknown stage
    ├── StageError (E3xx)     a stage failed on one document (carries stage and doc_id)
    └── StoreError (E4xx)     the claims database cannot be opened, migrated or written

Every error carries a short ``code`` and keyword context; ``str(err)`` names the input and the reason.
Warnings are data, not exceptions: see :class:`extractor.model.Warning`.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Root of every error raised on purpose by extractor."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, code: str | None = None, **context: object):
        self.message = message
        self.source = source
        if code:
            self.code = code
        self.context = context
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(ExtractorError):
    """The input cannot be turned into an article (empty, undecodable, not an article, too large)."""

    code = "E100"


class ConfigError(ExtractorError):
    """Bad configuration, unknown stage, or an optional dependency that is not installed."""

    code = "E200"


class StageError(ExtractorError):
    """A pipeline stage failed on one document."""

    code = "E300"

    def __init__(self, message: str, *, stage: str, doc_id: str | None = None, **kw: object):
        super().__init__(message, stage=stage, doc_id=doc_id, **kw)
        self.stage = stage
        self.doc_id = doc_id


class StoreError(ExtractorError):
    """The claims database cannot be opened, migrated, read or written."""

    code = "E400"


DISTRIBUTION = "newsgrounds"  # the name on the package index; the import name stays ``extractor``


def install_hint(extra: str) -> str:
    """How to install an optional extra, both from the index and from a clone of the repository."""
    return f"pip install '{DISTRIBUTION}[{extra}]' (from a clone: pip install '.[{extra}]')"
