"""Direct and indirect quotes with resolved speakers, in Chinese and English.

``extract_quotes(doc) -> (quotes, entities)``; the stage stores them under "quotes" and "entities".
One job per module:

- ``marks``: ``find_quoted`` pairs quotation marks in one linear pass.
- ``cues``: the reporting-verb and source-phrase patterns compiled from the lexicons in ``extractor/data``.
- ``zh_clauses``: clause boundaries of Chinese text (where a speaker phrase can start).
- ``zh_direct`` / ``en_direct``: attribute each quoted run (cue and speaker before, after or around it).
- ``zh_indirect`` / ``en_indirect``: reported speech after a cue, and source phrases (據…報導, according to).
- ``zh_subjects``: the subject of a Chinese sentence, for a cue with none of its own (X要求…，並宣稱…).
- ``en_frames``: English sentence and speaker-phrase bounds shared by both English finders.
- ``assemble``: candidates -> speakers resolved in text order; continued speech inherits its speaker.
- ``extract``: the entry point, turning candidates into ``Quote`` items.

Speaker phrases are parsed and resolved by ``extractor.extractors.speakers`` (which never imports this
package). Every regex is bounded and per-item work uses bisect over precomputed positions, so hostile
input stays linear.
"""

from .extract import extract_quotes
from .marks import QuotedRun, find_quoted

__all__ = ["QuotedRun", "extract_quotes", "find_quoted"]
