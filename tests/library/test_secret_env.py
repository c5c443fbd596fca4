"""SecretEnv: exactly the declared keys of one Secret, each by secretKeyRef."""

import pytest

from codex_constructs import SecretEnv


def test_each_key_is_read_from_the_secret_by_name():
    variables = SecretEnv("shop-secrets", ("DB_PASSWORD", "API_KEY")).env_vars()
    assert [(v.name, v.value_from.secret_key_ref.name, v.value_from.secret_key_ref.key) for v in variables] == [
        ("DB_PASSWORD", "shop-secrets", "DB_PASSWORD"),
        ("API_KEY", "shop-secrets", "API_KEY"),
    ]


def test_no_keys_a_key_twice_and_bad_names_are_refused():
    with pytest.raises(ValueError, match="list at least one key"):
        SecretEnv("shop-secrets", ())
    with pytest.raises(ValueError, match="a key is listed twice"):
        SecretEnv("shop-secrets", ("A", "A"))
    with pytest.raises(ValueError, match="environment variable name 'db-password' is invalid"):
        SecretEnv("shop-secrets", ("db-password",))
    with pytest.raises(ValueError, match="secret_name 'Shop' is not a DNS label"):
        SecretEnv("Shop", ("A",))
