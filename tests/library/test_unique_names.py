"""Two constructs may not make one object."""

import pytest

from codex_constructs import HttpService
from library.support import IMAGE, chart


def test_two_constructs_making_one_object_are_refused():
    scope = chart()
    HttpService(scope, "a", name="web", image=IMAGE)
    with pytest.raises(ValueError, match=r"test/b: a ServiceAccount named 'web' in the default namespace already comes from test/a"):
        HttpService(scope, "b", name="web", image=IMAGE)
