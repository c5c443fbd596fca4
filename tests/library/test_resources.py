"""Resources: requests and limits as the API server checks them."""

import pytest

from codex_constructs import ResourceFigures, Resources


def test_figures_by_kubernetes_resource_name():
    assert ResourceFigures(cpu="50m", memory="64Mi").figures() == {"cpu": "50m", "memory": "64Mi"}
    assert ResourceFigures(cpu="1", memory="1Gi", ephemeral_storage="2Gi").figures() == {
        "cpu": "1",
        "memory": "1Gi",
        "ephemeral-storage": "2Gi",
    }


def test_a_request_above_its_limit_or_on_one_side_only_is_refused():
    Resources(requests=ResourceFigures(cpu="100m", memory="128Mi"), limits=ResourceFigures(cpu="0.1", memory="128Mi"))
    with pytest.raises(ValueError, match="requests.memory 256Mi is above limits.memory 128Mi"):
        Resources(requests=ResourceFigures(cpu="100m", memory="256Mi"), limits=ResourceFigures(cpu="1", memory="128Mi"))
    with pytest.raises(ValueError, match="requests.cpu 2 is above limits.cpu 1500m"):
        Resources(requests=ResourceFigures(cpu="2", memory="1Mi"), limits=ResourceFigures(cpu="1500m", memory="1Mi"))
    with pytest.raises(ValueError, match="limits.ephemeral_storage must be set when the other side sets ephemeral_storage"):
        Resources(requests=ResourceFigures(cpu="1", memory="1Mi", ephemeral_storage="1Gi"), limits=ResourceFigures(cpu="1", memory="1Mi"))


def test_figures_must_be_quantities_written_as_strings():
    with pytest.raises(ValueError, match="cpu: 1 must be a string quantity"):
        ResourceFigures(cpu=1, memory="1Mi")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="is not a byte quantity"):
        ResourceFigures(cpu="1", memory="1GB")
