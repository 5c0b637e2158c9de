"""A quick yes-or-no check of a document against the data schema, compiled once from it.

`jsonschema` walks the schema afresh for every value (about 0.1 ms a record), which is most of
the time a large data file takes to read. `compile_check(schema)` turns the schema into nested
closures that answer only "valid or not". It is never more lenient than `jsonschema`: where it
is unsure (a float where an integer is expected, a keyword it does not know) it says no, and
the caller then asks `jsonschema`, which names every problem. So a valid file is read quickly,
and a file with a problem is explained exactly as before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_IGNORED = {"description", "title", "$schema", "$id"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class Unsupported(ValueError):
    """The schema uses a keyword this compiler does not know: use jsonschema alone."""


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _bound(value: Any, within: Callable[[int], bool]) -> bool:
    """A bound holds for numbers only; a float is left to jsonschema (it compares it too)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return True
    return isinstance(value, int) and within(value)


_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}


def _type_check(names: Any) -> Check:
    wanted = [names] if isinstance(names, str) else list(names)
    if any(n not in _TYPES for n in wanted):
        raise Unsupported(f"type {wanted}")
    if all(n in _PY_TYPES for n in wanted):  # one isinstance for the lot
        allowed = tuple(t for n in wanted for t in _PY_TYPES[n])
        return lambda v: isinstance(v, allowed)
    tests = [_TYPES[n] for n in wanted]
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(t(v) for t in tests)


def _all(checks: list[Check]) -> Check:
    """Valid when every one of *checks* says so (a plain loop: no generator per value)."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    frozen = tuple(checks)

    def check(value: Any) -> bool:
        for one in frozen:  # noqa: SIM110 (a loop: no generator made for every value)
            if not one(value):
                return False
        return True

    return check


def _enum_check(values: list[Any]) -> Check:
    if not all(v is None or isinstance(v, str) for v in values):
        raise Unsupported("enum of other values than text and null")
    texts = frozenset(v for v in values if isinstance(v, str))
    with_null = None in values
    return lambda v: (v is None and with_null) or (isinstance(v, str) and v in texts)


def _date_check(value: Any) -> bool:
    return not isinstance(value, str) or _is_date(value)


def _const(const: Any) -> Check:
    if not isinstance(const, str | int) or isinstance(const, bool):
        raise Unsupported("const")
    return lambda v: type(v) is type(const) and v == const


def _max_length(limit: int) -> Check:
    return lambda v: not isinstance(v, str) or len(v) <= limit


def _minimum(limit: int) -> Check:
    return lambda v: _bound(v, lambda x: x >= limit)


def _maximum(limit: int) -> Check:
    return lambda v: _bound(v, lambda x: x <= limit)


def _pattern(pattern: str) -> Check:
    search = re.compile(pattern).search
    return lambda v: not isinstance(v, str) or search(v) is not None


def _items(schema: dict[str, Any]) -> Check:
    item = compile_check(schema)
    return lambda v: not isinstance(v, list) or all(map(item, v))


_KEYWORDS: dict[str, Callable[[Any], Check]] = {
    "const": _const,
    "enum": _enum_check,
    "maxLength": _max_length,
    "minimum": _minimum,
    "maximum": _maximum,
    "pattern": _pattern,
    "items": _items,
}


def compile_check(schema: dict[str, Any]) -> Check:
    """A function telling whether a value is valid under *schema* (a subset of draft 2020-12:
    type, const, enum, maxLength, minimum, maximum, pattern, format "date", items, properties,
    required, additionalProperties false). Raises `Unsupported` for anything else."""
    checks: list[Check] = []
    for key, value in schema.items():
        if key in _IGNORED or key in ("properties", "required", "additionalProperties"):
            continue
        if key == "type":
            checks.append(_type_check(value))
        elif key == "format":
            if value == "date":
                checks.append(_date_check)
            elif value not in ("date-time", "time"):  # jsonschema checks neither without
                raise Unsupported(f"format {value}")  # rfc3339-validator, nor does this
        elif key in _KEYWORDS:
            checks.append(_KEYWORDS[key](value))
        else:
            raise Unsupported(key)
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        checks.append(_object_check(schema))
    return _all(checks)


def _object_check(schema: dict[str, Any]) -> Check:
    props = {name: compile_check(sub) for name, sub in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    if extra not in (True, False):
        raise Unsupported("additionalProperties as a schema")
    closed = extra is False
    known = frozenset(props)

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for name in required:
            if name not in value:
                return False
        if closed and not known.issuperset(value):
            return False
        get = props.get
        for name, item in value.items():
            sub = get(name)
            if sub is not None and not sub(item):
                return False
        return True

    return check
