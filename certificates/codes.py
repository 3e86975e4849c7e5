"""Verification codes: 80 random bits in Crockford's base32, written in groups of four."""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 16  # 16 × 5 bits = 80 bits
GROUP = 4
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
_CLEAN = re.compile(r"[\s\-_.]")


def new_code() -> str:
    """A fresh random code such as 7KQ2-M9XD-4TFA-PW3R."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise_code(typed: str) -> str | None:
    """The canonical form of a code as a person typed it (any case, with or without dashes), or None."""
    cleaned = _CLEAN.sub("", typed or "").upper().translate(_READ_AS)
    if len(cleaned) != CODE_LENGTH or any(char not in ALPHABET for char in cleaned):
        return None
    return format_code(cleaned)
