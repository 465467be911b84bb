"""The compact offset map behaves as the list of ints it stands for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desertcheck.offsetmap import OffsetMap

#: (operation, value, count): append, repeat, extend with a range or with a slice of the
#: map built so far (as normalisation copies a stretch of the previous pass's map)
OPS = st.lists(
    st.tuples(
        st.sampled_from(["append", "repeat", "range", "slice", "list"]),
        st.integers(0, 50),
        st.integers(0, 6),
    ),
    max_size=40,
)


def _build(ops: list[tuple[str, int, int]]) -> tuple[OffsetMap, list[int]]:
    built, model = OffsetMap(), []
    source = OffsetMap(range(100))
    source.extend([7, 7, 7, 8, 9, 9])
    plain = list(source)
    for op, value, count in ops:
        if op == "append":
            built.append(value)
            model.append(value)
        elif op == "repeat":
            built.repeat(value, count)
            model += [value] * count
        elif op == "range":
            built.extend(range(value, value + count))
            model += range(value, value + count)
        elif op == "slice":
            built.extend(source[value : value + count * 10])
            model += plain[value : value + count * 10]
        else:
            built.extend([value, value + count, value])
            model += [value, value + count, value]
    return built, model


@given(OPS)
def test_an_offset_map_is_the_list_it_stands_for(ops: list[tuple[str, int, int]]) -> None:
    built, model = _build(ops)
    assert len(built) == len(model)
    assert list(built) == model
    assert built == tuple(model) and tuple(model) == built and built == model
    assert [built[i] for i in range(len(model))] == model
    assert [built[-i] for i in range(1, len(model) + 1)] == [
        model[-i] for i in range(1, len(model) + 1)
    ]
    for a in range(0, len(model) + 1, 3):
        for b in range(a, len(model) + 2, 5):
            assert list(built[a:b]) == model[a:b]
            assert built[a:b] == tuple(model[a:b])
    assert hash(built) == hash(tuple(model))


def test_runs_are_what_is_stored() -> None:
    identity = OffsetMap(range(1_000_000))
    copied = OffsetMap()
    for k in range(0, 1_000_000, 1000):
        copied.extend(identity[k : k + 1000])
    assert copied == identity
    assert len(copied._starts) == 1  # one run, however it was built
    assert copied[999_999] == 999_999
    tail = OffsetMap([3, 3, 3, 4, 5, 6, 6])
    assert len(tail._starts) == 3
    assert repr(tail) == "OffsetMap([3, 3, 3, 4, 5, 6, 6], len=7)"
