"""generator/fast_init.py: the classes given its __init__ are made exactly as dataclasses' own __init__
makes them (same fields, defaults, errors, equality, hash, immutability, pickling)."""
from __future__ import annotations

import dataclasses
import importlib
import pickle
import pkgutil

import pytest

import generator
from generator.fast_init import fast_init


def _own_init(cls: type):
    """dataclasses' __init__ for a class with cls's fields, as it would have been made."""
    twin = dataclasses.make_dataclass(cls.__name__, [(f.name, f.type, f) for f in dataclasses.fields(cls)],
                                      frozen=True)
    return twin


def _classes() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if ".compiled" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and getattr(value.__init__, "__code__", None) is not None \
                    and value.__init__.__code__.co_filename.startswith("<fast_init"):
                found.append(value)
    return found


CLASSES = _classes()


def test_the_hot_classes_use_it():
    names = {c.__qualname__ for c in CLASSES}
    assert {"Candidate", "Standing", "Area", "Line", "Tally", "Bar", "Group", "PageSpec", "OutputFile",
            "Document"} <= names


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__qualname__)
def test_same_object_as_dataclasses_makes(cls):
    fields = dataclasses.fields(cls)
    required = [f for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    values = {f.name: (i, f.name) for i, f in enumerate(required)}  # any distinct hashable values will do
    made = cls(**values)
    twin = _own_init(cls)(**values)
    assert [getattr(made, f.name) for f in fields] == [getattr(twin, f.name) for f in fields]
    assert made == cls(*values.values()) and hash(made) == hash(cls(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, "changed")
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(TypeError):
        cls(*values.values(), *[None] * (len(fields) - len(required) + 1))  # one argument too many
    if required:
        with pytest.raises(TypeError):
            cls(**dict(list(values.items())[1:]))  # the first one missing


def test_defaults_and_factories():
    @fast_init
    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "b"
        c: list = dataclasses.field(default_factory=list)

    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        a: int
        b: tuple = ()

    first, second = Plain(1), Plain(1)
    assert (first.a, first.b, first.c) == (1, "b", []) and first.c is not second.c
    assert Plain(2, "x", [3]) == Plain(a=2, b="x", c=[3])
    assert Slotted(1) == Slotted(1, ()) and not hasattr(Slotted(1), "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Slotted(1).a = 2


def test_refused_where_init_does_more():
    @dataclasses.dataclass(frozen=True)
    class Later:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass
    class Unfrozen:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Clash:
        stored: int

    for cls in (Later, Unfrozen, Clash):
        with pytest.raises(TypeError):
            fast_init(cls)
