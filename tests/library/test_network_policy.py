"""Peers and rules: address blocks are checked where they enter."""

import pytest

from codex_constructs import Peer


def test_an_address_block_must_be_a_range():
    assert Peer.cidr_block("10.0.0.0/8").cidr == "10.0.0.0/8"
    for bad in ("10.0.0.1/8", "not-a-range", "300.0.0.0/8"):
        with pytest.raises(ValueError, match=f"{bad!r} is not an address range like '203.0.113.0/24'"):
            Peer.cidr_block(bad)


def test_a_peer_of_neither_pods_nor_addresses_says_how_to_make_one():
    """An error, not an assert (which python -O, as make synth runs, would drop)."""
    with pytest.raises(ValueError, match=r"make it with Peer.pods\(\) or Peer.cidr_block\(\)"):
        Peer().render()
