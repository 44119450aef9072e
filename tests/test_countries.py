"""countries._to_code answers as `countrynames.to_code` does, without its slow look."""

import warnings

import pytest
from countrynames import to_code

from generator.resolve.countries import _to_code


@pytest.mark.parametrize(
    "name",
    [
        "France",
        "FRANCE",
        " france ",
        "Deutschland",
        "Côte d'Ivoire",
        "Cote d'Ivoire",
        "US",
        "us",
        "GB",
        "XK",
        "Mexican",
        "Republic of China",
        "London",
        "Chechnya",
        "Africa",
        "West Indies",
        "fail",
        "European Union",
        "Not A Country At All",
        "",
        "...",
    ],
)
def test_to_code_agrees_with_countrynames(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = to_code(name)
    assert _to_code(name) == expected


def test_to_code_of_a_code_and_of_no_country() -> None:
    assert _to_code("FR") == "FR"
    assert _to_code("Mexico") == "MX"
    assert _to_code("Atlantis Beach") is None
